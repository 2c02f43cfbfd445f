import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clientValueFromYear,
  fiscalYearOf,
  fiscalYearRange,
  fractionOfFiscalYearElapsed,
} from './fiscal-year.ts';
import { formatIsoDate } from './iso-date.ts';

describe('fiscalYearOf', () => {
  it('names a fiscal year by the calendar year in which it starts', () => {
    expect(fiscalYearOf('2024-03-31', 4)).toBe(2023);
    expect(fiscalYearOf('2024-04-01', 4)).toBe(2024);
    expect(fiscalYearOf('2024-12-31', 4)).toBe(2024);
  });
  it('is the calendar year when the fiscal year starts in January (the default)', () => {
    expect(fiscalYearOf('2024-01-01')).toBe(2024);
    expect(fiscalYearOf('2024-12-31', 1)).toBe(2024);
  });
  it('refuses a start month outside 1–12 and a bad date', () => {
    expect(() => fiscalYearOf('2024-01-01', 0)).toThrow(/month/);
    expect(() => fiscalYearOf('2024-01-01', 13)).toThrow(/month/);
    expect(() => fiscalYearOf('2024-02-30', 4)).toThrow(/not a date/);
  });
});

describe('fiscalYearRange', () => {
  it('runs from the first day of the start month to the day before it a year later', () => {
    expect(fiscalYearRange(2024, 4)).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(fiscalYearRange(2023, 3)).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(fiscalYearRange(2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(fiscalYearRange(2024, 12)).toEqual({ from: '2024-12-01', to: '2025-11-30' });
  });
  it('contains every date whose fiscal year it is, and no other', () => {
    const date = fc
      .record({
        year: fc.integer({ min: 1990, max: 2090 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      })
      .map(formatIsoDate);
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 12 }), (isoDate, startMonth) => {
        const year = fiscalYearOf(isoDate, startMonth);
        const range = fiscalYearRange(year, startMonth);
        expect(range.from <= isoDate && isoDate <= range.to).toBe(true);
        const next = fiscalYearRange(year + 1, startMonth);
        expect(isoDate < next.from).toBe(true);
      }),
    );
  });
});

describe('fractionOfFiscalYearElapsed', () => {
  it('counts the days up to and including the date', () => {
    const elapsed = (date: string) =>
      fractionOfFiscalYearElapsed({ date, year: 2024, fiscalYearStartMonth: 4 });
    expect(elapsed('2024-04-01')).toBeCloseTo(1 / 365, 12);
    expect(elapsed('2024-09-30')).toBeCloseTo(183 / 365, 12);
    expect(elapsed('2025-03-31')).toBe(1);
    expect(elapsed('2024-03-31')).toBe(0);
    expect(elapsed('2026-01-01')).toBe(1);
  });
});

describe('clientValueFromYear', () => {
  it("reads a client's value from the fiscal year before on", () => {
    expect(clientValueFromYear(2026)).toBe(2025);
    // a firm whose year starts in April, on 2026-02-15: fiscal year 2025, value from 2024 on
    expect(clientValueFromYear(fiscalYearOf('2026-02-15', 4))).toBe(2024);
  });
});
