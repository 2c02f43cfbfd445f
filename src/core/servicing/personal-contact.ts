// Personal contact with a client, method.md §5 and §14: the last personal contact against the
// category's interval, and the number of personal contacts a year against its minimum.
import { invalidField } from '../errors.ts';
import { addCalendarDays, calendarDaysBetween, dayNumberOf } from './calendar-days.ts';
import type { ActivityType } from './four-ps.ts';

/** The types of activity in which the professional speaks with the client: a personal contact. */
export const personalContactTypes = [
  'visit',
  'call',
  'meeting',
  'evaluation',
] as const satisfies readonly ActivityType[];

/** Whether an activity of the type is a personal contact. */
export function isPersonalContact(type: ActivityType): boolean {
  return (personalContactTypes as readonly ActivityType[]).includes(type);
}

/** notDue: before the due date; due: on it; overdue: after it; noNorm: no interval. */
export type ContactStatus = 'notDue' | 'due' | 'overdue' | 'noNorm';

export type ContactCheck = {
  /** The last day of the interval: last contact (or since) + interval; null without a norm. */
  dueDate: string | null;
  /** Calendar days since the last personal contact; null when there was none. */
  daysSinceContact: number | null;
  status: ContactStatus;
  /** Calendar days past the due date at today; 0 when not overdue. */
  daysOverdue: number;
};

/**
 * The last personal contact against the interval at a given day. Without any contact the interval
 * runs from `since` (when the client was assigned). 60 days after the last contact under a 60-day
 * interval it is due, after 61 overdue by one day.
 */
export function personalContactCheck(input: {
  lastContact: string | null;
  since: string;
  intervalDays: number | null;
  today: string;
}): ContactCheck {
  const { lastContact, intervalDays, today } = input;
  const from = lastContact ?? input.since;
  dayNumberOf(from, lastContact === null ? 'since' : 'lastContact');
  if (intervalDays === null) return contactCheckOfDue(null, lastContact, today);
  if (!Number.isSafeInteger(intervalDays) || intervalDays < 1)
    throw invalidField(
      'intervalDays',
      `must be a whole number of days, 1 or more, got ${intervalDays}`,
    );
  return contactCheckOfDue(addCalendarDays(from, intervalDays), lastContact, today);
}

/** The check at today of personal contact due on a day (null: no norm makes it due). */
export function contactCheckOfDue(
  dueDate: string | null,
  lastContact: string | null,
  today: string,
): ContactCheck {
  const daysSinceContact = lastContact === null ? null : calendarDaysBetween(lastContact, today);
  if (dueDate === null)
    return { dueDate: null, daysSinceContact, status: 'noNorm', daysOverdue: 0 };
  const past = calendarDaysBetween(dueDate, today);
  const status: ContactStatus = past < 0 ? 'notDue' : past === 0 ? 'due' : 'overdue';
  return { dueDate, daysSinceContact, status, daysOverdue: Math.max(0, past) };
}

export type ContactCount = { count: number; minimum: number; met: boolean; missing: number };

/** The personal contacts within a period (both ends included) against a minimum, e.g. 2 a year. */
export function personalContactsInPeriod(input: {
  contactDates: readonly string[];
  from: string;
  to: string;
  minimum: number;
}): ContactCount {
  const first = dayNumberOf(input.from, 'from');
  const last = dayNumberOf(input.to, 'to');
  const count = input.contactDates.filter((date) => {
    const day = dayNumberOf(date, 'contactDates');
    return day >= first && day <= last;
  }).length;
  const missing = Math.max(0, input.minimum - count);
  return { count, minimum: input.minimum, met: missing === 0, missing };
}
