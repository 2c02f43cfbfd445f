// A professional's worklist over HTTP.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, Deps } from '../../server/context.ts';
import { authOf } from '../../server/context.ts';
import { validationHook } from '../../server/errors.ts';
import { jsonResponse, route } from '../../server/route.ts';
import { worklistQuery, worklistSchema } from './worklist.schema.ts';
import { worklistOf } from './worklist.service.ts';

const get = route('records.read', {
  method: 'get',
  path: '/worklist',
  tags: ['Worklist'],
  summary:
    "A professional's due and overdue contacts, call-backs, proposals, planned activities and " +
    'follow-ups, most valuable client first',
  request: { query: worklistQuery },
  responses: { 200: jsonResponse('The worklist', worklistSchema) },
});

export function worklistRoutes({ db }: Deps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(get, async (c) =>
    c.json(await worklistOf(db, authOf(c), c.req.valid('query')), 200),
  );
}
