import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './calendar-days.ts';
import {
  defaultHolidayCalendar,
  dutchHolidayKeys,
  dutchPublicHolidays,
  holidayCalendarProblems,
  holidaysOff,
  type HolidayCalendar,
} from './dutch-holidays.ts';

const dateOf = (year: number, key: string) =>
  dutchPublicHolidays(year).find((holiday) => holiday.key === key)?.date;

describe('dutchPublicHolidays', () => {
  it('lists the eleven holidays of 2025 in date order', () => {
    expect(dutchPublicHolidays(2025)).toEqual([
      { key: 'newYearsDay', date: '2025-01-01' },
      { key: 'goodFriday', date: '2025-04-18' },
      { key: 'easterSunday', date: '2025-04-20' },
      { key: 'easterMonday', date: '2025-04-21' },
      { key: 'kingsDay', date: '2025-04-26' }, // the 27th is a Sunday
      { key: 'liberationDay', date: '2025-05-05' },
      { key: 'ascensionDay', date: '2025-05-29' },
      { key: 'whitSunday', date: '2025-06-08' },
      { key: 'whitMonday', date: '2025-06-09' },
      { key: 'christmasDay', date: '2025-12-25' },
      { key: 'boxingDay', date: '2025-12-26' },
    ]);
  });
  it('moves Koningsdag to Saturday 26 April when the 27th is a Sunday, as in 2014', () => {
    expect(dateOf(2014, 'kingsDay')).toBe('2014-04-26');
    expect(dateOf(2026, 'kingsDay')).toBe('2026-04-27');
  });
  it('keeps Koninginnedag on 30 April before 2014: the 29th when a Sunday, before 1980 1 May', () => {
    expect(dateOf(2013, 'kingsDay')).toBe('2013-04-30');
    expect(dateOf(2006, 'kingsDay')).toBe('2006-04-29');
    expect(dateOf(1978, 'kingsDay')).toBe('1978-05-01');
    expect(dateOf(1948, 'kingsDay')).toBeUndefined();
  });
  it('puts Ascension on a Thursday and the second Easter and Whit days on a Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        expect(weekdayOf(dateOf(year, 'ascensionDay') ?? '')).toBe(4);
        expect(weekdayOf(dateOf(year, 'easterMonday') ?? '')).toBe(1);
        expect(weekdayOf(dateOf(year, 'whitMonday') ?? '')).toBe(1);
        expect(weekdayOf(dateOf(year, 'goodFriday') ?? '')).toBe(5);
      }),
    );
  });
  it('knows no holidays outside the Gregorian years it computes', () => {
    expect(dutchPublicHolidays(1582)).toEqual([]);
  });
});

describe('holidaysOff', () => {
  const keysOff = (year: number, calendar: HolidayCalendar) =>
    holidaysOff(year, calendar).map((holiday) => holiday.key);
  it('by default works on Good Friday, and on Liberation Day except every five years', () => {
    expect(keysOff(2025, defaultHolidayCalendar)).toContain('liberationDay');
    expect(keysOff(2026, defaultHolidayCalendar)).not.toContain('liberationDay');
    expect(keysOff(2026, defaultHolidayCalendar)).not.toContain('goodFriday');
    expect(keysOff(2026, defaultHolidayCalendar)).toHaveLength(9);
  });
  it('follows the firm: Good Friday off, Liberation Day every year, or no King’s Day', () => {
    const calendar: HolidayCalendar = {
      holidays: dutchHolidayKeys.filter((key) => key !== 'kingsDay'),
      liberationDay: 'everyYear',
      closedDates: [],
    };
    expect(keysOff(2026, calendar)).toEqual(dutchHolidayKeys.filter((key) => key !== 'kingsDay'));
  });
});

describe('holidayCalendarProblems', () => {
  it('accepts the default calendar', () => {
    expect(holidayCalendarProblems(defaultHolidayCalendar)).toEqual([]);
  });
  it('names every problem with its path', () => {
    const calendar = {
      holidays: ['christmasDay', 'sinterklaas', 'christmasDay'],
      liberationDay: 'everyTenYears',
      closedDates: ['2025-12-29', '2025-02-30', '2025-12-29'],
    } as unknown as HolidayCalendar;
    expect(holidayCalendarProblems(calendar)).toEqual([
      { code: 'holiday_unknown', path: ['holidays', 1] },
      { code: 'holiday_duplicate', path: ['holidays', 2] },
      { code: 'liberation_day_rule_unknown', path: ['liberationDay'] },
      { code: 'closed_date_invalid', path: ['closedDates', 1] },
      { code: 'closed_date_duplicate', path: ['closedDates', 2] },
    ]);
  });
});
