// ISO weeks (Monday to Sunday) of calendar dates, for what happens once a week such as the
// weekly digest.
import { addCalendarDays, calendarDaysBetween, weekdayOf } from '../servicing/calendar-days.ts';

/** The Monday that starts the ISO week of a date. */
export function startOfIsoWeek(isoDate: string): string {
  return addCalendarDays(isoDate, 1 - weekdayOf(isoDate));
}

/** Whether two dates fall in the same ISO week. */
export function sameIsoWeek(a: string, b: string): boolean {
  return startOfIsoWeek(a) === startOfIsoWeek(b);
}

/** The ISO week number (1–53) of a date: the week holding the year's first Thursday is week 1. */
export function isoWeekNumber(isoDate: string): number {
  const thursday = addCalendarDays(startOfIsoWeek(isoDate), 3);
  const januaryFirst = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(calendarDaysBetween(januaryFirst, thursday) / 7) + 1;
}
