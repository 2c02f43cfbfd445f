// Calendar dates as ISO strings (YYYY-MM-DD), handled as plain year/month/day numbers: no time
// zone and no clock are involved.
import { invalidField } from '../errors.ts';

export type CalendarDate = { year: number; month: number; day: number };

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/**
 * Reads YYYY-MM-DD (years 1000–9999) into its parts; throws invalid_input for anything else or
 * for a day that does not exist.
 */
export function parseIsoDate(isoDate: string, field = 'date'): CalendarDate {
  // read digit by digit: reports parse a date per client, and a pattern match costs several times more
  if (
    typeof isoDate === 'string' &&
    isoDate.length === 10 &&
    isoDate.charCodeAt(4) === dash &&
    isoDate.charCodeAt(7) === dash
  ) {
    const year = digitsAt(isoDate, 0, 4);
    const month = digitsAt(isoDate, 5, 2);
    const day = digitsAt(isoDate, 8, 2);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))
      return { year, month, day };
  }
  throw invalidField(field, `'${String(isoDate)}' is not a date (YYYY-MM-DD)`);
}

const dash = 0x2d;

/** The number the ASCII digits at start..start+count spell; -1 when one is no digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Writes a date as YYYY-MM-DD. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days since 1970-01-01, for counting days between two dates. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  // the proleptic Gregorian count in 400-year eras (March-based years put the leap day last),
  // the same as Date.UTC gives divided by a day's milliseconds, without building a date
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (days since 1970-01-01): dayNumber read backwards. */
export function calendarDateOfDayNumber(dayCount: number): CalendarDate {
  // the same 400-year eras of March-based years, so that the leap day falls last
  const shifted = dayCount + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
