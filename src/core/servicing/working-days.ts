// Working days: Monday to Friday, except the public holidays the firm does not work on and its
// own closing days. Decision 0013 fixes how they are counted:
// - addWorkingDays(date, n) is the n-th working day after the date (the date itself not counted);
// - workingDaysBetween(from, to) counts the working days after `from` up to and including `to`;
// so workingDaysBetween(d, addWorkingDays(d, n)) is n for every date d.
// A norm "within n working days" of a request counts from the day AFTER the request, as the
// Algemene termijnenwet and service-level agreements count a term: the day a request comes in is
// not a day the firm had to answer it in. One rule for every deadline, working days taken and
// lateness: workingDayDeadline, workingDaysTaken and workingDaysLate below, nowhere else.
import { invalidField } from '../errors.ts';
import {
  dayNumberOf,
  isoDateOfDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './calendar-days.ts';
import { defaultHolidayCalendar, holidaysOff, type HolidayCalendar } from './dutch-holidays.ts';

// The days off per calendar and year, read once: a worklist asks about the same few years often.
const daysOffCache = new WeakMap<HolidayCalendar, Map<number, ReadonlySet<number>>>();

function daysOffIn(year: number, calendar: HolidayCalendar): ReadonlySet<number> {
  let byYear = daysOffCache.get(calendar);
  if (byYear === undefined) {
    byYear = new Map();
    daysOffCache.set(calendar, byYear);
  }
  let daysOff = byYear.get(year);
  if (daysOff === undefined) {
    const prefix = `${String(year).padStart(4, '0')}-`;
    daysOff = new Set([
      ...holidaysOff(year, calendar).map((holiday) => dayNumberOf(holiday.date)),
      ...calendar.closedDates
        .filter((date) => date.startsWith(prefix))
        .map((date) => dayNumberOf(date, 'closedDates')),
    ]);
    byYear.set(year, daysOff);
  }
  return daysOff;
}

function isWorkingDayNumber(day: number, calendar: HolidayCalendar): boolean {
  if (weekdayOfDayNumber(day) >= 6) return false;
  return !daysOffIn(yearOfDayNumber(day), calendar).has(day);
}

/** Whether the firm works on the date: a weekday that is no holiday off and no closing day. */
export function isWorkingDay(
  date: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): boolean {
  return isWorkingDayNumber(dayNumberOf(date), calendar);
}

function assertWorkingDayCount(count: number, field: string): void {
  if (!Number.isSafeInteger(count) || count < 0)
    throw invalidField(field, `must be a whole number of working days, 0 or more, got ${count}`);
}

function nthWorkingDayAfter(day: number, count: number, calendar: HolidayCalendar): number {
  let current = day;
  for (let found = 0; found < count;) {
    current += 1;
    if (isWorkingDayNumber(current, calendar)) found += 1;
  }
  return current;
}

/**
 * The n-th working day after the date, the date itself not counted: Friday + 1 is Monday,
 * Saturday + 1 is Monday too. Adding 0 gives the date itself, working day or not.
 */
export function addWorkingDays(
  date: string,
  workingDays: number,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): string {
  assertWorkingDayCount(workingDays, 'workingDays');
  return isoDateOfDayNumber(nthWorkingDayAfter(dayNumberOf(date), workingDays, calendar));
}

/**
 * The working days after `from` up to and including `to`: Friday to the next Tuesday is 2
 * (Monday, Tuesday). 0 on the same day; negative, the same count, when `to` is before `from`.
 */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): number {
  const first = dayNumberOf(from, 'from');
  const last = dayNumberOf(to, 'to');
  const [low, high, sign] = first <= last ? [first, last, 1] : [last, first, -1];
  const count = workingDaysAfterUpTo(low, high, calendar);
  // no working day between, backwards, is 0 and not -0
  return count === 0 ? 0 : sign * count;
}

/**
 * The working days after `low` up to and including `high`: five in every seven days, the
 * weekdays of the days left over, less the days off that fall on a weekday in between. A request
 * open for a year is counted as fast as one done the next day.
 */
function workingDaysAfterUpTo(low: number, high: number, calendar: HolidayCalendar): number {
  const weeks = Math.floor((high - low) / 7);
  let count = weeks * 5;
  for (let day = low + 1 + weeks * 7; day <= high; day += 1)
    if (weekdayOfDayNumber(day) < 6) count += 1;
  if (high <= low) return count;
  for (let year = yearOfDayNumber(low + 1); year <= yearOfDayNumber(high); year += 1)
    for (const dayOff of daysOffIn(year, calendar))
      if (dayOff > low && dayOff <= high && weekdayOfDayNumber(dayOff) < 6) count -= 1;
  return count;
}

/** The first working day on or after the date: the date itself when the firm works then. */
export function firstWorkingDayFrom(
  date: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): string {
  return isoDateOfDayNumber(nthWorkingDayAfter(dayNumberOf(date) - 1, 1, calendar));
}

/**
 * The deadline of a norm "within n working days" (n ≥ 1) of a request: the n-th working day after
 * the request day, which itself does not count. Asked on Friday 7 March 2025 within two working
 * days: Monday 10 March is day 1, Tuesday 11 March day 2 and the deadline. Asked on a Saturday,
 * the same Tuesday.
 */
export function workingDayDeadline(
  requested: string,
  workingDays: number,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): string {
  assertWorkingDayCount(workingDays, 'workingDays');
  if (workingDays === 0) throw invalidField('workingDays', 'a norm is at least 1 working day');
  return addWorkingDays(requested, workingDays, calendar);
}

/**
 * The working days a request took: those after the day it came in, up to and including the day
 * it was done. Asked Friday, sent the next Tuesday is 2; done the same day is 0. Done on or
 * before workingDayDeadline(requested, n) means at most n.
 */
export function workingDaysTaken(
  requested: string,
  done: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): number {
  const first = dayNumberOf(requested, 'requested');
  const last = dayNumberOf(done, 'done');
  if (last < first) throw invalidField('done', 'must not be before the request');
  return workingDaysAfterUpTo(first, last, calendar);
}

/**
 * How many working days past its deadline a request was done, or still is open at the day:
 * counted as a term is, from the day after the deadline. Due Tuesday 11 March 2025 and sent
 * Wednesday the 12th is 1. 0 on or before the deadline; at least 1 after it, also when only
 * days off have passed (sent on the Saturday after a Friday deadline is late).
 */
export function workingDaysLate(
  deadline: string,
  day: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): number {
  const due = dayNumberOf(deadline, 'deadline');
  const at = dayNumberOf(day, 'day');
  if (at <= due) return 0;
  return Math.max(1, workingDaysAfterUpTo(due, at, calendar));
}

/** A call back "the same working day": by the end of the first working day on or after the call. */
export function sameWorkingDayDeadline(
  called: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): string {
  return firstWorkingDayFrom(called, calendar);
}

/**
 * A call back "the next working day": by the end of the first working day after the call's date;
 * a call on Friday or Saturday is due on Monday.
 */
export function nextWorkingDayDeadline(
  called: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): string {
  return addWorkingDays(called, 1, calendar);
}
