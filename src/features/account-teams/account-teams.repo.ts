// Typed queries for account teams; all scoped by workspace.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { accountTeamMembers, users } from '../../db/schema.ts';
import type { AccountTeamRole } from './account-teams.schema.ts';

type Reader = Pick<Db, 'select'>;
const t = accountTeamMembers;

export type TeamMemberRow = { userId: string; name: string; role: string; disabled: boolean };

/** An organisation's account team by name, the lead first. */
export async function membersOf(
  db: Reader,
  workspaceId: string,
  organizationId: string,
): Promise<TeamMemberRow[]> {
  const rows = await db
    .select({ userId: t.userId, name: users.name, role: t.role, disabledAt: users.disabledAt })
    .from(t)
    .innerJoin(users, and(eq(users.workspaceId, t.workspaceId), eq(users.id, t.userId)))
    .where(and(eq(t.workspaceId, workspaceId), eq(t.organizationId, organizationId)))
    .orderBy(asc(users.name), asc(users.id));
  return rows
    .map(({ disabledAt, ...row }) => ({ ...row, disabled: disabledAt !== null }))
    .sort((a, b) => Number(b.role === 'lead') - Number(a.role === 'lead'));
}

/** The workspace's users among the ids, by id, with whether they are disabled. */
export async function professionalsByIds(
  db: Reader,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, { id: string; name: string; disabled: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, ids)));
  return new Map(
    rows.map((row) => [row.id, { id: row.id, name: row.name, disabled: row.disabledAt !== null }]),
  );
}

export async function replaceMembers(
  tx: Pick<Db, 'insert' | 'delete'>,
  workspaceId: string,
  organizationId: string,
  members: { userId: string; role: AccountTeamRole }[],
) {
  await tx
    .delete(t)
    .where(and(eq(t.workspaceId, workspaceId), eq(t.organizationId, organizationId)));
  if (members.length > 0)
    await tx
      .insert(t)
      .values(members.map((member) => ({ workspaceId, organizationId, ...member })));
}
