import { OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppEnv, Deps } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';

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
  return new OpenAPIHono<AppEnv>().openapi(health, async (c) => {
    await db.execute(sql`select 1`);
    return c.json({ status: 'ok' as const, database: 'ok' as const }, 200);
  });
}
