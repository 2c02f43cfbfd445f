// API tokens for integrations: per user, shown once, revocable.
import { z } from '@hono/zod-openapi';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { notFound } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { apiTokens } from '../../db/schema.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { tokenPrefix } from '../auth/auth.service.ts';
import { newId } from '../../kernel/ids.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import { idParam } from '../../kernel/schemas.ts';
import { featureRouter } from '../../http/feature-router.ts';
import type { Actor } from '../../kernel/actor.ts';

const tags = ['API tokens'];

const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

type TokenRow = typeof apiTokens.$inferSelect;
const toToken = (row: TokenRow) => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
});

const list = route('self', {
  method: 'get',
  path: '/tokens',
  tags,
  summary: 'Your API tokens',
  responses: { 200: jsonResponse('Tokens', z.object({ items: z.array(tokenSchema) })) },
});

const create = route('self', {
  method: 'post',
  path: '/tokens',
  tags,
  summary: 'Create an API token (the secret is shown once)',
  request: {
    body: jsonBody(
      z
        .object({ name: z.string().trim().min(1, 'is required').max(100) })
        .strict()
        .openapi('ApiTokenCreate'),
    ),
  },
  responses: {
    201: jsonResponse(
      'The token',
      z.object({ token: tokenSchema, secret: z.string() }).openapi('ApiTokenCreated'),
    ),
  },
});

const revoke = route('self', {
  method: 'delete',
  path: '/tokens/{id}',
  tags,
  summary: 'Revoke one of your API tokens',
  request: { params: idParam },
  responses: { 204: { description: 'Revoked' } },
});

async function revokeToken(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(
        and(
          eq(apiTokens.workspaceId, actor.workspaceId),
          eq(apiTokens.userId, actor.userId),
          eq(apiTokens.id, id),
          isNull(apiTokens.revokedAt),
        ),
      )
      .returning();
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

export function tokenRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(list, async (c) => {
      const auth = authOf(c);
      const rows = await db
        .select()
        .from(apiTokens)
        .where(
          and(
            eq(apiTokens.workspaceId, auth.workspaceId),
            eq(apiTokens.userId, auth.userId),
            isNull(apiTokens.revokedAt),
          ),
        )
        .orderBy(desc(apiTokens.createdAt));
      return c.json({ items: rows.map(toToken) }, 200);
    })
    .openapi(create, async (c) => {
      const auth = authOf(c);
      const secret = newSecret();
      const token = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(apiTokens)
          .values({
            workspaceId: auth.workspaceId,
            id: newId(),
            userId: auth.userId,
            name: c.req.valid('json').name,
            tokenHash: hashSecret(secret),
          })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await recordAudit(tx, {
          ...auth,
          entityType: 'api_token',
          entityId: row.id,
          action: 'create',
          before: undefined,
          after: { name: row.name },
        });
        return row;
      });
      return c.json(
        { token: toToken(token), secret: `${tokenPrefix}${auth.workspaceId}.${secret}` },
        201,
      );
    })
    .openapi(revoke, async (c) => {
      await revokeToken(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
