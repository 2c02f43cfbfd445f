import { describe, expect, it } from 'vitest';
import { standardCriteria, standardCriterion } from './criteria.ts';
import {
  dataScoreRuleProblems,
  defaultDataScoreRules,
  scoreFromAbcClass,
  scoreFromData,
  scoresFromData,
  type DataScoreRule,
} from './data-scores.ts';

const rule = (criterionKey: string) => {
  const found = defaultDataScoreRules.find((r) => r.criterionKey === criterionKey);
  if (!found) throw new Error(`a default rule for ${criterionKey}`);
  return found;
};

describe('scoreFromData', () => {
  it('scores revenue by the thresholds it reaches, the threshold itself included', () => {
    const revenue = rule('revenue');
    expect(scoreFromData(revenue, 0)).toBe(0);
    expect(scoreFromData(revenue, 999_999)).toBe(0);
    expect(scoreFromData(revenue, 1_000_000)).toBe(1); // €10,000
    expect(scoreFromData(revenue, 5_000_000)).toBe(2);
    expect(scoreFromData(revenue, 9_999_999)).toBe(2);
    expect(scoreFromData(revenue, 10_000_000)).toBe(3);
    expect(scoreFromData(revenue, -50_000)).toBe(0);
  });
  it('scores payment behaviour the other way: fewer days is better', () => {
    const payment = rule('paymentBehaviour');
    expect([90, 61, 60, 45, 31, 30, 0].map((days) => scoreFromData(payment, days))).toEqual([
      0, 0, 1, 2, 2, 3, 3,
    ]);
  });
  it('scores margin and the client’s growth in basis points, shrinking as 0', () => {
    expect(scoreFromData(rule('margin'), 2500)).toBe(2);
    expect(scoreFromData(rule('clientGrowth'), -300)).toBe(0);
    expect(scoreFromData(rule('clientGrowth'), 0)).toBe(1);
    expect(scoreFromData(rule('clientGrowth'), 2000)).toBe(3);
  });
  it('gives no score for a value not measured, and refuses a value that is no number', () => {
    expect(scoreFromData(rule('margin'), null)).toBeNull();
    expect(() => scoreFromData(rule('margin'), Number.NaN)).toThrow(/marginBasisPoints/);
  });
});

describe('dataScoreRuleProblems', () => {
  it('accepts the defaults for the standard criteria', () => {
    expect(dataScoreRuleProblems(defaultDataScoreRules, standardCriteria())).toEqual([]);
  });
  it('asks for one threshold per score, whole and in order, on a known criterion', () => {
    const criteria = [standardCriterion('revenue', 5), standardCriterion('margin', 3, 4)];
    const rules: DataScoreRule[] = [
      { ...rule('revenue'), thresholds: [100, 50, 200] },
      { ...rule('margin'), thresholds: [1000, 2000, 3000.5] },
      { ...rule('paymentBehaviour'), thresholds: [30, 45, 60] },
      { ...rule('revenue') },
    ];
    expect(dataScoreRuleProblems(rules, criteria)).toEqual([
      { code: 'thresholds_not_ordered', path: ['rules', 0, 'thresholds', 1] },
      { code: 'thresholds_count', path: ['rules', 1, 'thresholds'] },
      { code: 'threshold_not_whole', path: ['rules', 1, 'thresholds', 2] },
      { code: 'criterion_unknown', path: ['rules', 2, 'criterionKey'] },
      { code: 'thresholds_not_ordered', path: ['rules', 2, 'thresholds', 1] },
      { code: 'thresholds_not_ordered', path: ['rules', 2, 'thresholds', 2] },
      { code: 'rule_duplicate', path: ['rules', 3, 'criterionKey'] },
    ]);
  });
});

describe('scoresFromData', () => {
  it('scores many clients at once, leaving what was not measured unscored', () => {
    expect(
      scoresFromData(defaultDataScoreRules, [
        { clientId: 'ajax', values: { revenueCents: 6_000_000, paymentDays: 20 } },
        { clientId: 'bakker', values: { marginBasisPoints: 4500, growthBasisPoints: null } },
      ]),
    ).toEqual([
      {
        clientId: 'ajax',
        scores: { revenue: 2, margin: null, clientGrowth: null, paymentBehaviour: 3 },
      },
      {
        clientId: 'bakker',
        scores: { revenue: null, margin: 3, clientGrowth: null, paymentBehaviour: null },
      },
    ]);
  });
});

describe('scoreFromAbcClass', () => {
  it('scores A 3, B 2, C 1 and a client without revenue 0, or by the firm’s own mapping', () => {
    expect((['A', 'B', 'C', null] as const).map((abc) => scoreFromAbcClass(abc))).toEqual([
      3, 2, 1, 0,
    ]);
    expect(scoreFromAbcClass('B', { A: 5, B: 3, C: 1 })).toBe(3);
  });
});
