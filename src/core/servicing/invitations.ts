// Invitations to seminars, open days and other events, and whether the client reacts (method §8:
// "no reaction to invitations" is a predictive sign that a client may leave).
import { calendarDaysBetween } from './calendar-days.ts';
import type { ActivityType } from './four-ps.ts';

/** What an invited contact person answered; null: no reaction (yet). */
export const invitationResponses = ['accepted', 'declined'] as const;
export type InvitationResponse = (typeof invitationResponses)[number];

/**
 * The activities that invite contact persons, whose answers are recorded: an invitation. An
 * event lists who came, not who was asked.
 */
export function invites(type: ActivityType): boolean {
  return type === 'invitation';
}

/** Days a client is given to react before an invitation counts as not answered. */
export const reactionWaitDays = 14;

/** An invitation sent (a done invitation activity) with the answers of those invited. */
export type SentInvitation = {
  onDate: string;
  responses: readonly (InvitationResponse | null)[];
};

export type UnansweredInvitations = {
  /** The invitations in a row, newest first, that nobody invited reacted to. */
  count: number;
  /** The oldest of them; null when none. */
  since: string | null;
};

/**
 * How many of the client's latest invitations in a row went unanswered: nobody invited accepted
 * or declined. A decline is a reaction; an invitation younger than the wait, or without anyone
 * invited, says nothing and is passed over.
 */
export function unansweredInvitations(
  invitations: readonly SentInvitation[],
  today: string,
): UnansweredInvitations {
  const judged = invitations
    .filter(
      (invitation) =>
        invitation.responses.length > 0 &&
        calendarDaysBetween(invitation.onDate, today) >= reactionWaitDays,
    )
    .sort((a, b) => (a.onDate < b.onDate ? 1 : a.onDate > b.onDate ? -1 : 0));
  let count = 0;
  let since: string | null = null;
  for (const invitation of judged) {
    if (invitation.responses.some((response) => response !== null)) break;
    count++;
    since = invitation.onDate;
  }
  return { count, since };
}
