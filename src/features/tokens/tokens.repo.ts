// The queries on API tokens: always one user's own, in their firm.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { apiTokens } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';

export type TokenRow = typeof apiTokens.$inferSelect;

const ownLiveToken = (actor: Actor) =>
  and(
    eq(apiTokens.workspaceId, actor.workspaceId),
    eq(apiTokens.userId, actor.userId),
    isNull(apiTokens.revokedAt),
  );

export function liveTokensOf(db: Db, actor: Actor): Promise<TokenRow[]> {
  return db.select().from(apiTokens).where(ownLiveToken(actor)).orderBy(desc(apiTokens.createdAt));
}

export async function insertToken(
  tx: Pick<Db, 'insert'>,
  values: Actor & { id: string; name: string; tokenHash: string },
): Promise<TokenRow> {
  const [row] = await tx.insert(apiTokens).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Revokes a live token of the actor's; undefined when there is none with that id. */
export async function markRevoked(
  tx: Pick<Db, 'update'>,
  actor: Actor,
  id: string,
): Promise<TokenRow | undefined> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(ownLiveToken(actor), eq(apiTokens.id, id)))
    .returning();
  return row;
}
