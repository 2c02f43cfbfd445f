// Evaluations, improvement plans, ambassador candidates, the evaluations due and the satisfaction
// report, over HTTP.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  ambassadorCandidateListSchema,
  evaluationCreateSchema,
  evaluationDueListSchema,
  evaluationDueQuery,
  evaluationListSchema,
  evaluationSchema,
  evaluationUpdateSchema,
  improvementPlanListSchema,
  improvementPlanQuery,
  improvementPlanSchema,
  improvementPlanUpdateSchema,
} from './satisfaction.schema.ts';
import {
  clientEvaluations,
  createEvaluation,
  deleteEvaluation,
  getEvaluation,
  updateEvaluation,
} from './satisfaction.service.ts';
import {
  ambassadorCandidates,
  evaluationsDueAt,
  getImprovementPlan,
  listImprovementPlans,
  updateImprovementPlan,
} from './improvement-plans.service.ts';
import { satisfactionReportQuery, satisfactionReportSchema } from './satisfaction-report.schema.ts';
import { satisfactionReportOf } from './satisfaction-report.service.ts';

const tags = ['Satisfaction'];

const clientList = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/evaluations',
  tags,
  summary: "A client's evaluations, the latest first, each with the plan it opened",
  request: { params: idParam },
  responses: { 200: jsonResponse('The evaluations', evaluationListSchema) },
});
const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/evaluations',
  tags,
  summary:
    "Record a client's evaluation; below the firm's norm it opens an improvement plan, at or " +
    'above it closes the open ones',
  request: { params: idParam, body: jsonBody(evaluationCreateSchema) },
  responses: { 201: jsonResponse('The evaluation', evaluationSchema) },
});
const get = route('records.read', {
  method: 'get',
  path: '/evaluations/{id}',
  tags,
  summary: 'One evaluation',
  request: { params: idParam },
  responses: { 200: jsonResponse('The evaluation', evaluationSchema) },
});
const update = route('records.write', {
  method: 'patch',
  path: '/evaluations/{id}',
  tags,
  summary: 'Correct an evaluation; its plans follow the corrected score',
  request: { params: idParam, body: jsonBody(evaluationUpdateSchema) },
  responses: { 200: jsonResponse('The evaluation', evaluationSchema) },
});
const remove = route('records.write', {
  method: 'delete',
  path: '/evaluations/{id}',
  tags,
  summary: 'Remove an evaluation, with the plan it opened; the plans it closed open again',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});
const due = route('records.read', {
  method: 'get',
  path: '/evaluations-due',
  tags,
  summary:
    'The evaluations due after assignments that ended in the last year and are not evaluated yet',
  request: { query: evaluationDueQuery },
  responses: { 200: jsonResponse('The evaluations due', evaluationDueListSchema) },
});
const planList = route('records.read', {
  method: 'get',
  path: '/improvement-plans',
  tags,
  summary: "The firm's improvement plans, open or closed, the earliest due first",
  request: { query: improvementPlanQuery },
  responses: { 200: jsonResponse('The plans', improvementPlanListSchema) },
});
const planGet = route('records.read', {
  method: 'get',
  path: '/improvement-plans/{id}',
  tags,
  summary: 'One improvement plan',
  request: { params: idParam },
  responses: { 200: jsonResponse('The plan', improvementPlanSchema) },
});
const planUpdate = route('records.write', {
  method: 'patch',
  path: '/improvement-plans/{id}',
  tags,
  summary: 'Say what, who, by when and at what cost; close it by hand or open it again',
  request: { params: idParam, body: jsonBody(improvementPlanUpdateSchema) },
  responses: { 200: jsonResponse('The plan', improvementPlanSchema) },
});
const ambassadors = route('records.read', {
  method: 'get',
  path: '/ambassador-candidates',
  tags,
  summary: 'Contacts whose latest recommend score is a 9 or a 10',
  responses: { 200: jsonResponse('The candidates', ambassadorCandidateListSchema) },
});

const report = route('records.read', {
  method: 'get',
  path: '/satisfaction',
  tags,
  summary:
    'The satisfaction report of a fiscal year: evaluations, average scores, intentions and the ' +
    'assignments evaluated, per category and per relationship manager, with those not evaluated',
  request: { query: satisfactionReportQuery },
  responses: { 200: jsonResponse('The satisfaction report', satisfactionReportSchema) },
});

export function satisfactionRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(clientList, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(workspaceId);
      return c.json({ items: await clientEvaluations(db, workspaceId, id, day) }, 200);
    })
    .openapi(create, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await createEvaluation(db, actor, id, c.req.valid('json'), day), 201);
    })
    .openapi(get, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      return c.json(await getEvaluation(db, workspaceId, id, await dayOf(workspaceId)), 200);
    })
    .openapi(update, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await updateEvaluation(db, actor, id, c.req.valid('json'), day), 200);
    })
    .openapi(remove, async (c) => {
      await deleteEvaluation(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(due, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await dayOf(workspaceId);
      const managerId = c.req.valid('query').userId;
      return c.json({ items: await evaluationsDueAt(db, workspaceId, { managerId, today }) }, 200);
    })
    .openapi(planList, async (c) => {
      const { workspaceId } = authOf(c);
      const day = await dayOf(workspaceId);
      return c.json(
        { items: await listImprovementPlans(db, workspaceId, c.req.valid('query'), day) },
        200,
      );
    })
    .openapi(planGet, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      return c.json(await getImprovementPlan(db, workspaceId, id, await dayOf(workspaceId)), 200);
    })
    .openapi(planUpdate, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await updateImprovementPlan(db, actor, id, c.req.valid('json'), day), 200);
    })
    .openapi(ambassadors, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json({ items: await ambassadorCandidates(db, workspaceId) }, 200);
    })
    .openapi(report, async (c) => {
      const { workspaceId } = authOf(c);
      const { fiscalYear } = c.req.valid('query');
      const today = await dayOf(workspaceId);
      return c.json(await satisfactionReportOf(db, workspaceId, { fiscalYear, today }), 200);
    });
}
