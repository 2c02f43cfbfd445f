// Requests with a norm in working days, method.md §5: a proposal sent within the category's
// turnaround, a call returned within its call-back time. Each is on time or late once done, and
// while open either still within its deadline or overdue at the given day.
import { defaultHolidayCalendar, type HolidayCalendar } from './dutch-holidays.ts';
import type { CallBackNorm } from './service-concept.ts';
import {
  nextWorkingDayDeadline,
  sameWorkingDayDeadline,
  workingDayDeadline,
  workingDaysLate,
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
  /** Working days after the request day up to the day it was done; null while open. */
  workingDaysTaken: number | null;
  status: RequestStatus;
  /** True when on time, false when late or overdue, null while open or without a norm. */
  withinNorm: boolean | null;
  /**
   * Working days past the deadline it was done, or is still open at today (workingDaysLate);
   * 0 otherwise.
   */
  workingDaysOverdue: number;
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
  const workingDaysOverdue =
    deadline === null ? 0 : workingDaysLate(deadline, done ?? today, calendar);
  const status: RequestStatus =
    deadline === null
      ? 'noNorm'
      : done === null
        ? workingDaysOverdue > 0
          ? 'overdue'
          : 'open'
        : workingDaysOverdue > 0
          ? 'late'
          : 'onTime';
  const withinNorm =
    status === 'onTime' ? true : status === 'late' || status === 'overdue' ? false : null;
  return { deadline, workingDaysTaken: taken, status, withinNorm, workingDaysOverdue };
}

/**
 * A proposal against the category's turnaround in working days (null: no norm), counted from the
 * day after the request: asked on Friday 7 March 2025 within two working days is due Tuesday
 * 11 March, on time when sent then and one working day late when sent on Wednesday the 12th.
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
