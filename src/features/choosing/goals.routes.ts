// Goals per category over HTTP: set per category of a scheme, and set against a year's figures.
import { firmToday } from '../../http/today.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  goalCreateSchema,
  goalListSchema,
  goalProgressSchema,
  goalSchema,
  goalUpdateSchema,
  progressQuery,
} from './goals.schema.ts';
import { createGoal, deleteGoal, goalsProgress, listGoals, updateGoal } from './goals.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Choosing clients'];
const manage = 'categories.manage';

const goalsList = route('records.read', {
  method: 'get',
  path: '/category-schemes/{id}/goals',
  tags,
  summary: "The goals per category of a scheme, on the method's measures or the firm's own",
  request: { params: idParam },
  responses: { 200: jsonResponse('The goals', goalListSchema) },
});
const goalCreate = route(manage, {
  method: 'post',
  path: '/category-schemes/{id}/goals',
  tags,
  summary: "Set a goal for a category: a measure of the method's six kinds, or the firm's own",
  request: { params: idParam, body: jsonBody(goalCreateSchema) },
  responses: { 201: jsonResponse('The goal', goalSchema) },
});
const goalUpdate = route(manage, {
  method: 'patch',
  path: '/goals/{id}',
  tags,
  summary: "Change a goal's target or direction (a custom goal's name and unit too)",
  request: { params: idParam, body: jsonBody(goalUpdateSchema) },
  responses: { 200: jsonResponse('The goal', goalSchema) },
});
const goalDelete = route(manage, {
  method: 'delete',
  path: '/goals/{id}',
  tags,
  summary: 'Remove a goal',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});
const progress = route('records.read', {
  method: 'get',
  path: '/category-schemes/{id}/goals/progress',
  tags,
  summary:
    "Each goal against the year's actual of the clients holding the category now: met, " +
    'not met, or not measured yet',
  request: { params: idParam, query: progressQuery },
  responses: { 200: jsonResponse('The progress', goalProgressSchema) },
});

export function goalRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(goalsList, async (c) =>
      c.json({ items: await listGoals(db, authOf(c).workspaceId, c.req.valid('param').id) }, 200),
    )
    .openapi(goalCreate, async (c) =>
      c.json(await createGoal(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(goalUpdate, async (c) =>
      c.json(await updateGoal(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(goalDelete, async (c) => {
      await deleteGoal(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(progress, async (c) =>
      c.json(
        await goalsProgress(db, authOf(c).workspaceId, c.req.valid('param').id, {
          year: c.req.valid('query').year,
          today: await firmToday(db, authOf(c).workspaceId, clock),
        }),
        200,
      ),
    );
}
