import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaArbitrary, scoresArbitrary } from './choosing.arbitrary.ts';
import { standardCriterion } from './criteria.ts';
import { scoreClient, scoringMaximum, type ScoresByCriterion } from './scoring.ts';

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

describe('scoreClient', () => {
  it('reproduces the worked example: totals 27 and 13 of 33, grades 8.2 and 3.9', () => {
    expect(scoringMaximum(criteria)).toBe(33);
    expect(scoreClient(criteria, scores(3, 2, 2, 2))).toEqual({
      total: 27,
      maximum: 33,
      grade: 8.2,
      missingCriteria: [],
    });
    expect(scoreClient(criteria, scores(1, 2, 1, 1))).toEqual({
      total: 13,
      maximum: 33,
      grade: 3.9,
      missingCriteria: [],
    });
  });
  it('leaves a criterion not scored out of the total and the maximum, and names it', () => {
    // Scored only on revenue, at the top: 15 of 15, not 15 of 33 as if the rest were 0.
    expect(scoreClient(criteria, { revenue: 3, reference: null })).toEqual({
      total: 15,
      maximum: 15,
      grade: 10,
      missingCriteria: ['image', 'reference', 'cooperation'],
    });
    expect(scoreClient(criteria, { revenue: 3, reference: 0 })).toMatchObject({
      total: 15,
      maximum: 24,
      grade: 6.3,
    });
  });
  it('gives a client scored on nothing a grade of 0 of 0', () => {
    expect(scoreClient(criteria, {})).toEqual({
      total: 0,
      maximum: 0,
      grade: 0,
      missingCriteria: ['revenue', 'image', 'reference', 'cooperation'],
    });
  });
  it('ignores scores for criteria outside the list, and refuses scores off the scale', () => {
    expect(scoreClient(criteria, { ...scores(3, 2, 2, 2), margin: 3 }).total).toBe(27);
    expect(() => scoreClient(criteria, scores(4, 0, 0, 0))).toThrow(/scores.revenue/);
    expect(() => scoreClient(criteria, scores(-1, 0, 0, 0))).toThrow(/from 0 to 3/);
    expect(() => scoreClient(criteria, scores(1.5, 0, 0, 0))).toThrow(/whole number/);
  });

  const withOneRaised = criteriaArbitrary.chain((all) =>
    fc.tuple(
      fc.constant(all),
      scoresArbitrary(all),
      fc.integer({ min: 0, max: all.length - 1 }),
      fc.integer({ min: 1, max: 10 }),
    ),
  );

  it('is monotone: raising any one score never lowers the total', () => {
    fc.assert(
      fc.property(withOneRaised, ([all, before, index, step]) => {
        const criterion = all[index];
        if (!criterion) throw new Error('a criterion at the index');
        const raised = Math.min((before[criterion.key] ?? 0) + step, criterion.scaleMax);
        const after: ScoresByCriterion = { ...before, [criterion.key]: raised };
        expect(scoreClient(all, after).total).toBeGreaterThanOrEqual(
          scoreClient(all, before).total,
        );
      }),
    );
  });
  it('raising a weight never lowers the total of a client scoring above 0 on it', () => {
    fc.assert(
      fc.property(withOneRaised, ([all, before, index, step]) => {
        const criterion = all[index];
        if (!criterion) throw new Error('a criterion at the index');
        const heavier = all.map((c, i) =>
          i === index ? { ...c, weight: Math.min(c.weight + step, 5) } : c,
        );
        const score = before[criterion.key] ?? 0;
        const gain = scoreClient(heavier, before).total - scoreClient(all, before).total;
        expect(gain).toBe((Math.min(criterion.weight + step, 5) - criterion.weight) * score);
        expect(gain).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
