// API tokens for integrations: per user, shown once, revocable.
import { z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import { createToken, listTokens, revokeToken } from './tokens.service.ts';

const tags = ['API tokens'];

const tokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

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

export function tokenRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(list, async (c) => c.json({ items: await listTokens(db, authOf(c)) }, 200))
    .openapi(create, async (c) =>
      c.json(await createToken(db, authOf(c), c.req.valid('json').name), 201),
    )
    .openapi(revoke, async (c) => {
      await revokeToken(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
