// A firm's fiscal year (boekjaar) may start on the first of any month. A fiscal year is named by
// the calendar year in which it starts: with a start in April, fiscal year 2024 runs from
// 2024-04-01 to 2025-03-31. A start in January gives the calendar year.
import { invalidField } from '../errors.ts';
import { dayNumber, daysInMonth, formatIsoDate, parseIsoDate } from './iso-date.ts';

function assertStartMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalidField('fiscalYearStartMonth', `must be a month from 1 to 12, got ${month}`);
  }
}

/** The fiscal year a date falls in (start month 4: 2024-03-31 → 2023, 2024-04-01 → 2024). */
export function fiscalYearOf(isoDate: string, fiscalYearStartMonth = 1): number {
  assertStartMonth(fiscalYearStartMonth);
  const { year, month } = parseIsoDate(isoDate);
  return month >= fiscalYearStartMonth ? year : year - 1;
}

/** The first and the last day of a fiscal year, both inclusive. */
export function fiscalYearRange(
  year: number,
  fiscalYearStartMonth = 1,
): { from: string; to: string } {
  assertStartMonth(fiscalYearStartMonth);
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw invalidField('year', `must be a year from 1000 to 9998, got ${year}`);
  }
  const from = formatIsoDate({ year, month: fiscalYearStartMonth, day: 1 });
  const lastMonth = fiscalYearStartMonth === 1 ? 12 : fiscalYearStartMonth - 1;
  const lastYear = fiscalYearStartMonth === 1 ? year : year + 1;
  const to = formatIsoDate({
    year: lastYear,
    month: lastMonth,
    day: daysInMonth(lastYear, lastMonth),
  });
  return { from, to };
}

/**
 * How much of a fiscal year has passed at the end of a given day: days up to and including the
 * date / days in the fiscal year; 0 before the year starts and 1 from its last day on. For
 * comparing actuals so far against a year's plan.
 */
export function fractionOfFiscalYearElapsed(input: {
  date: string;
  year: number;
  fiscalYearStartMonth?: number;
}): number {
  const { from, to } = fiscalYearRange(input.year, input.fiscalYearStartMonth ?? 1);
  const first = dayNumber(parseIsoDate(from));
  const last = dayNumber(parseIsoDate(to));
  const day = dayNumber(parseIsoDate(input.date));
  const elapsed = Math.min(Math.max(day - first + 1, 0), last - first + 1);
  return elapsed / (last - first + 1);
}

/**
 * The first fiscal year whose revenue can give a client its value in a fiscal year: its value is
 * the revenue of its latest fiscal year from the one before on. The worklist ranks by it (in the
 * fiscal year of its day) and compliance names the clients that fall short by it: both take it
 * from here, so they agree.
 */
export function clientValueFromYear(fiscalYear: number): number {
  return fiscalYear - 1;
}
