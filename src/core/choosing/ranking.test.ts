import { describe, expect, it } from 'vitest';
import { standardCriterion } from './criteria.ts';
import {
  computedCategoryIndex,
  levelChecks,
  requiredOfScored,
  methodProblems,
  setupProblems,
  type ClassificationSetup,
  type RankingMethod,
} from './ranking.ts';
import { presetScheme } from './schemes.ts';

const criteria = [
  standardCriterion('revenue', 5),
  standardCriterion('image', 2),
  standardCriterion('reference', 3),
  standardCriterion('cooperation', 1),
];
const every = (minimum: number) =>
  Object.fromEntries(criteria.map((criterion) => [criterion.key, minimum]));
const meetsAll: RankingMethod = {
  kind: 'meetsAll',
  levels: [
    { categoryKey: 'A', minimums: every(2) },
    { categoryKey: 'B', minimums: every(1) },
  ],
};
const setupWith = (method: RankingMethod): ClassificationSetup => ({
  criteria,
  scheme: presetScheme('abc'),
  method,
});

describe('methodProblems', () => {
  it('accepts the weighted grade and complete levels', () => {
    expect(setupProblems(setupWith({ kind: 'weightedGrade' }))).toEqual([]);
    expect(setupProblems(setupWith(meetsAll))).toEqual([]);
    const xOfY: RankingMethod = {
      kind: 'meetsXofY',
      levels: [
        { categoryKey: 'A', minimums: every(2), atLeast: 3 },
        { categoryKey: 'B', minimums: { revenue: 1 }, atLeast: 1 },
      ],
    };
    expect(setupProblems(setupWith(xOfY))).toEqual([]);
  });
  it('asks for one level per category but the lowest, on known criteria within scale', () => {
    const problems = methodProblems(
      setupWith({
        kind: 'meetsXofY',
        levels: [
          { categoryKey: 'A', minimums: { revenue: 4, margin: 1 }, atLeast: 3 },
          { categoryKey: 'C', minimums: {}, atLeast: 0 },
          { categoryKey: 'Z', minimums: { image: 0 }, atLeast: 1 },
          { categoryKey: 'A', minimums: { image: 1 }, atLeast: 1 },
        ],
      }),
    );
    expect(problems).toEqual([
      { code: 'minimum_out_of_range', path: ['method', 'levels', 0, 'minimums', 'revenue'] },
      { code: 'minimum_criterion_unknown', path: ['method', 'levels', 0, 'minimums', 'margin'] },
      { code: 'at_least_out_of_range', path: ['method', 'levels', 0, 'atLeast'] },
      { code: 'level_for_lowest_category', path: ['method', 'levels', 1, 'categoryKey'] },
      { code: 'level_empty', path: ['method', 'levels', 1, 'minimums'] },
      { code: 'at_least_out_of_range', path: ['method', 'levels', 1, 'atLeast'] },
      { code: 'level_category_unknown', path: ['method', 'levels', 2, 'categoryKey'] },
      { code: 'minimum_out_of_range', path: ['method', 'levels', 2, 'minimums', 'image'] },
      { code: 'level_duplicate', path: ['method', 'levels', 3, 'categoryKey'] },
      { code: 'level_missing', path: ['scheme', 'categories', 1] },
    ]);
  });
  it('refuses an unknown method', () => {
    const odd = { kind: 'gutFeeling' } as unknown as RankingMethod;
    expect(methodProblems(setupWith(odd))).toEqual([
      { code: 'method_unknown', path: ['method', 'kind'] },
    ]);
  });
});

describe('levelChecks and computedCategoryIndex', () => {
  it('places a client in the best category whose level it meets, the rest in the lowest', () => {
    const setup = setupWith(meetsAll);
    const all = { revenue: 3, image: 2, reference: 2, cooperation: 2 };
    expect(computedCategoryIndex(setup, all)).toBe(0);
    expect(computedCategoryIndex(setup, { ...all, cooperation: 1 })).toBe(1);
    expect(computedCategoryIndex(setup, { ...all, cooperation: 0 })).toBe(2);
    // cooperation not scored is left out: every minimum scored is met
    expect(computedCategoryIndex(setup, { ...all, cooperation: null })).toBe(0);
  });
  it('asks of a level the share of its minimums the client is scored on, rounded up', () => {
    // all of 4 with 2 scored: 2; 3 of 5 with 3 scored: 2 (1.8 up); 3 of 5 all scored: 3
    expect(requiredOfScored(4, 4, 2)).toBe(2);
    expect(requiredOfScored(3, 5, 3)).toBe(2);
    expect(requiredOfScored(3, 5, 5)).toBe(3);
    expect(requiredOfScored(1, 5, 1)).toBe(1);
    // a level none of whose minimums is scored is not reached, whatever else is scored
    const onlyReference = setupWith({
      kind: 'meetsAll',
      levels: [
        { categoryKey: 'A', minimums: { reference: 2 } },
        { categoryKey: 'B', minimums: { revenue: 1 } },
      ],
    });
    expect(computedCategoryIndex(onlyReference, { revenue: 3 })).toBe(1);
  });
  it('lists per level what is met, the minimums missed and those not scored', () => {
    const checks = levelChecks(setupWith(meetsAll), { revenue: 3, image: 1, reference: null });
    const notScored = [
      { criterionKey: 'reference', score: null },
      { criterionKey: 'cooperation', score: null },
    ];
    expect(checks).toEqual([
      {
        categoryKey: 'A',
        required: 2,
        met: 1,
        reached: false,
        missed: [{ criterionKey: 'image', minimum: 2, score: 1 }],
        notScored: notScored.map((n) => ({ ...n, minimum: 2 })),
      },
      {
        categoryKey: 'B',
        required: 2,
        met: 2,
        reached: true,
        missed: [],
        notScored: notScored.map((n) => ({ ...n, minimum: 1 })),
      },
    ]);
    expect(levelChecks(setupWith({ kind: 'weightedGrade' }), { revenue: 3 })).toEqual([]);
  });
  it('gives no category to a client nobody has scored, by any method', () => {
    expect(computedCategoryIndex(setupWith(meetsAll), {})).toBeNull();
    expect(
      computedCategoryIndex(setupWith({ kind: 'weightedGrade' }), { revenue: null }),
    ).toBeNull();
  });
});
