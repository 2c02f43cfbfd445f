import { describe, expect, it } from 'vitest';
import {
  maxReminders,
  reminderDue,
  surveyAccess,
  surveyExpiry,
  surveyStatus,
  type SurveyRequestState,
} from './survey-request.ts';

const at = (iso: string) => new Date(iso);
const made = at('2026-03-01T09:00:00Z');
const open: SurveyRequestState = {
  expiresAt: surveyExpiry(made),
  sentAt: made,
  remindersSent: 0,
  lastReminderAt: null,
  answeredAt: null,
  revokedAt: null,
};

describe('survey request', () => {
  it('expires 30 days after it was made, to the instant', () => {
    expect(open.expiresAt.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(surveyAccess(open, at('2026-03-31T08:59:59Z'))).toBe('open');
    expect(surveyAccess(open, at('2026-03-31T09:00:00Z'))).toBe('gone');
    expect(surveyStatus(open, at('2026-03-31T09:00:00Z'))).toBe('expired');
  });

  it('is used once answered, also after it would have expired; revoked is gone', () => {
    const answered = { ...open, answeredAt: at('2026-03-02T10:00:00Z') };
    expect(surveyAccess(answered, at('2026-03-03T00:00:00Z'))).toBe('used');
    expect(surveyAccess(answered, at('2026-05-01T00:00:00Z'))).toBe('used');
    expect(surveyStatus(answered, at('2026-05-01T00:00:00Z'))).toBe('answered');
    const revoked = { ...open, revokedAt: at('2026-03-02T10:00:00Z') };
    expect(surveyAccess(revoked, at('2026-03-03T00:00:00Z'))).toBe('gone');
    expect(surveyStatus(revoked, at('2026-03-03T00:00:00Z'))).toBe('revoked');
  });

  it('says created for a copied link, sent once mailed, reminded after a reminder', () => {
    const now = at('2026-03-02T00:00:00Z');
    expect(surveyStatus({ ...open, sentAt: null }, now)).toBe('created');
    expect(surveyStatus(open, now)).toBe('sent');
    expect(surveyStatus({ ...open, remindersSent: 1, lastReminderAt: now }, now)).toBe('reminded');
  });

  it('reminds 7 days after the mail and 7 after the previous reminder, at most twice', () => {
    expect(reminderDue(open, at('2026-03-08T08:59:59Z'))).toBe(false);
    expect(reminderDue(open, at('2026-03-08T09:00:00Z'))).toBe(true);
    const once = { ...open, remindersSent: 1, lastReminderAt: at('2026-03-10T07:00:00Z') };
    expect(reminderDue(once, at('2026-03-17T06:59:59Z'))).toBe(false);
    expect(reminderDue(once, at('2026-03-17T07:00:00Z'))).toBe(true);
    const twice = {
      ...open,
      remindersSent: maxReminders,
      lastReminderAt: at('2026-03-17T07:00:00Z'),
    };
    expect(reminderDue(twice, at('2026-03-29T00:00:00Z'))).toBe(false);
  });

  it('never reminds an answered, revoked or expired request, nor a link only copied', () => {
    const late = at('2026-03-20T00:00:00Z');
    expect(reminderDue({ ...open, answeredAt: at('2026-03-05T00:00:00Z') }, late)).toBe(false);
    expect(reminderDue({ ...open, revokedAt: at('2026-03-05T00:00:00Z') }, late)).toBe(false);
    expect(reminderDue({ ...open, sentAt: null }, late)).toBe(false);
    const expiring = { ...open, expiresAt: at('2026-03-07T00:00:00Z') };
    expect(reminderDue(expiring, at('2026-03-08T09:00:00Z'))).toBe(false);
  });
});
