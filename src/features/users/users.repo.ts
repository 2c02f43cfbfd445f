// The queries on a firm's professionals and their invitations, and the reading of its users where
// another feature names one: a relationship manager, the owner of a proposal, a professional
// involved in an activity.
import { and, asc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { invitations, sessions, users } from '../../db/schema.ts';

export type UserRow = typeof users.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

const userOf = (workspaceId: string, id: string) =>
  and(eq(users.workspaceId, workspaceId), eq(users.id, id));

/** Which of the ids are users of the workspace. */
export async function usersOfWorkspace(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, ids)));
  return new Set(rows.map((row) => row.id));
}

export function usersByName(db: Pick<Db, 'select'>, workspaceId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.workspaceId, workspaceId)).orderBy(asc(users.name));
}

export async function findUser(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  id: string,
): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(userOf(workspaceId, id));
  return row;
}

/** The user, locked until the transaction ends. */
export async function findUserForUpdate(
  tx: Pick<Db, 'select'>,
  workspaceId: string,
  id: string,
): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(userOf(workspaceId, id)).for('update');
  return row;
}

export async function userWithEmail(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  email: string,
): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.email, email)));
  return row;
}

/** Rejects with the database's error when the email address is taken in the firm. */
export async function insertUser(
  tx: Pick<Db, 'insert'>,
  values: typeof users.$inferInsert,
): Promise<UserRow> {
  const [row] = await tx.insert(users).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateUserRow(
  tx: Pick<Db, 'update'>,
  workspaceId: string,
  id: string,
  changes: Partial<Pick<UserRow, 'role' | 'name' | 'locale' | 'disabledAt' | 'passwordHash'>>,
): Promise<UserRow | undefined> {
  const [row] = await tx.update(users).set(changes).where(userOf(workspaceId, id)).returning();
  return row;
}

/**
 * Changes to a user's role or standing are made one at a time, so two owners cannot each disable
 * the other at once and leave the firm with none.
 */
export async function lockOwners(tx: Pick<Db, 'execute'>): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242003)`);
}

/** How many active owners the firm has besides this user. */
export async function otherActiveOwners(
  tx: Pick<Db, 'select'>,
  workspaceId: string,
  id: string,
): Promise<number> {
  const [others] = await tx
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .where(
      and(
        eq(users.workspaceId, workspaceId),
        eq(users.role, 'owner'),
        isNull(users.disabledAt),
        ne(users.id, id),
      ),
    );
  return others?.count ?? 0;
}

/** Ends the user's sessions (all but one, when given); how many ended. */
export async function deleteSessionsOf(
  db: Pick<Db, 'delete'>,
  workspaceId: string,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.workspaceId, workspaceId),
        eq(sessions.userId, userId),
        exceptSessionId ? ne(sessions.id, exceptSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function insertInvitation(
  tx: Pick<Db, 'insert'>,
  values: typeof invitations.$inferInsert,
): Promise<InvitationRow> {
  const [row] = await tx.insert(invitations).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Invitations not yet accepted that have not expired, oldest first. */
export function openInvitations(
  db: Pick<Db, 'select'>,
  workspaceId: string,
): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(asc(invitations.createdAt));
}

/** Deletes an invitation not yet accepted; undefined when there is none with that id. */
export async function deleteUnacceptedInvitation(
  tx: Pick<Db, 'delete'>,
  workspaceId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  const [row] = await tx
    .delete(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning();
  return row;
}

/** The invitation with this token's hash, locked until the transaction ends. */
export async function invitationWithTokenForUpdate(
  tx: Pick<Db, 'select'>,
  workspaceId: string,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.tokenHash, tokenHash)))
    .for('update');
  return row;
}

export async function markInvitationAccepted(
  tx: Pick<Db, 'update'>,
  workspaceId: string,
  id: string,
): Promise<void> {
  await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)));
}
