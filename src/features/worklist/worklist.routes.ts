// A professional's worklist over HTTP.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { todaySchema, worklistQuery, worklistSchema } from './worklist.schema.ts';
import { firmClock, firmToday } from '../../http/today.ts';
import { worklistOf } from './worklist.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

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
  summary: "The firm's calendar day, on its clock (the workspace's time zone)",
  responses: { 200: jsonResponse('Today', todaySchema) },
});

export function worklistRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(get, async (c) => {
      const actor = authOf(c);
      const today = await firmToday(db, actor.workspaceId, clock);
      return c.json(await worklistOf(db, actor, { ...c.req.valid('query'), today }), 200);
    })
    .openapi(getToday, async (c) => {
      const { today, timeZone } = await firmClock(db, authOf(c).workspaceId, clock);
      return c.json({ today, timeZone }, 200);
    });
}
