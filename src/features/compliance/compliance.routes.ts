// Compliance with the service concepts over HTTP.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import {
  complianceQuery,
  complianceReportSchema,
  fourPsByCategoryQuery,
  fourPsByCategorySchema,
} from './compliance.schema.ts';
import { complianceReport } from './compliance.service.ts';
import { fourPsByCategory } from './four-ps-by-category.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

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

const fourPs = route('records.read', {
  method: 'get',
  path: '/compliance/four-ps',
  tags: ['Compliance'],
  summary:
    "The balance of the four P's of the current clients' done activities over the fiscal year, " +
    'per category, beside the advised order',
  request: { query: fourPsByCategoryQuery },
  responses: { 200: jsonResponse("The four P's per category", fourPsByCategorySchema) },
});

export function complianceRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(get, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await firmToday(db, workspaceId, clock);
      const report = await complianceReport(db, workspaceId, { ...c.req.valid('query'), today });
      return c.json(report, 200);
    })
    .openapi(fourPs, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await firmToday(db, workspaceId, clock);
      return c.json(
        await fourPsByCategory(db, workspaceId, { ...c.req.valid('query'), today }),
        200,
      );
    });
}
