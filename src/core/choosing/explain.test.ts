import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaArbitrary, schemeArbitrary, scoresArbitrary } from './choosing.arbitrary.ts';
import { standardCriterion } from './criteria.ts';
import { explainClient } from './explain.ts';
import { passesBound } from './grade.ts';
import { computedCategoryIndex, type ClassificationSetup, type RankingMethod } from './ranking.ts';
import { presetScheme } from './schemes.ts';

// The method's worked example (method.md §3.2): revenue, portfolio, network, cooperation.
const criteria = [
  standardCriterion('revenue', 5),
  standardCriterion('image', 2),
  standardCriterion('reference', 3),
  standardCriterion('cooperation', 1),
];
const scores = (revenue: number, image: number, reference: number, cooperation: number) => ({
  revenue,
  image,
  reference,
  cooperation,
});
const setupWith = (method: RankingMethod): ClassificationSetup => ({
  criteria,
  scheme: presetScheme('abc'),
  method,
});
const every = (minimum: number) => Object.fromEntries(criteria.map((c) => [c.key, minimum]));

describe('explainClient by the weighted grade', () => {
  const setup = setupWith({ kind: 'weightedGrade' });

  it('shows every criterion’s contribution and the boundary passed', () => {
    const explained = explainClient({ setup, clientId: 'client-1', scores: scores(3, 2, 2, 2) });
    expect(explained.criteria).toEqual([
      {
        criterionKey: 'revenue',
        weight: 5,
        scaleMax: 3,
        score: 3,
        contribution: 15,
        maxContribution: 15,
      },
      {
        criterionKey: 'image',
        weight: 2,
        scaleMax: 3,
        score: 2,
        contribution: 4,
        maxContribution: 6,
      },
      {
        criterionKey: 'reference',
        weight: 3,
        scaleMax: 3,
        score: 2,
        contribution: 6,
        maxContribution: 9,
      },
      {
        criterionKey: 'cooperation',
        weight: 1,
        scaleMax: 3,
        score: 2,
        contribution: 2,
        maxContribution: 3,
      },
    ]);
    expect(explained).toMatchObject({ total: 27, maximum: 33, grade: 8.2, category: 'A' });
    expect(explained.ranking).toEqual({
      kind: 'weightedGrade',
      passedBound: { tenths: 80, inclusive: false },
      nextCategory: null,
    });
  });
  it('says what it takes to move up: 7 points, which only revenue can give alone', () => {
    // Client 2: 13 of 33. B starts at 6: 19.8 points, so 20; 7 missing.
    const explained = explainClient({ setup, clientId: 'client-2', scores: scores(1, 2, 1, 1) });
    expect(explained.computedCategory).toBe('C');
    expect(explained.ranking).toEqual({
      kind: 'weightedGrade',
      passedBound: { tenths: 0, inclusive: true },
      nextCategory: {
        categoryKey: 'B',
        bound: { tenths: 60, inclusive: true },
        pointsMissing: 7,
        enoughAlone: [{ criterionKey: 'revenue', from: 1, to: 3 }],
      },
    });
  });
  it('leaves an unscored criterion out of the grade, and names it as missing', () => {
    const explained = explainClient({
      setup,
      clientId: 'partial',
      scores: { revenue: 3, image: 3, reference: 2 },
    });
    // 15 + 6 + 6 = 27 of 30 (9.0): an A on the three criteria scored
    expect(explained).toMatchObject({
      total: 27,
      maximum: 30,
      grade: 9,
      missingCriteria: ['cooperation'],
      category: 'A',
    });
    const lower = explainClient({ setup, clientId: 'x', scores: { revenue: 1, image: 3 } });
    // 11 of 21 (5.2): C; B from 6, so 13 of 21: 2 points missing. Revenue at 2 gives them;
    // reference scored at 3 also lifts the grade to 20 of 30, but at 2 (17 of 30) it does not
    expect(lower.ranking).toMatchObject({
      nextCategory: {
        categoryKey: 'B',
        pointsMissing: 2,
        enoughAlone: [
          { criterionKey: 'revenue', from: 1, to: 2 },
          { criterionKey: 'reference', from: null, to: 3 },
        ],
      },
    });
  });
  it('shows an override beside the computed category', () => {
    const explained = explainClient({
      setup,
      clientId: 'client-2',
      scores: scores(1, 2, 1, 1),
      override: { clientId: 'client-2', categoryKey: 'A', reason: 'Our oldest client' },
    });
    expect(explained).toMatchObject({
      computedCategory: 'C',
      category: 'A',
      overridden: true,
      overrideReason: 'Our oldest client',
    });
  });
  it('gives a client nobody scored no category and no next step', () => {
    const explained = explainClient({ setup, clientId: 'new', scores: {} });
    expect(explained).toMatchObject({ computedCategory: null, category: null, total: 0 });
    expect(explained.ranking).toEqual({
      kind: 'weightedGrade',
      passedBound: null,
      nextCategory: null,
    });
  });

  it('names exactly enough: the points missing reach the next category, one less does not', () => {
    const data = fc
      .tuple(criteriaArbitrary, schemeArbitrary)
      .chain(([all, scheme]) =>
        fc.tuple(fc.constant(all), fc.constant(scheme), scoresArbitrary(all)),
      );
    fc.assert(
      fc.property(data, ([all, scheme, clientScores]) => {
        const weighted: ClassificationSetup = {
          criteria: all,
          scheme,
          method: { kind: 'weightedGrade' },
        };
        const explained = explainClient({ setup: weighted, clientId: 'c', scores: clientScores });
        const next =
          explained.ranking.kind === 'weightedGrade' ? explained.ranking.nextCategory : null;
        const index = computedCategoryIndex(weighted, clientScores);
        expect(next === null).toBe(index === null || index === 0);
        if (next === null || index === null) return; // the top category has no next step
        const { total, maximum } = explained;
        expect(passesBound(total + next.pointsMissing, maximum, next.bound)).toBe(true);
        expect(passesBound(total + next.pointsMissing - 1, maximum, next.bound)).toBe(false);
        for (const criterion of all) {
          const raise = next.enoughAlone.find((r) => r.criterionKey === criterion.key);
          const to = raise?.to ?? criterion.scaleMax;
          const raised = { ...clientScores, [criterion.key]: to };
          // a named raise moves the client up; any other criterion, even at its top, does not
          expect(computedCategoryIndex(weighted, raised)! < index).toBe(raise !== undefined);
        }
        for (const raise of next.enoughAlone) {
          const short = { ...clientScores, [raise.criterionKey]: raise.to - 1 };
          // one point less does not move the client up (a new score below it may move it down)
          if (raise.from === null)
            expect(computedCategoryIndex(weighted, short)).toBeGreaterThanOrEqual(index);
          else expect(computedCategoryIndex(weighted, short)).toBe(index);
        }
      }),
    );
  });
});

describe('explainClient by the meets methods', () => {
  it('meetsAll: lists the levels and the minimum missed for the next category', () => {
    const explained = explainClient({
      setup: setupWith({
        kind: 'meetsAll',
        levels: [
          { categoryKey: 'A', minimums: every(2) },
          { categoryKey: 'B', minimums: every(1) },
        ],
      }),
      clientId: 'small',
      scores: scores(1, 2, 2, 2),
    });
    expect(explained.computedCategory).toBe('B');
    expect(explained.ranking).toEqual({
      kind: 'meetsAll',
      levels: [
        {
          categoryKey: 'A',
          required: 4,
          met: 3,
          reached: false,
          missed: [{ criterionKey: 'revenue', minimum: 2, score: 1 }],
          notScored: [],
        },
        { categoryKey: 'B', required: 4, met: 4, reached: true, missed: [], notScored: [] },
      ],
      nextCategory: {
        categoryKey: 'A',
        minimumsToMeet: 1,
        missed: [{ criterionKey: 'revenue', minimum: 2, score: 1 }],
      },
    });
  });
  it('meetsXofY: says how many of the missed minimums must still be met', () => {
    const explained = explainClient({
      setup: setupWith({
        kind: 'meetsXofY',
        levels: [
          { categoryKey: 'A', minimums: every(2), atLeast: 3 },
          { categoryKey: 'B', minimums: every(1), atLeast: 2 },
        ],
      }),
      clientId: 'niche',
      scores: scores(0, 3, 0, 3),
    });
    expect(explained.computedCategory).toBe('B');
    expect(explained.ranking).toMatchObject({
      nextCategory: {
        categoryKey: 'A',
        minimumsToMeet: 1,
        missed: [
          { criterionKey: 'revenue', minimum: 2, score: 0 },
          { criterionKey: 'reference', minimum: 2, score: 0 },
        ],
      },
    });
  });
});
