// The personal calendar feed over HTTP: your feed, a new secret address, revoking it, and the
// public .ics file itself (no session: its secret is the credential).
import { z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { appOrigin } from '../../http/config.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { calendarFeedCreatedSchema, calendarFeedSchema, feedFileParam } from './calendar.schema.ts';
import { calendarText, createFeed, feedOf, revokeFeed } from './calendar.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Calendar feed'];

const get = route('self', {
  method: 'get',
  path: '/calendar-feed',
  tags,
  summary: 'Whether you have a calendar feed, since when, and when it was last fetched',
  responses: { 200: jsonResponse('Your calendar feed', calendarFeedSchema) },
});

const create = route('self', {
  method: 'post',
  path: '/calendar-feed',
  tags,
  summary: 'A new secret calendar feed address (shown once); an earlier one stops working',
  responses: { 201: jsonResponse('The new address', calendarFeedCreatedSchema) },
});

const revoke = route('self', {
  method: 'delete',
  path: '/calendar-feed',
  tags,
  summary: 'Revoke your calendar feed: its address stops working',
  responses: { 204: { description: 'Revoked' } },
});

const file = route('public', {
  method: 'get',
  path: '/calendar/{file}',
  tags,
  summary:
    "A professional's planned activities and due and overdue worklist items as iCalendar " +
    '(the secret in the address is the credential)',
  request: { params: feedFileParam },
  responses: {
    200: {
      description: 'The calendar',
      content: { 'text/calendar': { schema: z.string() } },
    },
  },
});

export function calendarRoutes({ db, config, clock }: Deps) {
  // never the request's Host: see appOrigin
  const origin = appOrigin(config);
  return featureRouter()
    .openapi(get, async (c) => c.json(await feedOf(db, authOf(c)), 200))
    .openapi(create, async (c) => c.json(await createFeed(db, authOf(c), origin), 201))
    .openapi(revoke, async (c) => {
      await revokeFeed(db, authOf(c));
      return c.body(null, 204);
    })
    .openapi(file, async (c) => {
      const text = await calendarText(db, {
        file: c.req.valid('param').file,
        origin,
        clock,
      });
      // unknown, malformed and revoked addresses are answered alike
      if (text === undefined) throw new DomainError('not_found', 'No such calendar');
      // like every API answer it is stored nowhere (Cache-Control: no-store): it is personal and
      // its address is a credential; the calendar itself tells apps to come back within the hour
      return c.body(text, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'inline; filename="klandizie.ics"',
      });
    });
}
