// A professional's worklist over HTTP.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, Deps } from '../../server/context.ts';
import { authOf } from '../../server/context.ts';
import { validationHook } from '../../server/errors.ts';
import { jsonResponse, route } from '../../server/route.ts';
import { todaySchema, worklistQuery, worklistSchema } from './worklist.schema.ts';
import { today } from '../../server/today.ts';
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

// what is due and overdue is judged against the firm's day, so the web app takes it from here
// and not from the browser's clock and time zone
const getToday = route('records.read', {
  method: 'get',
  path: '/today',
  tags: ['Worklist'],
  summary: "The firm's calendar day, in Amsterdam",
  responses: { 200: jsonResponse('Today', todaySchema) },
});

export function worklistRoutes({ db }: Deps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(get, async (c) => c.json(await worklistOf(db, authOf(c), c.req.valid('query')), 200))
    .openapi(getToday, (c) => c.json({ today: today() }, 200));
}
