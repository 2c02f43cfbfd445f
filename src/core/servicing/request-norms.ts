// Requests with a norm in working days, method.md §5: a proposal sent within the category's
// turnaround, a call returned within its call-back time. Each is on time or late once done, and
// while open either still within its deadline or overdue at the given day.
import { calendarDaysBetween } from './calendar-days.ts';
import { defaultHolidayCalendar, type HolidayCalendar } from './dutch-holidays.ts';
import type { CallBackNorm } from './service-concept.ts';
import {
  nextWorkingDayDeadline,
  sameWorkingDayDeadline,
  workingDayDeadline,
  workingDaysTaken,
} from './working-days.ts';

/**
 * onTime / late: done, on or before the deadline or after it; open: not done and the deadline
 * not passed; overdue: not done and the deadline passed; noNorm: no deadline to judge against.
 */
export type RequestStatus = 'onTime' | 'late' | 'open' | 'overdue' | 'noNorm';

export type RequestCheck = {
  /** The last day it is on time; null without a norm. */
  deadline: string | null;
  /** Working days from request to done, both counted; null while open. */
  workingDaysTaken: number | null;
  status: RequestStatus;
  /** True when on time, false when late or overdue, null while open or without a norm. */
  withinNorm: boolean | null;
  /** Calendar days after the deadline it was done, or is still open at today; 0 otherwise. */
  daysOverdue: number;
};

export type RequestInput = {
  requested: string;
  /** The day it was done; null while open. */
  done: string | null;
  /** The day the question is asked: the caller passes it in. */
  today: string;
  calendar?: HolidayCalendar;
};

/** Judges a request against a deadline (null: no norm). */
export function checkRequest(input: RequestInput & { deadline: string | null }): RequestCheck {
  const { requested, done, today, deadline } = input;
  const calendar = input.calendar ?? defaultHolidayCalendar;
  const taken = done === null ? null : workingDaysTaken(requested, done, calendar);
  const overdueAt = (day: string) =>
    deadline === null ? 0 : Math.max(0, calendarDaysBetween(deadline, day));
  const daysOverdue = overdueAt(done ?? today);
  const status: RequestStatus =
    deadline === null
      ? 'noNorm'
      : done === null
        ? daysOverdue > 0
          ? 'overdue'
          : 'open'
        : daysOverdue > 0
          ? 'late'
          : 'onTime';
  const withinNorm =
    status === 'onTime' ? true : status === 'late' || status === 'overdue' ? false : null;
  return { deadline, workingDaysTaken: taken, status, withinNorm, daysOverdue };
}

/**
 * A proposal against the category's turnaround in working days (null: no norm), the request day
 * counting as the first: requested on a Friday and sent the next Tuesday is late against two
 * working days and on time against five.
 */
export function proposalCheck(
  input: RequestInput & { turnaroundWorkingDays: number | null },
): RequestCheck {
  const { turnaroundWorkingDays: norm, calendar = defaultHolidayCalendar } = input;
  const { requested, done, today } = input;
  const deadline = norm === null ? null : workingDayDeadline(requested, norm, calendar);
  return checkRequest({ requested, done, today, calendar, deadline });
}

/** The last day a call may be returned under a call-back norm; null when it sets no deadline. */
export function callBackDeadline(
  called: string,
  norm: CallBackNorm,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): string | null {
  switch (norm) {
    case 'sameWorkingDay':
      return sameWorkingDayDeadline(called, calendar);
    case 'nextWorkingDay':
      return nextWorkingDayDeadline(called, calendar);
    case 'asSoonAsPossible':
    case 'none':
      return null;
  }
}

/** A call-back request against the category's call-back norm. */
export function callBackCheck(input: RequestInput & { norm: CallBackNorm }): RequestCheck {
  const { requested, done, today, calendar = defaultHolidayCalendar } = input;
  const deadline = callBackDeadline(requested, input.norm, calendar);
  return checkRequest({ requested, done, today, calendar, deadline });
}
