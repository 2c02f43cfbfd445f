import { firmToday } from '../../http/today.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  decisionCreateSchema,
  decisionListSchema,
  decisionSchema,
  reviewQuery,
  reviewSchema,
} from './review.schema.ts';
import {
  annualReviewReport,
  listDecisions,
  recordDecision,
  askedOrLatestYear,
} from './review.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Annual review'];

const review = route('records.read', {
  method: 'get',
  path: '/review',
  tags,
  summary:
    'The annual review of a fiscal year: per client with revenue the figures beside the review ' +
    'questions, the signs that it costs more than it brings, and its latest decision',
  request: { query: reviewQuery },
  responses: { 200: jsonResponse('The annual review', reviewSchema) },
});

const decide = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/decisions',
  tags,
  summary:
    'Record the review decision about a client: invest, maintain, improve or part ways ' +
    '(earlier decisions are kept)',
  request: { params: idParam, body: jsonBody(decisionCreateSchema) },
  responses: { 201: jsonResponse('The decision', decisionSchema) },
});

const decisions = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/decisions',
  tags,
  summary: "An organisation's review decisions over the years, newest first",
  request: { params: idParam },
  responses: { 200: jsonResponse('The decisions', decisionListSchema) },
});

export function reviewRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(review, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await firmToday(db, workspaceId, clock);
      const year = await askedOrLatestYear(db, workspaceId, c.req.valid('query').year, today);
      return c.json(await annualReviewReport(db, workspaceId, year, today), 200);
    })
    .openapi(decide, async (c) =>
      c.json(
        await recordDecision(db, authOf(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
    )
    .openapi(decisions, async (c) =>
      c.json(
        { items: await listDecisions(db, authOf(c).workspaceId, c.req.valid('param').id) },
        200,
      ),
    );
}
