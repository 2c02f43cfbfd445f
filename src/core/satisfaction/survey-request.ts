// The evaluation a client answers on a page of the product (method §7, decision 0040): a personal
// link that opens the questions until the request is answered, revoked or expires, and at most two
// reminders, each a week after the mail before it. Instants are passed in: no clock here.

/** Days a request's link stays valid after it was made. */
export const surveyValidDays = 30;
/** Days after the first mail, and after each reminder, before the next reminder is due. */
export const reminderIntervalDays = 7;
/** The most reminders one request gets. */
export const maxReminders = 2;

/** The languages the page and its mails are in. */
export const surveyLanguages = ['nl', 'en'] as const;
export type SurveyLanguage = (typeof surveyLanguages)[number];

const dayMs = 86_400_000;

/** What the rules need of a request. */
export type SurveyRequestState = {
  expiresAt: Date;
  /** When the link was first mailed; null: only copied. */
  sentAt: Date | null;
  remindersSent: number;
  lastReminderAt: Date | null;
  answeredAt: Date | null;
  revokedAt: Date | null;
};

/**
 * answered and revoked are final; expired once its time ran out; otherwise reminded, sent (mailed)
 * or created (the link only copied).
 */
export type SurveyStatus = 'created' | 'sent' | 'reminded' | 'answered' | 'expired' | 'revoked';

/** When a request made at `createdAt` expires. */
export function surveyExpiry(createdAt: Date, days = surveyValidDays): Date {
  return new Date(createdAt.getTime() + days * dayMs);
}

export function isExpired(request: Pick<SurveyRequestState, 'expiresAt'>, now: Date): boolean {
  return now.getTime() >= request.expiresAt.getTime();
}

export function surveyStatus(request: SurveyRequestState, now: Date): SurveyStatus {
  if (request.answeredAt) return 'answered';
  if (request.revokedAt) return 'revoked';
  if (isExpired(request, now)) return 'expired';
  if (request.remindersSent > 0) return 'reminded';
  return request.sentAt ? 'sent' : 'created';
}

/**
 * What a link's holder may do: answer an open request; a request answered once is used (single
 * use); a revoked or expired one is as unknown as a link that never was.
 */
export function surveyAccess(request: SurveyRequestState, now: Date): 'open' | 'used' | 'gone' {
  if (request.answeredAt) return 'used';
  if (request.revokedAt || isExpired(request, now)) return 'gone';
  return 'open';
}

/**
 * A reminder is due a week after the first mail and a week after the previous reminder, at most
 * twice, only while the request is open: never for an answered, revoked or expired one, nor for a
 * link that was only copied (there is no mail to remind of).
 */
export function reminderDue(request: SurveyRequestState, now: Date): boolean {
  if (surveyAccess(request, now) !== 'open') return false;
  if (!request.sentAt || request.remindersSent >= maxReminders) return false;
  const previous = request.lastReminderAt ?? request.sentAt;
  return now.getTime() - previous.getTime() >= reminderIntervalDays * dayMs;
}
