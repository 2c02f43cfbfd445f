// The Dutch public holidays (feestdagen) of any year, and the firm's holiday calendar: which of
// them it does not work on, and its own closing days. Decision 0013 says why Good Friday is a
// working day and Liberation Day a day off only every five years unless the firm says otherwise.
import { formatIsoDate } from '../portfolio/iso-date.ts';
import { isWholeBetween, repeatedIndexes, type Problem } from '../choosing/problems.ts';
import {
  addCalendarDays,
  dayNumberOf,
  isoDateOfDayNumber,
  weekdayOfDayNumber,
} from './calendar-days.ts';
import { easterSunday } from './easter.ts';

/** In the order of the year. */
export const dutchHolidayKeys = [
  'newYearsDay', // Nieuwjaarsdag
  'goodFriday', // Goede Vrijdag
  'easterSunday', // Eerste Paasdag
  'easterMonday', // Tweede Paasdag
  'kingsDay', // Koningsdag (Koninginnedag until 2013)
  'liberationDay', // Bevrijdingsdag
  'ascensionDay', // Hemelvaartsdag
  'whitSunday', // Eerste Pinksterdag
  'whitMonday', // Tweede Pinksterdag
  'christmasDay', // Eerste Kerstdag
  'boxingDay', // Tweede Kerstdag
] as const;
export type DutchHolidayKey = (typeof dutchHolidayKeys)[number];

/** Bevrijdingsdag off every year, or only in years divisible by five (2025, 2030 …). */
export const liberationDayRules = ['everyYear', 'everyFiveYears'] as const;
export type LiberationDayRule = (typeof liberationDayRules)[number];

/** The days a firm does not work on besides Saturdays and Sundays. */
export type HolidayCalendar = {
  /** The public holidays it does not work on. */
  holidays: readonly DutchHolidayKey[];
  /** When liberationDay is among the holidays: every year or every five years. */
  liberationDay: LiberationDayRule;
  /** The firm's own closing days (YYYY-MM-DD), e.g. between Christmas and New Year. */
  closedDates: readonly string[];
};

/** Every public holiday except Good Friday; Liberation Day off every five years. */
export const defaultHolidayCalendar: HolidayCalendar = {
  holidays: dutchHolidayKeys.filter((key) => key !== 'goodFriday'),
  liberationDay: 'everyFiveYears',
  closedDates: [],
};

export type PublicHoliday = { key: DutchHolidayKey; date: string };

/** The first year with a Gregorian Easter; the holidays are computed from it to 9999. */
export const firstHolidayYear = 1583;
const lastHolidayYear = 9999;

/**
 * The king's (queen's) birthday as celebrated: 27 April from 2014, 26 April when the 27th is a
 * Sunday; 30 April from 1949 to 2013, on the 29th when a Sunday from 1980, on 1 May before;
 * none before 1949 (Wilhelmina's 31 August is not modelled).
 */
function kingsDay(year: number): string | null {
  if (year < 1949) return null;
  const day = (month: number, dayOfMonth: number) =>
    formatIsoDate({ year, month, day: dayOfMonth });
  const birthday = year >= 2014 ? day(4, 27) : day(4, 30);
  if (weekdayOfDayNumber(dayNumberOf(birthday)) !== 7) return birthday;
  return addCalendarDays(birthday, year < 1980 ? 1 : -1);
}

/** Every Dutch public holiday of a year in date order, whether a firm works on it or not. */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  if (!isWholeBetween(year, firstHolidayYear, lastHolidayYear)) return [];
  const easter = dayNumberOf(easterSunday(year));
  const fromEaster = (days: number) => isoDateOfDayNumber(easter + days);
  const fixed = (month: number, day: number) => formatIsoDate({ year, month, day });
  const king = kingsDay(year);
  const holidays: (PublicHoliday | null)[] = [
    { key: 'newYearsDay', date: fixed(1, 1) },
    { key: 'goodFriday', date: fromEaster(-2) },
    { key: 'easterSunday', date: fromEaster(0) },
    { key: 'easterMonday', date: fromEaster(1) },
    king === null ? null : { key: 'kingsDay', date: king },
    year >= 1945 ? { key: 'liberationDay', date: fixed(5, 5) } : null,
    { key: 'ascensionDay', date: fromEaster(39) },
    { key: 'whitSunday', date: fromEaster(49) },
    { key: 'whitMonday', date: fromEaster(50) },
    { key: 'christmasDay', date: fixed(12, 25) },
    { key: 'boxingDay', date: fixed(12, 26) },
  ];
  return holidays
    .filter((holiday) => holiday !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The public holidays of a year the firm does not work on, by its calendar. */
export function holidaysOff(year: number, calendar: HolidayCalendar): PublicHoliday[] {
  const off = new Set(calendar.holidays);
  return dutchPublicHolidays(year).filter(
    (holiday) =>
      off.has(holiday.key) &&
      (holiday.key !== 'liberationDay' || calendar.liberationDay === 'everyYear' || year % 5 === 0),
  );
}

export type HolidayCalendarProblemCode =
  | 'holiday_unknown'
  | 'holiday_duplicate'
  | 'liberation_day_rule_unknown'
  | 'closed_date_invalid'
  | 'closed_date_duplicate';

/** Every problem with a firm's holiday calendar, with the path of the field. */
export function holidayCalendarProblems(
  calendar: HolidayCalendar,
): Problem<HolidayCalendarProblemCode>[] {
  const problems: Problem<HolidayCalendarProblemCode>[] = [];
  calendar.holidays.forEach((key, index) => {
    if (!(dutchHolidayKeys as readonly string[]).includes(key))
      problems.push({ code: 'holiday_unknown', path: ['holidays', index] });
  });
  for (const index of repeatedIndexes(calendar.holidays))
    problems.push({ code: 'holiday_duplicate', path: ['holidays', index] });
  if (!(liberationDayRules as readonly string[]).includes(calendar.liberationDay))
    problems.push({ code: 'liberation_day_rule_unknown', path: ['liberationDay'] });
  calendar.closedDates.forEach((date, index) => {
    if (!isIsoDate(date))
      problems.push({ code: 'closed_date_invalid', path: ['closedDates', index] });
  });
  for (const index of repeatedIndexes(calendar.closedDates))
    problems.push({ code: 'closed_date_duplicate', path: ['closedDates', index] });
  return problems;
}

function isIsoDate(value: string): boolean {
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}
