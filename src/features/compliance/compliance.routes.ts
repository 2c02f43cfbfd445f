// Compliance with the service concepts over HTTP.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, Deps } from '../../server/context.ts';
import { authOf } from '../../server/context.ts';
import { validationHook } from '../../server/errors.ts';
import { jsonResponse, route } from '../../server/route.ts';
import { complianceQuery, complianceReportSchema } from './compliance.schema.ts';
import { complianceReport } from './compliance.service.ts';

const get = route('records.read', {
  method: 'get',
  path: '/compliance',
  tags: ['Compliance'],
  summary:
    'Is the service concept delivered? The fiscal year per category and per professional, and ' +
    'the clients that fall short, most valuable first',
  request: { query: complianceQuery },
  responses: { 200: jsonResponse('The compliance report', complianceReportSchema) },
});

export function complianceRoutes({ db }: Deps) {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(get, async (c) => {
    const query = c.req.valid('query');
    const report = await complianceReport(db, authOf(c).workspaceId, query);
    return c.json(report, 200);
  });
}
