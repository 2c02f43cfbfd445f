// Your own weekly digest: whether you receive it, and when it was last sent.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { mailSettingsFromEnv } from './digest.mail.ts';
import { weeklyDigestSchema, weeklyDigestUpdate } from './digest.schema.ts';
import { setWeeklyDigest, weeklyDigestOf } from './digest.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Weekly digest'];

const get = route('self', {
  method: 'get',
  path: '/me/weekly-digest',
  tags,
  summary: 'Whether you receive the weekly digest of your worklist by mail',
  responses: { 200: jsonResponse('Your setting', weeklyDigestSchema) },
});

const put = route('self', {
  method: 'put',
  path: '/me/weekly-digest',
  tags,
  summary: 'Turn your weekly digest on or off',
  request: { body: jsonBody(weeklyDigestUpdate) },
  responses: { 200: jsonResponse('Your setting', weeklyDigestSchema) },
});

const mailConfigured = () => {
  try {
    return mailSettingsFromEnv(process.env).on;
  } catch {
    return false;
  }
};

export function digestRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(get, async (c) =>
      c.json({ ...(await weeklyDigestOf(db, authOf(c))), mailConfigured: mailConfigured() }, 200),
    )
    .openapi(put, async (c) => {
      const setting = await setWeeklyDigest(db, authOf(c), c.req.valid('json').enabled);
      return c.json({ ...setting, mailConfigured: mailConfigured() }, 200);
    });
}
