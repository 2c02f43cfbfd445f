// ISO weeks (Monday to Sunday) of calendar dates, for what happens once a week such as the
// weekly digest.
import { addCalendarDays, weekdayOf } from '../servicing/calendar-days.ts';

/** The Monday that starts the ISO week of a date. */
export function startOfIsoWeek(isoDate: string): string {
  return addCalendarDays(isoDate, 1 - weekdayOf(isoDate));
}

/** The Sunday that ends the ISO week of a date. */
export function endOfIsoWeek(isoDate: string): string {
  return addCalendarDays(isoDate, 7 - weekdayOf(isoDate));
}

/** Whether two dates fall in the same ISO week. */
export function sameIsoWeek(a: string, b: string): boolean {
  return startOfIsoWeek(a) === startOfIsoWeek(b);
}
