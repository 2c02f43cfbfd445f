// Dates as accounting packages export them, read into ISO dates (YYYY-MM-DD). Only the calendar
// day counts: times and time zones written after it are dropped, never converted.
import { searchKey } from '../search-key.ts';
import { cellText, isoDateOf, quoteCell } from './cell.ts';
import { because, type ProblemReason } from './problem-reason.ts';

/** The order of day, month and year in a column's numeric dates; Dutch exports are day-first. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

export type DateReading = { ok: true; date: string } | ({ ok: false } & ProblemReason);

const MONTHS = new Map<string, number>(
  (
    [
      ['jan januari january', 1],
      ['feb februari february', 2],
      ['mrt mar maart march', 3],
      ['apr april', 4],
      ['mei may', 5],
      ['jun juni june', 6],
      ['jul juli july', 7],
      ['aug augustus august', 8],
      ['sep sept september', 9],
      ['okt oct oktober october', 10],
      ['nov november', 11],
      ['dec december', 12],
    ] as const
  ).flatMap(([names, month]) => names.split(' ').map((name) => [name, month] as const)),
);

const DAY_MS = 86_400_000;
const LAST_EXCEL_DAY = 2_958_465; // 9999-12-31
const TIME_OF_DAY =
  /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/i;
const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$/;
// No date is written in more characters; longer texts are refused before any pattern runs.
const MAX_TEXT = 64;

/**
 * A date cell as an ISO date: "31-12-2024", "31/12/2024", "31.12.2024", "2024-12-31",
 * "2024/12/31", "20241231", "31-12-24", "31 dec 2024", "31 december 2024", ISO with a time,
 * Excel serial numbers (1900 date system) and Date objects (their UTC parts). Two-digit years
 * follow POSIX: 69–99 are 1969–1999, 00–68 are 2000–2068.
 */
export function parseDate(value: unknown, order: DateOrder = 'dmy'): DateReading {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? notADate(value) : { ok: true, date: isoDateOf(value) };
  }
  if (typeof value === 'number') {
    const compact = Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999;
    return compact ? compactDate(String(value), order) : excelSerialDate(value);
  }
  const text = cellText(value);
  if (text === '') return { ok: false, ...because('date.empty') };
  if (typeof value !== 'string' || text.length > MAX_TEXT) return notADate(text);
  const day = text.replace(TIME_OF_DAY, '');
  if (/^\d{5}(?:[.,]\d+)?$/.test(day)) return excelSerialDate(Number(day.replace(',', '.')));
  if (/^\d{8}$/.test(day)) return compactDate(day, order);
  const numeric = NUMERIC_DATE.exec(day);
  if (numeric) return numericDate(numeric[1] ?? '', numeric[3] ?? '', numeric[4] ?? '', order);
  return namedMonthDate(day);
}

/**
 * parseDate for one column of a file, remembering the readings of texts it has seen: an export
 * repeats the same few thousand dates over all its lines.
 */
export function createDateReader(order: DateOrder): (value: unknown) => DateReading {
  let readings = new Map<string, DateReading>();
  return (value) => {
    if (typeof value !== 'string') return parseDate(value, order);
    let reading = readings.get(value);
    if (reading === undefined) {
      reading = parseDate(value, order);
      if (readings.size >= 10_000) readings = new Map();
      readings.set(value, reading);
    }
    return reading;
  };
}

/**
 * The order of a column's dates: a value whose first part is above 12 makes it day-first, one
 * whose second part is, month-first; four-digit years in front make it year-first. Default dmy.
 */
export function detectDateOrder(samples: readonly unknown[]): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  let yearFirst = 0;
  let numeric = 0;
  for (const sample of samples) {
    if (typeof sample !== 'string' || sample.length > MAX_TEXT) continue;
    const parts = NUMERIC_DATE.exec(sample.trim().replace(TIME_OF_DAY, ''));
    if (!parts) continue;
    numeric += 1;
    if (parts[1]?.length === 4) yearFirst += 1;
    else if (Number(parts[1]) > 12) dayFirst += 1;
    else if (Number(parts[3]) > 12) monthFirst += 1;
  }
  if (numeric > 0 && yearFirst === numeric) return 'ymd';
  return monthFirst > dayFirst ? 'mdy' : 'dmy';
}

/**
 * An Excel serial day number (1900 date system) as an ISO date: 1 is 1900-01-01, 45657 is
 * 2024-12-31. Excel counts a 29 February 1900 that never was (day 60), so later days are one
 * less than their count from 1900-01-01; day 60 itself is refused.
 */
export function excelSerialDate(serial: number): DateReading {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > LAST_EXCEL_DAY) return notADate(String(serial));
  if (day === 60) return { ok: false, ...because('date.excelDay60') };
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return { ok: true, date: isoDateOf(new Date(epoch + day * DAY_MS)) };
}

/** "20241231" (year first when it reads as one) or "31122024" in the column's order. */
function compactDate(digits: string, order: DateOrder): DateReading {
  const year = Number(digits.slice(0, 4));
  const yearFirst = calendarDate(year, digits.slice(4, 6), digits.slice(6), digits);
  if (order === 'ymd' || (yearFirst.ok && year >= 1900 && year < 2200)) return yearFirst;
  return numericDate(digits.slice(0, 2), digits.slice(2, 4), digits.slice(4), order, digits);
}

function numericDate(
  first: string,
  second: string,
  last: string,
  order: DateOrder,
  text?: string,
): DateReading {
  const written = text ?? [first, second, last].join('-');
  if (first.length === 4) {
    return last.length <= 2
      ? calendarDate(Number(first), second, last, written)
      : notADate(written);
  }
  if (first.length > 2 || (last.length !== 2 && last.length !== 4)) return notADate(written);
  if (order === 'ymd' && last.length === 2) {
    return calendarDate(fullYear(first), second, last, written);
  }
  const year = fullYear(last);
  const [day, month] = order === 'mdy' ? [second, first] : [first, second];
  const reading = calendarDate(year, month, day, written);
  if (!reading.ok && calendarDate(year, day, month, written).ok) {
    const code = order === 'mdy' ? 'date.notMonthDayYear' : 'date.notDayMonthYear';
    return { ok: false, ...because(code, { cell: quoteCell(written) }) };
  }
  return reading;
}

/** "31 december 2024", "31-dec-24", "Dec 31, 2024". */
function namedMonthDate(text: string): DateReading {
  const words = searchKey(text)
    .split(/[\s,./-]+/)
    .filter(Boolean);
  const [a = '', b = '', c = ''] = words;
  const monthFirst = MONTHS.get(a);
  const month = monthFirst ?? MONTHS.get(b);
  const day = monthFirst === undefined ? a : b;
  if (
    words.length !== 3 ||
    month === undefined ||
    !/^\d{1,2}$/.test(day) ||
    !/^\d{2}(\d{2})?$/.test(c)
  ) {
    return notADate(text);
  }
  return calendarDate(fullYear(c), String(month), day, text);
}

function calendarDate(year: number, month: string, day: string, text: string): DateReading {
  const [m, d] = [Number(month), Number(day)];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (year < 1000 || year > 9999 || m < 1 || m > 12 || d < 1 || d > lastDay) {
    return { ok: false, ...because('date.notExisting', { cell: quoteCell(text) }) };
  }
  return { ok: true, date: `${year}-${twoDigits(m)}-${twoDigits(d)}` };
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Two-digit years as POSIX reads them (69–99 → 1969–1999, 00–68 → 2000–2068). */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length !== 2) return year;
  return year >= 69 ? 1900 + year : 2000 + year;
}

const notADate = (value: unknown): DateReading => ({
  ok: false,
  ...because('date.notADate', { cell: quoteCell(value) }),
});
