import { describe, expect, it } from 'vitest';
import {
  classifyCompact,
  compactPlacement,
  packScores,
  placeCompact,
  type PlacedClient,
} from './classify.ts';
import { standardCriterion } from './criteria.ts';
import { previewCompactMoves, previewMoves } from './preview.ts';
import type { ClassificationSetup } from './ranking.ts';
import { presetScheme } from './schemes.ts';

const abc = presetScheme('abc');
const placed = (
  clientId: string,
  category: string | null,
  computedCategory = category,
  overridden = false,
): PlacedClient => ({ clientId, category, computedCategory, overridden });

describe('previewMoves', () => {
  const current = [
    placed('stays', 'A'),
    placed('rises', 'C'),
    placed('falls', 'A'),
    placed('falls-too', 'A'),
    placed('held', 'A', 'A', true),
    placed('loses-scores', 'B'),
    placed('leaves', 'B'),
    placed('unscored', null),
  ];
  const proposed = [
    placed('stays', 'A'),
    placed('rises', 'B'),
    placed('falls', 'B'),
    placed('falls-too', 'B'),
    placed('held', 'A', 'C', true),
    placed('loses-scores', null),
    placed('unscored', null),
    placed('newcomer', 'C'),
    placed('set-by-hand', 'A', null, true),
  ];
  const preview = previewMoves({ scheme: abc, current, proposed });

  it('lists who moves from which category to which, and in which direction', () => {
    expect(preview.moves).toEqual([
      { clientId: 'rises', from: 'C', to: 'B', direction: 'up', overridden: false },
      { clientId: 'falls', from: 'A', to: 'B', direction: 'down', overridden: false },
      { clientId: 'falls-too', from: 'A', to: 'B', direction: 'down', overridden: false },
      {
        clientId: 'loses-scores',
        from: 'B',
        to: null,
        direction: 'unclassified',
        overridden: false,
      },
      { clientId: 'newcomer', from: null, to: 'C', direction: 'new', overridden: false },
      { clientId: 'set-by-hand', from: null, to: 'A', direction: 'new', overridden: true },
    ]);
    expect(preview.unchanged).toBe(3);
  });
  it('counts every pair, staying included, in the scheme’s order', () => {
    expect(preview.counts).toEqual([
      { from: 'A', to: 'A', clients: 2 },
      { from: 'A', to: 'B', clients: 2 },
      { from: 'B', to: null, clients: 1 },
      { from: 'C', to: 'B', clients: 1 },
      { from: null, to: 'A', clients: 1 },
      { from: null, to: 'C', clients: 1 },
      { from: null, to: null, clients: 1 },
    ]);
  });
  it('names the clients without a category, held by an override, or no longer covered', () => {
    expect(preview.withoutCategory).toEqual(['loses-scores', 'unscored']);
    expect(preview.heldByOverride).toEqual(['held']);
    expect(preview.dropped).toEqual(['leaves']);
  });
  it('marks moves from a category of another scheme', () => {
    const moved = previewMoves({
      scheme: abc,
      current: [placed('x', 'koester')],
      proposed: [placed('x', 'A')],
    });
    expect(moved.moves[0]?.direction).toBe('otherScheme');
  });
});

describe('previewCompactMoves', () => {
  const setupWith = (weights: number[]): ClassificationSetup => ({
    criteria: [
      standardCriterion('revenue', weights[0] ?? 1),
      standardCriterion('cooperation', weights[1] ?? 1),
    ],
    scheme: abc,
    method: { kind: 'weightedGrade' },
  });
  const clients = [
    // weights 5, 1 then 1, 5; the maximum is 18 either way
    { clientId: 'money', scores: { revenue: 3, cooperation: 1 } }, // 16 → A, 8 → C
    { clientId: 'friendly', scores: { revenue: 1, cooperation: 3 } }, // 8 → C, 16 → A
    { clientId: 'both', scores: { revenue: 3, cooperation: 3 } }, // 18 → A, 18 → A
    { clientId: 'held', scores: { revenue: 0, cooperation: 3 } }, // 3 → C, 15 → A; set to A
    { clientId: 'none', scores: {} },
  ];

  it('gives the same answer as previewMoves for the same clients', () => {
    const before = setupWith([5, 1]);
    const after = setupWith([1, 5]);
    const overrides = [{ clientId: 'held', categoryKey: 'A', reason: 'Board member' }];
    const packed = packScores(before, clients);
    const current = placeCompact(before, classifyCompact(before, packed), overrides);
    const proposed = placeCompact(after, classifyCompact(after, packed), overrides);
    const compact = previewCompactMoves({
      scheme: abc,
      clientIds: packed.clientIds,
      current,
      proposed,
    });
    const keys = abc.categories.map((category) => category.key);
    const asObjects = (placement: typeof current) =>
      packed.clientIds.map((clientId, row) =>
        placed(
          clientId,
          keys[placement.categoryIndexes[row] ?? -1] ?? null,
          keys[placement.computedIndexes[row] ?? -1] ?? null,
          placement.overridden[row] === 1,
        ),
      );
    expect(compact).toEqual(
      previewMoves({ scheme: abc, current: asObjects(current), proposed: asObjects(proposed) }),
    );
    expect(compact.moves).toEqual([
      { clientId: 'money', from: 'A', to: 'C', direction: 'down', overridden: false },
      { clientId: 'friendly', from: 'C', to: 'A', direction: 'up', overridden: false },
    ]);
    expect(compact.heldByOverride).toEqual(['held']);
    expect(compact.withoutCategory).toEqual(['none']);
  });
  it('reads a kept placement row for row, unknown keys and missing rows as no category', () => {
    const placement = compactPlacement(abc, [
      { category: 'A', computedCategory: 'B', overridden: true },
      undefined,
      { category: 'behoud', computedCategory: null, overridden: false },
    ]);
    expect([...placement.categoryIndexes]).toEqual([0, -1, -1]);
    expect([...placement.computedIndexes]).toEqual([1, -1, -1]);
    expect([...placement.overridden]).toEqual([1, 0, 0]);
  });
});
