import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDateOfDayNumber,
  dayNumber,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from './iso-date.ts';

describe('ISO dates', () => {
  it('reads and writes YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatIsoDate({ year: 2025, month: 3, day: 1 })).toBe('2025-03-01');
  });
  it('refuses days that do not exist and other formats', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(/not a date/);
    expect(() => parseIsoDate('2024-13-01')).toThrow(/not a date/);
    expect(() => parseIsoDate('31-12-2024')).toThrow(/not a date/);
    expect(() => parseIsoDate('0099-01-01')).toThrow(/not a date/);
    for (const wrong of [
      '2024-1-015',
      '2024-01-1x',
      '２０２４-01-01',
      '2024-01-01\n',
      ' 2024-01-01',
      '2024/01/01',
    ])
      expect(() => parseIsoDate(wrong)).toThrow(/not a date/);
  });
  it('reads exactly the dates YYYY-MM-DD names, as a pattern would (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom(...'0123456789-x') }),
        (text) => {
          const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
          const [year, month, day] = match ? match.slice(1).map(Number) : [0, 0, 0];
          const valid =
            !!match &&
            year! >= 1000 &&
            month! >= 1 &&
            month! <= 12 &&
            day! >= 1 &&
            day! <= daysInMonth(year!, month!);
          if (valid) expect(parseIsoDate(text)).toEqual({ year, month, day });
          else expect(() => parseIsoDate(text)).toThrow(/not a date/);
        },
      ),
    );
  });
  it('counts days since 1970-01-01 as the UTC calendar does (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const parts = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
          };
          expect(dayNumber(parts)).toBe(
            Date.UTC(parts.year, parts.month - 1, parts.day) / 86_400_000,
          );
        },
      ),
    );
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 2000, month: 3, day: 1 })).toBe(11_017);
  });
  it('reads a day number back into the date the UTC calendar gives (property)', () => {
    const first = Date.UTC(1000, 0, 1) / 86_400_000;
    const last = Date.UTC(9999, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (dayCount) => {
        const date = new Date(dayCount * 86_400_000);
        const parts = calendarDateOfDayNumber(dayCount);
        expect(parts).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(dayNumber(parts)).toBe(dayCount);
      }),
    );
    // the leap days and the turns of the years around them
    for (const date of ['2000-02-29', '2000-03-01', '1900-02-28', '1900-03-01', '2024-12-31'])
      expect(formatIsoDate(calendarDateOfDayNumber(dayNumber(parseIsoDate(date))))).toBe(date);
  });
  it('knows the length of months, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
});
