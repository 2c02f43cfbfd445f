// The personal calendar feed (method §5, §14): a secret address per professional that calendar
// apps subscribe to, showing their planned activities and what falls due on their worklist. The
// secret is the credential, so only its hash is stored and it is shown once.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { writeCalendar, type AllDayEvent } from '../../core/calendar/icalendar.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Db } from '../../db/connection.ts';
import { calendarFeeds } from '../../db/schema.ts';
import { firmClock, type Clock } from '../../http/today.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { hashSecret, newSecret, splitCredential } from '../../kernel/secrets.ts';
import { worklistOf } from '../worklist/worklist.service.ts';
import {
  activeFeed,
  feedByTokenHash,
  plannedActivities,
  touchFeed,
  type FeedRow,
} from './calendar.repo.ts';
import { localeOf, worklistWords } from './calendar.words.ts';
import type { Actor } from '../../kernel/actor.ts';

// The words of the worklist in mail and feeds, which the weekly digest writes too.
export { localeOf, worklistWords, type MailLocale } from './calendar.words.ts';

/** How far back and ahead the feed shows planned activities, in days. */
export const feedWindow = { back: 60, ahead: 365 } as const;

const toFeed = (row: FeedRow | undefined) => ({
  exists: row !== undefined,
  createdAt: row?.createdAt.toISOString() ?? null,
  lastFetchedAt: row?.lastFetchedAt?.toISOString() ?? null,
});

export async function feedOf(db: Db, actor: Actor) {
  return toFeed(await activeFeed(db, actor.workspaceId, actor.userId));
}

/** A new secret address; an earlier one stops working. */
export async function createFeed(db: Db, actor: Actor, origin: string) {
  const secret = newSecret();
  const row = await db.transaction(async (tx) => {
    await revokeActive(tx, actor);
    const [created] = await tx
      .insert(calendarFeeds)
      .values({
        workspaceId: actor.workspaceId,
        id: newId(),
        userId: actor.userId,
        tokenHash: hashSecret(secret),
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      ...actor,
      entityType: 'calendar_feed',
      entityId: created.id,
      action: 'create',
      before: undefined,
      after: { userId: actor.userId },
    });
    return created;
  });
  const address = `${origin}/api/v1/calendar/${actor.workspaceId}.${secret}.ics`;
  return {
    feed: toFeed(row),
    url: address,
    webcalUrl: address.replace(/^https?:\/\//, 'webcal://'),
  };
}

/** Revokes the professional's feed; nothing to do when there is none. */
export async function revokeFeed(db: Db, actor: Actor): Promise<void> {
  await db.transaction((tx) => revokeActive(tx, actor));
}

async function revokeActive(tx: Pick<Db, 'update' | 'insert'>, actor: Actor) {
  const revoked = await tx
    .update(calendarFeeds)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(calendarFeeds.workspaceId, actor.workspaceId),
        eq(calendarFeeds.userId, actor.userId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning({ id: calendarFeeds.id });
  for (const { id } of revoked)
    await recordAudit(tx, {
      ...actor,
      entityType: 'calendar_feed',
      entityId: id,
      action: 'revoke',
      before: { userId: actor.userId },
      after: undefined,
    });
}

/**
 * The feed's iCalendar text for a "<workspace>.<secret>.ics" file name, or undefined when the name
 * is malformed, unknown or revoked (the caller answers all of them alike).
 */
export async function calendarText(
  db: Db,
  args: { file: string; origin: string; clock?: Clock | undefined },
): Promise<string | undefined> {
  const name = /^(.+)\.ics$/.exec(args.file)?.[1];
  const credential = name === undefined ? undefined : splitCredential(name);
  if (!credential) return undefined;
  const found = await feedByTokenHash(db, credential.workspaceId, hashSecret(credential.secret));
  if (!found) return undefined;
  const { feed } = found;
  const { now, today: day } = await firmClock(db, feed.workspaceId, args.clock);
  const actor = { workspaceId: feed.workspaceId, userId: feed.userId };
  const [activities, worklist] = await Promise.all([
    plannedActivities(db, {
      ...actor,
      from: addCalendarDays(day, -feedWindow.back),
      to: addCalendarDays(day, feedWindow.ahead),
    }),
    worklistOf(db, actor, { today: day, until: addCalendarDays(day, feedWindow.ahead) }),
    touchFeed(db, feed),
  ]);
  const words = worklistWords[localeOf(found.locale)];
  const link = (organizationId: string) => `${args.origin}/organizations/${organizationId}`;
  const shown = new Set(activities.map((activity) => activity.id));
  const events: AllDayEvent[] = activities.map((activity) => ({
    uid: `activity-${activity.id}@klandizie`,
    day: activity.day,
    summary: `${activity.organizationName}: ${activity.subject}`,
    description: `${words.kinds.plannedActivity}: ${activity.subject}`,
    url: link(activity.organizationId),
  }));
  for (const item of worklist.items) {
    if (item.kind === 'plannedActivity' && item.itemId !== null && shown.has(item.itemId)) continue;
    // a warning is no appointment: it stays on the worklist, not in the calendar
    if (item.kind === 'atRisk') continue;
    const what = words.kinds[item.kind];
    // what is overdue stands on today, where it still needs doing, not on a day gone by
    events.push({
      uid: `${item.kind}-${item.itemId ?? `${item.organizationId}-${feed.userId}`}@klandizie`,
      day: item.overdue ? day : item.dueDate,
      summary: [
        `${item.organizationName}: ${what}`,
        item.label ? ` – ${item.label}` : '',
        item.overdue ? ` (${words.overdue(item)})` : '',
      ].join(''),
      description: [what, item.label, words.dueOn(item.dueDate)].filter(Boolean).join('\n'),
      url: link(item.organizationId),
    });
  }
  return writeCalendar({
    name: words.calendarName(found.name),
    stampedAt: now.toISOString(),
    events,
  });
}
