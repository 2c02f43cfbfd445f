// Who receives the weekly digest: active users with their setting (no row: on) and the day one
// was last sent to them. Across workspaces, for the sending run; or one user, for their setting.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { weeklyDigests } from '../../db/schema.ts';

export type DigestRecipient = {
  workspaceId: string;
  userId: string;
  email: string;
  name: string;
  locale: string;
  enabled: boolean;
  lastSentOn: string | null;
  /** The firm's time zone: its day is the digest's today. */
  timeZone: string;
};

type RecipientRaw = {
  workspace_id: string;
  id: string;
  email: string;
  name: string;
  locale: string;
  enabled: boolean | null;
  last_sent_on: string | null;
  time_zone: string;
};

export async function digestRecipients(db: Pick<Db, 'execute'>): Promise<DigestRecipient[]> {
  const result = await db.execute<RecipientRaw>(sql`
    select u.workspace_id, u.id, u.email, u.name, u.locale, d.enabled,
           d.last_sent_on::text as last_sent_on, w.time_zone
      from users u
      join workspaces w on w.workspace_id = u.workspace_id
      left join weekly_digests d on d.workspace_id = u.workspace_id and d.user_id = u.id
     where u.disabled_at is null
     order by u.workspace_id, u.email`);
  return result.rows.map((row) => ({
    workspaceId: row.workspace_id,
    userId: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    enabled: row.enabled ?? true,
    lastSentOn: row.last_sent_on,
    timeZone: row.time_zone,
  }));
}

/** The user's digest row, locked for the rest of the transaction (made first when missing). */
export async function lockDigestRow(
  tx: Pick<Db, 'insert' | 'select'>,
  workspaceId: string,
  userId: string,
) {
  await tx.insert(weeklyDigests).values({ workspaceId, userId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(weeklyDigests)
    .where(and(eq(weeklyDigests.workspaceId, workspaceId), eq(weeklyDigests.userId, userId)))
    .for('update');
  if (!row) throw new Error('weekly digest row missing after insert');
  return row;
}

export async function digestSetting(db: Pick<Db, 'select'>, workspaceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(weeklyDigests)
    .where(and(eq(weeklyDigests.workspaceId, workspaceId), eq(weeklyDigests.userId, userId)));
  return { enabled: row?.enabled ?? true, lastSentOn: row?.lastSentOn ?? null };
}
