import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, weekdayOf } from '../servicing/calendar-days.ts';
import { isoWeekNumber, sameIsoWeek, startOfIsoWeek } from './iso-week.ts';

describe('ISO weeks', () => {
  it('runs from Monday to Sunday, also across a year end', () => {
    expect(startOfIsoWeek('2026-11-26')).toBe('2026-11-23');
    expect(startOfIsoWeek('2027-01-01')).toBe('2026-12-28');
    expect(startOfIsoWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfIsoWeek('2026-11-29')).toBe('2026-11-23');
  });

  it('puts a Sunday and the next Monday in different weeks', () => {
    expect(sameIsoWeek('2026-11-29', '2026-11-30')).toBe(false);
    expect(sameIsoWeek('2026-11-23', '2026-11-29')).toBe(true);
  });

  it('numbers weeks as ISO 8601 does, the first holding the year’s first Thursday', () => {
    expect(isoWeekNumber('2026-11-26')).toBe(48);
    expect(isoWeekNumber('2026-01-01')).toBe(1);
    expect(isoWeekNumber('2021-01-03')).toBe(53);
    expect(isoWeekNumber('2024-12-30')).toBe(1);
    expect(isoWeekNumber('2020-12-31')).toBe(53);
  });

  it('always starts on a Monday, the date at most six days after it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const day = addCalendarDays('1990-01-01', offset);
        const start = startOfIsoWeek(day);
        expect(weekdayOf(start)).toBe(1);
        expect(calendarDaysBetween(start, day)).toBeGreaterThanOrEqual(0);
        expect(calendarDaysBetween(start, day)).toBeLessThanOrEqual(6);
        expect(sameIsoWeek(day, start)).toBe(true);
      }),
    );
  });
});
