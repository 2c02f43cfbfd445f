import { describe, expect, it } from 'vitest';
import {
  contributionShare,
  easiestRaise,
  rankingOf,
  scoresInOrder,
  standings,
  stepUp,
  tagSuggestions,
} from './clientCategory.ts';

const entry = (schemeId: string, category: string, createdAt: string) => ({
  classificationId: `c-${createdAt}`,
  schemeId,
  category,
  total: 10,
  maximum: 20,
  grade: 5,
  createdAt,
  userName: 'Eva',
});

describe('standings', () => {
  it('put the primary scheme first, the latest commit and the override winning', () => {
    const result = standings(
      [
        { id: 'warmth', isPrimary: false },
        { id: 'value', isPrimary: true },
      ],
      {
        history: [entry('value', 'B', '2025-02-01'), entry('value', 'C', '2024-02-01')],
        overrides: [{ schemeId: 'warmth', category: 'red', reason: 'Old friend', createdAt: '' }],
        endedOverrides: [],
      },
    );
    expect(result.map((s) => [s.scheme.id, s.category, s.committed?.category ?? null])).toEqual([
      ['value', 'B', 'B'],
      ['warmth', 'red', null],
    ]);
  });
});

describe('moving up', () => {
  const criteria = [
    { criterionKey: 'revenue', weight: 5 },
    { criterionKey: 'image', weight: 2 },
  ];

  it('by the weighted grade says the points missing and the easiest single raise', () => {
    const step = stepUp({
      criteria,
      ranking: {
        kind: 'weightedGrade',
        passedBound: { tenths: 60, inclusive: true },
        nextCategory: {
          categoryKey: 'A',
          bound: { tenths: 80, inclusive: false },
          pointsMissing: 7,
          enoughAlone: [
            { criterionKey: 'image', from: 0, to: 4 },
            { criterionKey: 'revenue', from: 1, to: 3 },
          ],
        },
      },
    } as never);
    expect(step).toEqual({
      kind: 'points',
      categoryKey: 'A',
      pointsMissing: 7,
      example: { criterionKey: 'revenue', from: 1, to: 3 },
    });
  });

  it('on an equal raise prefers the heavier criterion, and has none when nothing alone does', () => {
    const weights: Record<string, number> = { light: 1, heavy: 4 };
    const raises = [
      { criterionKey: 'light', from: null, to: 2 },
      { criterionKey: 'heavy', from: 0, to: 2 },
    ];
    expect(easiestRaise({ enoughAlone: raises }, (key) => weights[key] ?? 0)?.criterionKey).toBe(
      'heavy',
    );
    expect(easiestRaise({ enoughAlone: [] }, () => 1)).toBeNull();
  });

  it('by levels lists the minimums missed; at the top there is nothing to say', () => {
    const missed = [{ criterionKey: 'image', minimum: 3, score: 1 }];
    expect(
      stepUp({
        criteria,
        ranking: {
          kind: 'meetsAll',
          levels: [],
          nextCategory: { categoryKey: 'A', minimumsToMeet: 1, missed },
        },
      } as never),
    ).toEqual({ kind: 'minimums', categoryKey: 'A', minimumsToMeet: 1, missed });
    expect(
      stepUp({
        criteria,
        ranking: { kind: 'weightedGrade', passedBound: null, nextCategory: null },
      } as never),
    ).toEqual({ kind: 'top' });
    expect(rankingOf({ ranking: { kind: 'other' } })).toBeNull();
  });
});

describe('contribution bars', () => {
  it('are a share of what the criterion could give, within 0 and 1', () => {
    expect(contributionShare({ contribution: 6, maxContribution: 15 })).toBeCloseTo(0.4);
    expect(contributionShare({ contribution: 0, maxContribution: 0 })).toBe(0);
    expect(contributionShare({ contribution: 20, maxContribution: 15 })).toBe(1);
  });
});

describe('scores in order', () => {
  it('put disagreements without an agreed score first, otherwise keep the order', () => {
    const rows = [
      { key: 'a', disagreement: false, agreed: null },
      { key: 'b', disagreement: true, agreed: 2 },
      { key: 'c', disagreement: true, agreed: null },
    ];
    expect(scoresInOrder(rows).map((row) => row.key)).toEqual(['c', 'a', 'b']);
  });
});

describe('tag suggestions', () => {
  it("offer the firm's tags, then the method's, without the client's own or repeats", () => {
    expect(
      tagSuggestions({
        current: ['Money'],
        inUse: [{ tag: 'influence' }, { tag: 'money' }],
        suggested: ['money', 'fun', 'Influence', 'prestige'],
      }),
    ).toEqual(['influence', 'fun', 'prestige']);
  });
});
