// Reading the firm's users where another feature names one: a relationship manager, the owner of
// a proposal, a professional involved in an activity.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { users } from '../../db/schema.ts';

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
