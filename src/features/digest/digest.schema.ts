// Your weekly digest setting over HTTP.
import { z } from '@hono/zod-openapi';

export const weeklyDigestSchema = z
  .object({
    enabled: z.boolean(),
    lastSentOn: z.string().nullable(),
    mailConfigured: z
      .boolean()
      .openapi({ description: 'Whether this server can send mail; without it no digest goes out' }),
  })
  .openapi('WeeklyDigest');

export const weeklyDigestUpdate = z
  .object({ enabled: z.boolean({ error: 'must be true or false' }) })
  .strict()
  .openapi('WeeklyDigestUpdate');
