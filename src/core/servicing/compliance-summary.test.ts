import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceSummary } from './compliance-summary.ts';

describe('complianceSummary', () => {
  it('shares the judged checks within the norm and averages the working days taken', () => {
    const checks = [
      { withinNorm: true, workingDaysTaken: 1 },
      { withinNorm: true, workingDaysTaken: 2 },
      { withinNorm: false, workingDaysTaken: 3 },
      { withinNorm: false, workingDaysTaken: null }, // overdue, still open
      { withinNorm: null, workingDaysTaken: null }, // open, within its deadline
      { withinNorm: null, workingDaysTaken: 2 }, // done, without a norm
    ];
    expect(complianceSummary(checks)).toEqual({
      judged: 4,
      withinNorm: 2,
      withinNormBasisPoints: 5000,
      done: 4,
      averageWorkingDaysHundredths: 200,
    });
  });
  it('rounds the share down and the average half up', () => {
    const twoOfThree = [true, true, false].map((withinNorm) => ({ withinNorm }));
    expect(complianceSummary(twoOfThree).withinNormBasisPoints).toBe(6666);
    const days = [1, 2, 2, 2, 2, 2, 2, 2].map((d) => ({ withinNorm: null, workingDaysTaken: d }));
    expect(complianceSummary(days).averageWorkingDaysHundredths).toBe(188); // 1.875
  });
  it('says nothing was judged rather than 0%', () => {
    expect(complianceSummary([{ withinNorm: null }])).toMatchObject({
      judged: 0,
      withinNormBasisPoints: null,
      averageWorkingDaysHundredths: null,
    });
  });
  it('reads 100% only when every judged check was within the norm', () => {
    const check = fc.record({ withinNorm: fc.option(fc.boolean(), { nil: null }) });
    fc.assert(
      fc.property(fc.array(check, { minLength: 1 }), (checks) => {
        const summary = complianceSummary(checks);
        const allWithin = checks.every((c) => c.withinNorm !== false);
        expect(summary.withinNormBasisPoints === null).toBe(summary.judged === 0);
        expect(summary.withinNormBasisPoints === 10_000).toBe(summary.judged > 0 && allWithin);
      }),
    );
  });
});
