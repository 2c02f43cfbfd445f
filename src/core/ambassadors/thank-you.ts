// Reward ambassadors for their role (method.md §10): when a client someone referred becomes a
// client, the relationship manager of the referrer thanks them personally, a person-P activity
// (method §6) at the referrer's organisation. Decision 0035 sets the term.
import { addCalendarDays } from '../servicing/calendar-days.ts';
import type { FourP } from '../servicing/four-ps.ts';

/** The thank-you is due within 14 days of the referred client's start. */
export const thankYouWithinDays = 14;

/** Referrals that started longer ago than this are no longer asked to be thanked for. */
export const thankYouLookbackDays = 365;

export type ThankYouCheck = {
  referredOrganizationId: string;
  referrerOrganizationId: string;
  /** On the list from the day the referred client started. */
  dueFrom: string;
  /** Due by this day: the start plus 14 days. */
  dueOn: string;
};

/**
 * The thank-yous owed at today: each referred client that became a client (startedOn) in the
 * last year, not after today, with no done person-P activity at the referrer's organisation on
 * or after that day. A thank-you logged for one referral covers every referral of the referrer
 * that started on or before it: one conversation thanks for all of them.
 */
export function thankYousDue(
  referred: readonly {
    organizationId: string;
    referrerOrganizationId: string;
    startedOn: string | null;
  }[],
  activities: readonly {
    organizationId: string;
    p: FourP | null;
    status: string;
    onDate: string;
  }[],
  today: string,
): ThankYouCheck[] {
  const lastThanked = new Map<string, string>();
  for (const activity of activities) {
    if (activity.status !== 'done' || activity.p !== 'person') continue;
    const last = lastThanked.get(activity.organizationId);
    if (last === undefined || activity.onDate > last)
      lastThanked.set(activity.organizationId, activity.onDate);
  }
  const from = addCalendarDays(today, -thankYouLookbackDays);
  const due: ThankYouCheck[] = [];
  for (const client of referred) {
    const start = client.startedOn;
    if (start === null || start > today || start < from) continue;
    const thanked = lastThanked.get(client.referrerOrganizationId);
    if (thanked !== undefined && thanked >= start) continue;
    due.push({
      referredOrganizationId: client.organizationId,
      referrerOrganizationId: client.referrerOrganizationId,
      dueFrom: start,
      dueOn: addCalendarDays(start, thankYouWithinDays),
    });
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
