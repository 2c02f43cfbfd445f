import { firmToday } from '../../http/today.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { askedOrLatestYear } from '../review/review.service.ts';
import { acquisitionReport, saveAcquisitionInvestment } from './acquisition.service.ts';
import {
  acquisitionQuery,
  acquisitionSchema,
  investmentInputSchema,
  planInputSchema,
  planQuery,
  planSchema,
  yearParam,
} from './plan.schema.ts';
import { planReport, savePlan, yearToPlan } from './plan.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Plan'];

const plan = route('records.read', {
  method: 'get',
  path: '/plan',
  tags,
  summary:
    'The revenue plan of a fiscal year: the amounts set or a proposal from the revenue bridges, ' +
    'start, target and growth, and the revenue so far against it',
  request: { query: planQuery },
  responses: { 200: jsonResponse('The plan', planSchema) },
});

const setPlan = route('workspace.manage', {
  method: 'put',
  path: '/plan/{year}',
  tags,
  summary:
    "Set a fiscal year's plan: growth at existing clients, revenue from new clients and " +
    "expected loss. The firm's target, so only those who manage the firm (workspace.manage)",
  request: { params: yearParam, body: jsonBody(planInputSchema) },
  responses: { 200: jsonResponse('The plan', planSchema) },
});

const acquisition = route('records.read', {
  method: 'get',
  path: '/acquisition',
  tags,
  summary:
    'The cost of one valuable new client in a fiscal year: the investment, the new clients ' +
    '(one-off ones and those the firm would rather see go left out) and the cost per client',
  request: { query: acquisitionQuery },
  responses: { 200: jsonResponse('The cost of a new client', acquisitionSchema) },
});

const setInvestment = route('workspace.manage', {
  method: 'put',
  path: '/acquisition/{year}',
  tags,
  summary:
    "Set what a fiscal year's winning of new clients cost: hours at a rate, plus money. The " +
    "firm's own figures, so only those who manage the firm (workspace.manage)",
  request: { params: yearParam, body: jsonBody(investmentInputSchema) },
  responses: { 200: jsonResponse('The cost of a new client', acquisitionSchema) },
});

export function planRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(plan, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await dayOf(workspaceId);
      const year = await yearToPlan(db, workspaceId, c.req.valid('query').year, today);
      return c.json(await planReport(db, workspaceId, year, today), 200);
    })
    .openapi(setPlan, async (c) => {
      const actor = authOf(c);
      const { year } = c.req.valid('param');
      await savePlan(db, actor, year, c.req.valid('json'));
      return c.json(
        await planReport(db, actor.workspaceId, year, await dayOf(actor.workspaceId)),
        200,
      );
    })
    .openapi(acquisition, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await dayOf(workspaceId);
      const year = await askedOrLatestYear(db, workspaceId, c.req.valid('query').year, today);
      return c.json(await acquisitionReport(db, workspaceId, year), 200);
    })
    .openapi(setInvestment, async (c) => {
      const actor = authOf(c);
      const { year } = c.req.valid('param');
      await saveAcquisitionInvestment(db, actor, year, c.req.valid('json'));
      return c.json(await acquisitionReport(db, actor.workspaceId, year), 200);
    });
}
