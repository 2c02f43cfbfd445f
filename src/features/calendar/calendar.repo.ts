// Calendar feeds (one active per professional, found by the hash of its secret) and the planned
// activities a feed shows. Scoped by workspace.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { calendarFeeds, users } from '../../db/schema.ts';

type Reader = Pick<Db, 'select' | 'execute'>;

export type FeedRow = typeof calendarFeeds.$inferSelect;

/** The professional's feed that is not revoked, if any. */
export async function activeFeed(db: Reader, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.workspaceId, workspaceId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    );
  return row;
}

/** The active feed with this secret's hash and its professional, when they are still active. */
export async function feedByTokenHash(db: Reader, workspaceId: string, tokenHash: string) {
  const [row] = await db
    .select({ feed: calendarFeeds, name: users.name, locale: users.locale })
    .from(calendarFeeds)
    .innerJoin(
      users,
      and(eq(users.workspaceId, calendarFeeds.workspaceId), eq(users.id, calendarFeeds.userId)),
    )
    .where(
      and(
        eq(calendarFeeds.workspaceId, workspaceId),
        eq(calendarFeeds.tokenHash, tokenHash),
        isNull(calendarFeeds.revokedAt),
        isNull(users.disabledAt),
      ),
    );
  return row;
}

/** Notes that the feed was fetched, at most once a minute so polling calendars write little. */
export async function touchFeed(db: Pick<Db, 'update'>, feed: FeedRow) {
  await db
    .update(calendarFeeds)
    .set({ lastFetchedAt: sql`now()` })
    .where(
      and(
        eq(calendarFeeds.workspaceId, feed.workspaceId),
        eq(calendarFeeds.id, feed.id),
        sql`(${calendarFeeds.lastFetchedAt} is null
             or ${calendarFeeds.lastFetchedAt} < now() - interval '1 minute')`,
      ),
    );
}

export type PlannedActivityRow = {
  id: string;
  organizationId: string;
  organizationName: string;
  type: string;
  subject: string;
  day: string;
};

/**
 * Planned activities from `from` to `to` that the professional takes part in, or that name nobody
 * at a client they manage (the worklist's rule for whom an activity is for).
 */
export async function plannedActivities(
  db: Reader,
  args: { workspaceId: string; userId: string; from: string; to: string },
): Promise<PlannedActivityRow[]> {
  const { workspaceId, userId, from, to } = args;
  const result = await db.execute<{
    id: string;
    organization_id: string;
    name: string;
    type: string;
    subject: string;
    day: string;
  }>(sql`
    select a.id, a.organization_id, o.name, a.type, a.subject, a.on_date::text as day
      from activities a
      join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
     where a.workspace_id = ${workspaceId} and a.status = 'planned'
       and a.on_date between ${from} and ${to}
       and (exists (select 1 from activity_professionals ap
                     where ap.workspace_id = a.workspace_id and ap.activity_id = a.id
                       and ap.user_id = ${userId})
            or (o.relationship_manager_id = ${userId}
                and not exists (select 1 from activity_professionals ap
                                 where ap.workspace_id = a.workspace_id
                                   and ap.activity_id = a.id)))
     order by a.on_date, a.id`);
  return result.rows.map((row) => ({
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.name,
    type: row.type,
    subject: row.subject,
    day: row.day,
  }));
}
