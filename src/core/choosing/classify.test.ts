import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientsArbitrary, setupArbitrary } from './choosing.arbitrary.ts';
import {
  classificationsFromCompact,
  classifyClients,
  classifyCompact,
  notScored,
  packScores,
  type ClientScores,
} from './classify.ts';
import { standardCriteria, standardCriterion } from './criteria.ts';
import { explainClient } from './explain.ts';
import { computedCategoryIndex, type ClassificationSetup, type RankingMethod } from './ranking.ts';
import { presetScheme } from './schemes.ts';

// The method's worked example (method.md §3.2): revenue, portfolio, network, cooperation.
const criteria = [
  standardCriterion('revenue', 5),
  standardCriterion('image', 2),
  standardCriterion('reference', 3),
  standardCriterion('cooperation', 1),
];
const client = (clientId: string, ...values: (number | null)[]): ClientScores => ({
  clientId,
  scores: Object.fromEntries(criteria.map((c, i) => [c.key, values[i] ?? null])),
});
const every = (minimum: number) => Object.fromEntries(criteria.map((c) => [c.key, minimum]));
const methods: Record<RankingMethod['kind'], RankingMethod> = {
  weightedGrade: { kind: 'weightedGrade' },
  // A: every criterion at 2 or more; B: every criterion at 1 or more; C: the rest.
  meetsAll: {
    kind: 'meetsAll',
    levels: [
      { categoryKey: 'A', minimums: every(2) },
      { categoryKey: 'B', minimums: every(1) },
    ],
  },
  // A: 3 of the 4 at 2 or more; B: 2 of the 4 at 1 or more; C: the rest.
  meetsXofY: {
    kind: 'meetsXofY',
    levels: [
      { categoryKey: 'A', minimums: every(2), atLeast: 3 },
      { categoryKey: 'B', minimums: every(1), atLeast: 2 },
    ],
  },
};
const setupWith = (method: RankingMethod): ClassificationSetup => ({
  criteria,
  scheme: presetScheme('abc'),
  method,
});

describe('classifyClients', () => {
  it('reproduces the worked example: client 1 is an A at 8.2, client 2 a C at 3.9', () => {
    const classified = classifyClients({
      setup: setupWith(methods.weightedGrade),
      clients: [client('client-1', 3, 2, 2, 2), client('client-2', 1, 2, 1, 1)],
    });
    expect(classified).toEqual([
      {
        clientId: 'client-1',
        total: 27,
        maximum: 33,
        grade: 8.2,
        unscoredCriteria: 0,
        complete: true,
        computedCategory: 'A',
        category: 'A',
        overridden: false,
        overrideReason: null,
      },
      {
        clientId: 'client-2',
        total: 13,
        maximum: 33,
        grade: 3.9,
        unscoredCriteria: 0,
        complete: true,
        computedCategory: 'C',
        category: 'C',
        overridden: false,
        overrideReason: null,
      },
    ]);
  });

  it('ranks the same clients differently by each of the three methods', () => {
    const clients = [
      client('star', 3, 3, 3, 3), //       33 → 10.0
      client('lopsided', 3, 3, 3, 0), //   30 →  9.1, cooperation 0
      client('steady', 3, 1, 3, 1), //     27 →  8.2, two criteria at 1
      client('even', 2, 2, 2, 2), //       22 →  6.7, everything at 2
      client('small', 1, 2, 2, 2), //      17 →  5.2, revenue at 1
      client('niche', 0, 3, 0, 3), //       9 →  2.7, two criteria at 0
      client('partial', 3), //             15 of 15 → 10.0, only revenue scored (at 3)
      client('new'), //                   nothing scored
    ];
    const expected = {
      // partial is judged on revenue alone, the criteria not scored left out: an A by each
      //            star lopsided steady even small niche partial new
      weightedGrade: ['A', 'A', 'A', 'B', 'C', 'C', 'A', null],
      meetsAll: ['A', 'C', 'B', 'A', 'B', 'C', 'A', null],
      meetsXofY: ['A', 'A', 'B', 'A', 'A', 'B', 'A', null],
    };
    for (const kind of ['weightedGrade', 'meetsAll', 'meetsXofY'] as const) {
      const classified = classifyClients({ setup: setupWith(methods[kind]), clients });
      expect([kind, classified.map((c) => c.category)]).toEqual([kind, expected[kind]]);
    }
  });

  it('leaves a criterion not scored out of the total and the maximum, and marks the client', () => {
    const [partial, scoredZero] = classifyClients({
      setup: setupWith(methods.weightedGrade),
      clients: [client('partial', 3, null, 2), client('scored-zero', 3, 0, 2, 0)],
    });
    // revenue 15 of 15 and reference 6 of 9: 21 of 24, 8.8, an A; not 21 of 33 (6.4, a B)
    expect(partial).toMatchObject({
      total: 21,
      maximum: 24,
      grade: 8.8,
      unscoredCriteria: 2,
      complete: false,
      category: 'A',
    });
    // a score of 0 is a score: 21 of 33
    expect(scoredZero).toMatchObject({ total: 21, maximum: 33, complete: true, category: 'B' });
  });
  it('moves nobody when a criterion nobody has scored yet is switched on', () => {
    const before = { ...setupWith(methods.weightedGrade), criteria: criteria.slice(0, 3) };
    const after = setupWith(methods.weightedGrade);
    const clients = [client('a', 3, 2, 2), client('b', 3, 1, 1), client('c', 1, 0, 1)];
    const categories = (setup: ClassificationSetup) =>
      classifyClients({ setup, clients }).map((c) => c.category);
    expect(categories(after)).toEqual(categories(before));
    expect(categories(after)).toEqual(['A', 'B', 'C']);
  });

  it('lets an override win over the computed category, and says so', () => {
    const classified = classifyClients({
      setup: setupWith(methods.weightedGrade),
      clients: [client('client-1', 3, 2, 2, 2), client('new')],
      overrides: [
        { clientId: 'new', categoryKey: 'B', reason: 'Signed a framework agreement' },
        { clientId: 'gone', categoryKey: 'A', reason: 'Left last year' },
      ],
    });
    expect(classified.map((c) => [c.computedCategory, c.category, c.overridden])).toEqual([
      ['A', 'A', false],
      [null, 'B', true],
    ]);
    expect(classified[1]?.overrideReason).toBe('Signed a framework agreement');
  });

  it('refuses overrides without a reason, to an unknown category or twice for a client', () => {
    const classify = (overrides: { clientId: string; categoryKey: string; reason: string }[]) =>
      classifyClients({ setup: setupWith(methods.weightedGrade), clients: [], overrides });
    expect(() => classify([{ clientId: 'a', categoryKey: 'B', reason: ' ' }])).toThrow(
      /override_reason_missing/,
    );
    expect(() => classify([{ clientId: 'a', categoryKey: 'Z', reason: 'x' }])).toThrow(
      /override_category_unknown/,
    );
    const twice = { clientId: 'a', categoryKey: 'A', reason: 'x' };
    expect(() => classify([twice, twice])).toThrow(/override_duplicate/);
  });

  it('refuses an invalid setup with every problem listed', () => {
    const setup = {
      ...setupWith(methods.weightedGrade),
      criteria: [{ ...criteria[0]!, weight: 9 }],
    };
    expect(() => classifyClients({ setup, clients: [] })).toThrow(/weight_out_of_range/);
  });
});

describe('classifyCompact', () => {
  it('reads one row per client with the not-scored marker, in the criteria order', () => {
    const setup = setupWith(methods.weightedGrade);
    const scores = Int8Array.from([3, 2, 2, 2, 1, 2, 1, 1, notScored, notScored, notScored, 3]);
    const compact = classifyCompact(setup, { clientIds: ['c1', 'c2', 'c3'], scores });
    expect([...compact.maxima]).toEqual([33, 33, 1 * 3]);
    expect([...compact.totals]).toEqual([27, 13, 3]);
    expect([...compact.unscored]).toEqual([0, 0, 3]);
    // c3 is scored on cooperation alone, at its top
    expect([...compact.categoryIndexes]).toEqual([0, 2, 0]);
    const none = classifyCompact(setup, { clientIds: ['c'], scores: new Int8Array(4).fill(-1) });
    expect([...none.categoryIndexes]).toEqual([-1]);
  });
  it('refuses scores off the scale and a score array of the wrong length', () => {
    const setup = setupWith(methods.weightedGrade);
    expect(() =>
      classifyCompact(setup, { clientIds: ['c1'], scores: Int8Array.from([3, 4, 0, 0]) }),
    ).toThrow(/client c1: score 4/);
    expect(() =>
      classifyCompact(setup, { clientIds: ['c1'], scores: Int8Array.from([3, -2, 0, 0]) }),
    ).toThrow(/score -2/);
    expect(() =>
      classifyCompact(setup, { clientIds: ['c1'], scores: Int8Array.from([3, 0, 0]) }),
    ).toThrow(/1 × 4 scores/);
  });

  it('agrees with the object form and with the explanation of each client', () => {
    const data = setupArbitrary.chain((setup) =>
      fc.tuple(fc.constant(setup), clientsArbitrary(setup.criteria)),
    );
    fc.assert(
      fc.property(data, ([setup, clients]) => {
        const packed = packScores(setup, clients);
        const compact = classificationsFromCompact(setup, classifyCompact(setup, packed));
        const objects = classifyClients({ setup, clients });
        expect(compact).toEqual(objects);
        const explained = clients.map((c) =>
          explainClient({ setup, clientId: c.clientId, scores: c.scores }),
        );
        expect(objects.map((c) => [c.clientId, c.total, c.maximum, c.computedCategory])).toEqual(
          explained.map((e) => [e.clientId, e.total, e.maximum, e.computedCategory]),
        );
      }),
    );
  });

  it('classifies 50,000 clients on the fifteen standard criteria in one pass', () => {
    const rows = 50_000;
    const all = standardCriteria().map((c, i) => ({ ...c, weight: (i % 5) + 1 }));
    const clientIds = Array.from({ length: rows }, (_, i) => `client-${i}`);
    const scores = new Int8Array(rows * all.length);
    let seed = 7;
    for (let i = 0; i < scores.length; i += 1) {
      seed = (seed * 48_271) % 2_147_483_647;
      scores[i] = (seed % 5) - 1; // −1 (not scored) to 3
    }
    const setup: ClassificationSetup = {
      criteria: all,
      scheme: presetScheme('sabc'),
      method: { kind: 'weightedGrade' },
    };
    const compact = classifyCompact(setup, { clientIds, scores });
    expect(compact.totals).toHaveLength(rows);
    const last = rows - 1;
    const lastRow = scores.subarray(last * 15, rows * 15);
    const lastTotal = [...lastRow].reduce((sum, s, i) => sum + (s < 0 ? 0 : s * all[i]!.weight), 0);
    const lastMaximum = [...lastRow].reduce(
      (sum, s, i) => sum + (s < 0 ? 0 : 3 * all[i]!.weight),
      0,
    );
    expect(compact.totals[last]).toBe(lastTotal);
    expect(compact.maxima[last]).toBe(lastMaximum);
    const counts = new Map<number, number>();
    for (const index of compact.categoryIndexes) counts.set(index, (counts.get(index) ?? 0) + 1);
    expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(rows);
    for (let row = 0; row < 100; row += 1) {
      const clientScores = Object.fromEntries(
        all.map((c, i) => [
          c.key,
          scores[row * 15 + i] === notScored ? null : scores[row * 15 + i],
        ]),
      );
      expect(compact.categoryIndexes[row]).toBe(computedCategoryIndex(setup, clientScores) ?? -1);
    }
  });
});
