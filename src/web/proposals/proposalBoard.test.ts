import { describe, expect, test } from 'vitest';
import {
  boardColumns,
  categoryColour,
  columnTotal,
  newClientColour,
  otherStages,
  dropTarget,
  placeCard,
} from './proposalBoard.ts';

const card = (id: string, stage: 'request' | 'sent' | 'lost', position = 0) => ({
  id,
  stage,
  position,
});

describe('boardColumns', () => {
  test('puts every card in its stage, in the order given, and keeps empty columns', () => {
    const columns = boardColumns([card('a', 'sent'), card('b', 'request'), card('c', 'sent')]);
    expect(columns.request.map((c) => c.id)).toEqual(['b']);
    expect(columns.sent.map((c) => c.id)).toEqual(['a', 'c']);
    expect(columns.drafting).toEqual([]);
    expect(columns.won).toEqual([]);
    expect(Object.keys(columns)).toEqual(['request', 'drafting', 'sent', 'won', 'lost']);
  });
});

describe('columnTotal', () => {
  test('counts every card and adds the values it has', () => {
    expect(
      columnTotal([{ valueCents: 150_000 }, { valueCents: null }, { valueCents: 2_500_050 }]),
    ).toEqual({ count: 3, valueCents: 2_650_050, withoutValue: 1 });
  });

  test('an empty column is nothing', () => {
    expect(columnTotal([])).toEqual({ count: 0, valueCents: 0, withoutValue: 0 });
  });
});

describe('categoryColour', () => {
  const abc = [{ key: 'A' }, { key: 'B' }, { key: 'C' }];

  test('a new client has its own colour, apart from every category', () => {
    expect(categoryColour(null, abc)).toBe(newClientColour);
    const colours = ['A', 'B', 'C'].map((key) => categoryColour(key, abc));
    expect(colours).not.toContain(newClientColour);
    expect(new Set(colours).size).toBe(3);
  });

  test('value categories by rank, the fourth and lower and unknown ones grey', () => {
    const sabc = [{ key: 'S' }, { key: 'A' }, { key: 'B' }, { key: 'C' }, { key: 'D' }];
    expect(categoryColour('S', sabc)).toBe('teal');
    expect(categoryColour('C', sabc)).toBe('gray');
    expect(categoryColour('D', sabc)).toBe('gray');
    expect(categoryColour('gone', sabc)).toBe('gray');
  });

  test('warmth categories take their warmth', () => {
    const warmth = [{ key: 'red' }, { key: 'yellow' }, { key: 'blue' }];
    expect(warmth.map((c) => categoryColour(c.key, warmth))).toEqual(['red', 'yellow', 'blue']);
  });
});

describe('placeCard', () => {
  const column = [
    { id: 'a', position: 100 },
    { id: 'b', position: 200 },
    { id: 'c', position: 300 },
  ];

  test('between two neighbours with room: only the moved card changes', () => {
    expect(placeCard(column, 'x', 1)).toEqual([{ id: 'x', position: 150 }]);
    expect(placeCard(column, 'x', 0)).toEqual([{ id: 'x', position: 50 }]);
    expect(placeCard(column, 'x', 3)).toEqual([{ id: 'x', position: 1324 }]);
    expect(placeCard([], 'x', 0)).toEqual([{ id: 'x', position: 1024 }]);
  });

  test('a card moved within its own column is counted without itself', () => {
    // c to the top: before a
    expect(placeCard(column, 'c', 0)).toEqual([{ id: 'c', position: 50 }]);
    // a after b: between b and c
    expect(placeCard(column, 'a', 1)).toEqual([{ id: 'a', position: 250 }]);
  });

  test('no room or equal positions: the column is numbered again, in the new order', () => {
    const fresh = [
      { id: 'a', position: 0 },
      { id: 'b', position: 0 },
    ];
    const changes = placeCard(fresh, 'x', 1);
    expect(changes[0]).toEqual({ id: 'x', position: 2048 });
    expect(changes.slice(1)).toEqual([
      { id: 'a', position: 1024 },
      { id: 'b', position: 3072 },
    ]);
    const tight = [
      { id: 'a', position: 4 },
      { id: 'b', position: 5 },
    ];
    const order = placeCard(tight, 'x', 1);
    const at = new Map(order.map((change) => [change.id, change.position]));
    expect(at.get('a')! < at.get('x')! && at.get('x')! < at.get('b')!).toBe(true);
  });

  test('an index past the end puts the card last', () => {
    expect(placeCard(column, 'x', 99)).toEqual([{ id: 'x', position: 1324 }]);
  });
});

test('otherStages: every column but the card’s own', () => {
  expect(otherStages('sent')).toEqual(['request', 'drafting', 'won', 'lost']);
});

describe('dropTarget', () => {
  const columns = boardColumns([
    { id: 'a', stage: 'request', position: 1 },
    { id: 'b', stage: 'request', position: 2 },
    { id: 'c', stage: 'request', position: 3 },
    { id: 's', stage: 'sent', position: 1 },
  ] as const);

  test('above or below the card it is over, counted without the dragged card', () => {
    expect(dropTarget(columns, 'a', { stage: 'request', cardId: 'c', below: false })).toEqual({
      stage: 'request',
      index: 1,
    });
    expect(dropTarget(columns, 'a', { stage: 'request', cardId: 'c', below: true })).toEqual({
      stage: 'request',
      index: 2,
    });
    expect(dropTarget(columns, 'a', { stage: 'sent', cardId: 's', below: false })).toEqual({
      stage: 'sent',
      index: 0,
    });
  });

  test('over itself it stays; over a column’s empty part it goes last', () => {
    expect(dropTarget(columns, 'b', { stage: 'request', cardId: 'b', below: true })).toEqual({
      stage: 'request',
      index: 1,
    });
    expect(dropTarget(columns, 'a', { stage: 'sent', cardId: null, below: false })).toEqual({
      stage: 'sent',
      index: 1,
    });
    expect(dropTarget(columns, 'a', { stage: 'won', cardId: null, below: false })).toEqual({
      stage: 'won',
      index: 0,
    });
  });
});
