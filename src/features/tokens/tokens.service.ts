// API tokens for integrations: per user, shown once, revocable; every change audited.
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../kernel/actor.ts';
import { newId } from '../../kernel/ids.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { tokenPrefix } from '../auth/auth.service.ts';
import { hashSecret, newSecret } from '../../kernel/secrets.ts';
import { insertToken, liveTokensOf, markRevoked, type TokenRow } from './tokens.repo.ts';

const toToken = (row: TokenRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

export async function listTokens(db: Db, actor: Actor) {
  return (await liveTokensOf(db, actor)).map(toToken);
}

/** The new token and its secret, which is shown this once and stored only as a hash. */
export async function createToken(db: Db, actor: Actor, name: string) {
  const secret = newSecret();
  const row = await db.transaction(async (tx) => {
    const row = await insertToken(tx, {
      workspaceId: actor.workspaceId,
      userId: actor.userId,
      id: newId(),
      name,
      tokenHash: hashSecret(secret),
    });
    await recordAudit(tx, {
      ...actor,
      entityType: 'api_token',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: { name: row.name },
    });
    return row;
  });
  return { token: toToken(row), secret: `${tokenPrefix}${actor.workspaceId}.${secret}` };
}

export async function revokeToken(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await markRevoked(tx, actor, id);
    if (!row) throw notFound('API token');
    await recordAudit(tx, {
      ...actor,
      entityType: 'api_token',
      entityId: id,
      action: 'revoke',
      before: { name: row.name },
      after: undefined,
    });
  });
}
