import { describe, expect, it } from 'vitest';
import { goalProblems, goalProgress, standardGoal, type CategoryGoal } from './goals.ts';
import { presetScheme } from './schemes.ts';

const retention = standardGoal('A', 'retentionRateBasisPoints', 9500);
const largestShare = standardGoal('A', 'largestClientShareBasisPoints', 1500);
const referrals = standardGoal('B', 'clientsFromReferrals', 4);
const visits: CategoryGoal = {
  categoryKey: 'A',
  kind: 'custom',
  measureKey: 'visitsPerClientHundredths',
  name: 'Bezoek per A-klant per jaar',
  unit: 'hundredths',
  direction: 'atLeast',
  target: 100,
};

describe('standardGoal', () => {
  it('fills in the kind, unit and usual direction of the measure', () => {
    expect(retention).toEqual({
      categoryKey: 'A',
      kind: 'loyalty',
      measureKey: 'retentionRateBasisPoints',
      name: null,
      unit: 'basisPoints',
      direction: 'atLeast',
      target: 9500,
    });
    expect(largestShare).toMatchObject({ kind: 'dependency', direction: 'atMost' });
  });
});

describe('goalProgress', () => {
  it('sets each goal against its actual in its direction, the target itself meeting it', () => {
    const progress = goalProgress([retention, largestShare, referrals, visits], {
      A: { retentionRateBasisPoints: 9500, largestClientShareBasisPoints: 2100 },
      B: { clientsFromReferrals: 2 },
    });
    expect(progress.map((p) => [p.goal.measureKey, p.actual, p.status, p.difference])).toEqual([
      ['retentionRateBasisPoints', 9500, 'met', 0],
      ['largestClientShareBasisPoints', 2100, 'notMet', 600],
      ['clientsFromReferrals', 2, 'notMet', -2],
      ['visitsPerClientHundredths', null, 'notMeasured', null],
    ]);
  });
  it('never makes up a number for a goal not measured yet', () => {
    const progress = goalProgress([retention, referrals], {
      A: { retentionRateBasisPoints: null },
    });
    expect(progress.map((p) => [p.actual, p.status, p.difference])).toEqual([
      [null, 'notMeasured', null],
      [null, 'notMeasured', null],
    ]);
  });
});

describe('goalProblems', () => {
  const scheme = presetScheme('abc');

  it('accepts the method’s measures and a firm’s own goal with a name', () => {
    expect(goalProblems([retention, largestShare, referrals, visits], scheme)).toEqual([]);
  });
  it('lists every problem with its place', () => {
    const problems = goalProblems(
      [
        { ...retention, categoryKey: 'Z', target: 95.5 },
        { ...retention, kind: 'crossSelling' },
        { ...retention, unit: 'cents' },
        { ...visits, name: ' ', measureKey: 'servicesDeveloped' },
        { ...largestShare, direction: 'around' as CategoryGoal['direction'] },
        retention,
        retention,
        visits,
        { ...visits, unit: 'count' },
      ],
      scheme,
    );
    expect(problems).toEqual([
      { code: 'category_unknown', path: ['goals', 0, 'categoryKey'] },
      { code: 'target_not_whole', path: ['goals', 0, 'target'] },
      { code: 'measure_unknown', path: ['goals', 1, 'measureKey'] },
      { code: 'unit_mismatch', path: ['goals', 2, 'unit'] },
      { code: 'goal_duplicate', path: ['goals', 2, 'measureKey'] },
      { code: 'measure_key_missing', path: ['goals', 3, 'measureKey'] },
      { code: 'name_missing', path: ['goals', 3, 'name'] },
      { code: 'direction_unknown', path: ['goals', 4, 'direction'] },
      { code: 'goal_duplicate', path: ['goals', 5, 'measureKey'] },
      { code: 'goal_duplicate', path: ['goals', 6, 'measureKey'] },
      { code: 'goal_duplicate', path: ['goals', 8, 'name'] },
    ]);
  });
});
