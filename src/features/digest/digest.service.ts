// The weekly digest (method §14: relationship management on the agenda every week): each active
// professional who wants it and has something on their worklist, or whose firm must first set up
// categories or service concepts before anything can fall due, gets it by mail, at most once per
// ISO week. The day it was sent is recorded in the transaction that decided to send, after the
// server accepted the message: a crash in between may send it twice, but never skips a week.
import { and, eq, sql } from 'drizzle-orm';
import { sameIsoWeek } from '../../core/calendar/iso-week.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { dayAt } from '../../core/time-zone.ts';
import type { Db } from '../../db/connection.ts';
import { weeklyDigests } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { localeOf } from '../calendar/calendar.service.ts';
import { worklistOf } from '../worklist/worklist.service.ts';
import { digestContent } from './digest.content.ts';
import type { Mailer } from './digest.mail.ts';
import {
  digestRecipients,
  digestSetting,
  lockDigestRow,
  type DigestRecipient,
} from './digest.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

export type DigestSkipReason = 'turnedOff' | 'sentThisWeek' | 'nothingDue' | 'failed';

export type DigestReport = {
  sent: { workspaceId: string; email: string; subject: string; items: number }[];
  skipped: { workspaceId: string; email: string; reason: DigestSkipReason; detail?: string }[];
};

/** Whether `now` is on a Monday at or after 07:00 in the firm's time zone. */
export function isDigestTime(now: Date, timeZone: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return part('weekday') === 'Mon' && Number(part('hour')) >= 7;
}

/**
 * Sends this week's digest to everyone due one. With `dryRun`, or without a mailer (mail is not
 * set up), nothing is sent or recorded: the report says who would get what. Each firm's today is
 * its day at `now` on its own clock (its time zone); the digest lists what is overdue and what
 * falls due in the seven days from then, so that one sent on a Sunday holds the coming week as
 * one sent on a Monday does. `onlyAtDigestTime` (the timer) leaves out the firms where it is not
 * yet Monday 07:00.
 */
export async function sendWeeklyDigests(
  db: Db,
  mailer: Mailer | undefined,
  now: Date,
  options: { publicUrl?: string | undefined; dryRun?: boolean; onlyAtDigestTime?: boolean } = {},
): Promise<DigestReport> {
  const report: DigestReport = { sent: [], skipped: [] };
  const dryRun = options.dryRun === true || mailer === undefined;
  for (const recipient of await digestRecipients(db)) {
    const { workspaceId, email } = recipient;
    if (options.onlyAtDigestTime === true && !isDigestTime(now, recipient.timeZone)) continue;
    const today = dayAt(now, recipient.timeZone);
    const skip = (reason: DigestSkipReason, detail?: string) =>
      report.skipped.push({ workspaceId, email, reason, ...(detail ? { detail } : {}) });
    if (!recipient.enabled) {
      skip('turnedOff');
      continue;
    }
    if (recipient.lastSentOn !== null && sameIsoWeek(recipient.lastSentOn, today)) {
      skip('sentThisWeek');
      continue;
    }
    const content = await contentFor(db, recipient, today, options.publicUrl);
    if (content === undefined) {
      skip('nothingDue');
      continue;
    }
    const sent = { workspaceId, email, subject: content.subject, items: content.items };
    if (dryRun) {
      report.sent.push(sent);
      continue;
    }
    try {
      const outcome = await db.transaction(async (tx) => {
        const row = await lockDigestRow(tx, workspaceId, recipient.userId);
        // another run may have sent it or the professional turned it off in the meantime
        if (!row.enabled) return 'turnedOff' as const;
        if (row.lastSentOn !== null && sameIsoWeek(row.lastSentOn, today))
          return 'sentThisWeek' as const;
        await mailer.send({ to: email, ...content, language: localeOf(recipient.locale) });
        await tx
          .update(weeklyDigests)
          .set({ lastSentOn: today, updatedAt: sql`now()` })
          .where(
            and(
              eq(weeklyDigests.workspaceId, workspaceId),
              eq(weeklyDigests.userId, recipient.userId),
            ),
          );
        return 'sent' as const;
      });
      if (outcome === 'sent') report.sent.push(sent);
      else skip(outcome);
    } catch (error) {
      skip('failed', error instanceof Error ? error.message : String(error));
    }
  }
  return report;
}

async function contentFor(
  db: Db,
  recipient: DigestRecipient,
  today: string,
  publicUrl: string | undefined,
) {
  const worklist = await worklistOf(
    db,
    { workspaceId: recipient.workspaceId, userId: recipient.userId },
    { today, until: addCalendarDays(today, 6) },
  );
  const { setUpFirst } = worklist;
  // the digest names what falls due in the week; the clients at risk stay on the worklist
  const items = worklist.items.filter((item) => item.kind !== 'atRisk');
  // nothing due on a firm that is set up: nothing to say; on one that is not, what to set up
  if (items.length === 0 && setUpFirst === null) return undefined;
  const content = digestContent({
    name: recipient.name,
    locale: localeOf(recipient.locale),
    today,
    items,
    setUpFirst,
    publicUrl,
  });
  return { ...content, items: items.length };
}

export const weeklyDigestOf = (db: Db, actor: Actor) =>
  digestSetting(db, actor.workspaceId, actor.userId);

/** Turns the professional's own weekly digest on or off. */
export async function setWeeklyDigest(db: Db, actor: Actor, enabled: boolean) {
  return db.transaction(async (tx) => {
    const before = await digestSetting(tx, actor.workspaceId, actor.userId);
    await tx
      .insert(weeklyDigests)
      .values({ workspaceId: actor.workspaceId, userId: actor.userId, enabled })
      .onConflictDoUpdate({
        target: [weeklyDigests.workspaceId, weeklyDigests.userId],
        set: { enabled, updatedAt: sql`now()` },
      });
    await recordAudit(tx, {
      ...actor,
      entityType: 'weekly_digest',
      entityId: actor.userId,
      action: 'update',
      before: { enabled: before.enabled },
      after: { enabled },
    });
    return { ...before, enabled };
  });
}

// the one way the product sends mail, for the features that send some too
export { mailSettingsFromEnv, smtpMailer, type Mailer, type MailSettings } from './digest.mail.ts';
