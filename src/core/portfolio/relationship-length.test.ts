import { describe, expect, it } from 'vitest';
import { relationshipLength, relationshipReferenceDate } from './relationship-length.ts';

describe('relationshipLength', () => {
  it('counts whole years and months from the earlier of first revenue and first assignment', () => {
    expect(
      relationshipLength({
        firstRevenueDate: '2021-03-15',
        firstAssignmentDate: '2020-11-02',
        referenceDate: '2024-01-10',
      }),
    ).toEqual({ since: '2020-11-02', years: 3, months: 2, totalMonths: 38 });
  });
  it('completes a month on the same day of the month, or on the last day of a shorter month', () => {
    const length = (from: string, to: string) =>
      relationshipLength({ firstRevenueDate: from, referenceDate: to })?.totalMonths;
    expect(length('2024-01-15', '2024-02-14')).toBe(0);
    expect(length('2024-01-15', '2024-02-15')).toBe(1);
    expect(length('2023-01-31', '2023-02-28')).toBe(1);
    expect(length('2024-01-31', '2024-02-28')).toBe(0);
    expect(length('2024-02-29', '2025-02-28')).toBe(12);
  });
  it('is null without a start date and never negative', () => {
    expect(relationshipLength({ referenceDate: '2024-01-01', firstRevenueDate: null })).toBeNull();
    expect(
      relationshipLength({ firstAssignmentDate: '2025-06-01', referenceDate: '2024-01-01' }),
    ).toEqual({ since: '2025-06-01', years: 0, months: 0, totalMonths: 0 });
  });
});

describe('relationshipReferenceDate', () => {
  const year2025 = { from: '2025-01-01', to: '2025-12-31' };
  it('measures a year that is over to its last day, whenever it is looked at', () => {
    expect(relationshipReferenceDate(year2025, '2026-01-01')).toBe('2025-12-31');
    expect(relationshipReferenceDate(year2025, '2031-07-15')).toBe('2025-12-31');
  });
  it('measures the running year to today, not to an end that has not come', () => {
    expect(relationshipReferenceDate(year2025, '2025-08-07')).toBe('2025-08-07');
    expect(relationshipReferenceDate(year2025, '2025-12-31')).toBe('2025-12-31');
  });
  it('refuses a today that is no date', () => {
    expect(() => relationshipReferenceDate(year2025, '2025-13-01')).toThrow(/today/);
  });
});
