// Day arithmetic on ISO calendar dates (YYYY-MM-DD): days are counted as whole numbers since
// 1970-01-01, so no time zone, no clock and no daylight-saving hour is involved.
import { invalidField } from '../errors.ts';
import {
  calendarDateOfDayNumber,
  dayNumber,
  formatIsoDate,
  parseIsoDate,
} from '../portfolio/iso-date.ts';

/** The year a day number (days since 1970-01-01) falls in. */
export function yearOfDayNumber(day: number): number {
  return calendarDateOfDayNumber(day).year;
}

/** Days since 1970-01-01 of a YYYY-MM-DD date; throws invalid_input for anything else. */
export function dayNumberOf(isoDate: string, field = 'date'): number {
  return dayNumber(parseIsoDate(isoDate, field));
}

/** The YYYY-MM-DD date of a day number (days since 1970-01-01). */
export function isoDateOfDayNumber(day: number): string {
  if (!Number.isSafeInteger(day)) throw invalidField('day', `must be a whole number, got ${day}`);
  return formatIsoDate(calendarDateOfDayNumber(day));
}

/** The date a number of calendar days later (earlier when negative). */
export function addCalendarDays(isoDate: string, days: number): string {
  return isoDateOfDayNumber(dayNumberOf(isoDate) + days);
}

/** Calendar days from one date to another: 0 on the same day, negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumberOf(to, 'to') - dayNumberOf(from, 'from');
}

/** ISO weekday: 1 Monday … 6 Saturday, 7 Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(day: number): IsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** The ISO weekday of a date. */
export function weekdayOf(isoDate: string): IsoWeekday {
  return weekdayOfDayNumber(dayNumberOf(isoDate));
}

/** The same day of the month a year earlier; 29 February goes to 28 February. */
export function sameDayYearEarlier(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const leapDayLost = month === 2 && day === 29;
  return formatIsoDate({ year: year - 1, month, day: leapDayLost ? 28 : day });
}
