// The personal calendar feed over HTTP: whether one exists, a new secret address, revoking it.
import { z } from '@hono/zod-openapi';

export const calendarFeedSchema = z
  .object({
    exists: z.boolean(),
    createdAt: z.string().nullable(),
    lastFetchedAt: z.string().nullable(),
  })
  .openapi('CalendarFeed');

export const calendarFeedCreatedSchema = z
  .object({
    feed: calendarFeedSchema,
    url: z.string().openapi({ description: 'The secret address, shown only now' }),
    webcalUrl: z.string().openapi({ description: 'The same address for calendar apps' }),
  })
  .openapi('CalendarFeedCreated');

export const feedFileParam = z.object({
  file: z.string().openapi({
    param: { name: 'file', in: 'path' },
    description: '<workspace>.<secret>.ics, as given when the feed was created',
  }),
});
