import { z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { Deps } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { featureRouter } from '../../http/feature-router.ts';

const healthSchema = z
  .object({ status: z.literal('ok'), database: z.literal('ok') })
  .openapi('Health');

const health = route('public', {
  method: 'get',
  path: '/health',
  tags: ['System'],
  summary: 'Whether the app and its database answer',
  responses: { 200: jsonResponse('Healthy', healthSchema) },
});

export function healthRoutes({ db }: Deps) {
  return featureRouter().openapi(health, async (c) => {
    await db.execute(sql`select 1`);
    return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
  });
}
