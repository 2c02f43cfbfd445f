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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    year < 1000 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw invalidField(field, `'${isoDate}' is not a date (YYYY-MM-DD)`);
  }
  return { year, month, day };
}

/** Writes a date as YYYY-MM-DD. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01, for counting days between two dates. */
export function dayNumber({ year, month, day }: CalendarDate): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
