import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayNumberOf,
  isoDateOfDayNumber,
  sameDayYearEarlier,
  weekdayOf,
} from './calendar-days.ts';

describe('calendar days', () => {
  it('counts days across months, leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(calendarDaysBetween('2025-03-10', '2025-03-01')).toBe(-9);
  });
  it('knows the weekday, Monday 1 to Sunday 7', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2025-11-24')).toBe(1);
    expect(weekdayOf('2014-04-27')).toBe(7);
    expect(weekdayOf('1969-12-28')).toBe(7);
  });
  it('goes a year back, with 29 February to 28 February', () => {
    expect(sameDayYearEarlier('2025-12-20')).toBe('2024-12-20');
    expect(sameDayYearEarlier('2024-02-29')).toBe('2023-02-28');
  });
  it('refuses what is not a date', () => {
    expect(() => dayNumberOf('2025-02-29')).toThrow(/not a date/);
    expect(() => isoDateOfDayNumber(1.5)).toThrow(/whole number/);
  });
  it('reads back every date it writes', () => {
    const day = fc.integer({ min: dayNumberOf('1000-01-01'), max: dayNumberOf('9999-12-31') });
    fc.assert(
      fc.property(day, (n) => {
        expect(dayNumberOf(isoDateOfDayNumber(n))).toBe(n);
      }),
    );
  });
});
