import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { systemClock } from '../../http/today.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  classificationListSchema,
  clientCategoriesSchema,
  clientScoresSchema,
  commitSchema,
  committedSchema,
  criteriaOrderSchema,
  criteriaPresetSchema,
  criterionCreateSchema,
  criterionListSchema,
  criterionSchema,
  criterionUpdateSchema,
  explanationSchema,
  matrixQuery,
  matrixSchema,
  overrideInputSchema,
  overrideSchema,
  previewSchema,
  schemeCreateSchema,
  schemeListSchema,
  schemeQuery,
  schemeSchema,
  schemeUpdateSchema,
  scoreInputSchema,
  scoreParams,
  setupChangesSchema,
} from './choosing.schema.ts';
import {
  clearOverride,
  clientCategories,
  commitClassification,
  explainCategory,
  listClassifications,
  overrideCategory,
  previewClassification,
  scoringMatrix,
} from './classification.service.ts';
import {
  applyCriteriaPreset,
  createCriterion,
  deleteCriterion,
  listCriteria,
  orderCriteria,
  updateCriterion,
} from './criteria.service.ts';
import {
  createScheme,
  deleteScheme,
  getScheme,
  listSchemes,
  makePrimary,
  updateScheme,
} from './schemes.service.ts';
import { clientScores, setScore } from './scores.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Choosing clients'];
const manage = 'categories.manage';
const noContent = { 204: { description: 'Done' } };

const criteriaList = route('records.read', {
  method: 'get',
  path: '/criteria',
  tags,
  summary: "The firm's criteria: the standard fifteen (on or off) and its own, in order",
  responses: { 200: jsonResponse('The criteria', criterionListSchema) },
});
const criterionCreate = route(manage, {
  method: 'post',
  path: '/criteria',
  tags,
  summary: "Add the firm's own criterion, switched on",
  request: { body: jsonBody(criterionCreateSchema) },
  responses: { 201: jsonResponse('The criterion', criterionSchema) },
});
const criterionUpdate = route(manage, {
  method: 'patch',
  path: '/criteria/{id}',
  tags,
  summary: 'Switch a criterion on or off, or change its weight, scale, name or data mapping',
  request: { params: idParam, body: jsonBody(criterionUpdateSchema) },
  responses: { 200: jsonResponse('The criterion', criterionSchema) },
});
const criterionDelete = route(manage, {
  method: 'delete',
  path: '/criteria/{id}',
  tags,
  summary: "Remove the firm's own criterion with its scores (standard ones are switched off)",
  request: { params: idParam },
  responses: noContent,
});
const criteriaPreset = route(manage, {
  method: 'post',
  path: '/criteria/preset',
  tags,
  summary: "Switch on the standard catalogue, or the freelancer's poen, pret & prestige",
  request: { body: jsonBody(criteriaPresetSchema) },
  responses: { 200: jsonResponse('The criteria', criterionListSchema) },
});
const criteriaOrder = route(manage, {
  method: 'put',
  path: '/criteria/order',
  tags,
  summary: 'Put the criteria in this order (the columns of the scoring matrix)',
  request: { body: jsonBody(criteriaOrderSchema) },
  responses: { 200: jsonResponse('The criteria', criterionListSchema) },
});

const schemesList = route('records.read', {
  method: 'get',
  path: '/category-schemes',
  tags,
  summary: "The firm's category schemes; A/B/C on the weighted grade to start with",
  responses: { 200: jsonResponse('The schemes', schemeListSchema) },
});
const schemeGet = route('records.read', {
  method: 'get',
  path: '/category-schemes/{id}',
  tags,
  summary: 'One category scheme',
  request: { params: idParam },
  responses: { 200: jsonResponse('The scheme', schemeSchema) },
});
const schemeCreate = route(manage, {
  method: 'post',
  path: '/category-schemes',
  tags,
  summary: "Add a preset scheme or the firm's own, with its categories, boundaries and method",
  request: { body: jsonBody(schemeCreateSchema) },
  responses: { 201: jsonResponse('The scheme', schemeSchema) },
});
const schemeUpdate = route(manage, {
  method: 'patch',
  path: '/category-schemes/{id}',
  tags,
  summary: 'Rename a scheme or change its categories, boundaries or method',
  request: { params: idParam, body: jsonBody(schemeUpdateSchema) },
  responses: { 200: jsonResponse('The scheme', schemeSchema) },
});
const schemePrimary = route(manage, {
  method: 'post',
  path: '/category-schemes/{id}/primary',
  tags,
  summary: "Make a value scheme the firm's primary one",
  request: { params: idParam },
  responses: { 200: jsonResponse('The scheme', schemeSchema) },
});
const schemeDelete = route(manage, {
  method: 'delete',
  path: '/category-schemes/{id}',
  tags,
  summary: 'Remove a scheme that is not the primary one, with its classifications and goals',
  request: { params: idParam },
  responses: noContent,
});

const matrix = route('records.read', {
  method: 'get',
  path: '/scoring-matrix',
  tags,
  summary:
    'The scoring matrix: every client by the active criteria, with total, grade and category',
  request: { query: matrixQuery },
  responses: { 200: jsonResponse('The scoring matrix', matrixSchema) },
});
const preview = route('records.read', {
  method: 'post',
  path: '/classifications/preview',
  tags,
  summary:
    'Who would move with these weights, categories or method, against the latest commit ' +
    '(nothing is saved)',
  request: { query: schemeQuery, body: jsonBody(setupChangesSchema) },
  responses: { 200: jsonResponse('The moves', previewSchema) },
});
const commit = route(manage, {
  method: 'post',
  path: '/classifications',
  tags,
  summary:
    'Save the changes and commit a classification: every client with its category, kept ' +
    'with the date, method, weights and boundaries',
  request: { query: schemeQuery, body: jsonBody(commitSchema) },
  responses: { 201: jsonResponse('The classification', committedSchema) },
});
const classificationsList = route('records.read', {
  method: 'get',
  path: '/category-schemes/{id}/classifications',
  tags,
  summary: "A scheme's committed classifications, newest first",
  request: { params: idParam },
  responses: { 200: jsonResponse('The classifications', classificationListSchema) },
});

const scoresGet = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/scores',
  tags,
  summary: "A client's scores per criterion: every scorer's, the agreed one, and disagreements",
  request: { params: idParam },
  responses: { 200: jsonResponse('The scores', clientScoresSchema) },
});
const scorePut = route('records.write', {
  method: 'put',
  path: '/organizations/{id}/scores/{criterionId}',
  tags,
  summary: "Score a client on a criterion: one's own score, or the agreed one (null clears it)",
  request: { params: scoreParams, body: jsonBody(scoreInputSchema) },
  responses: { 200: jsonResponse('The scores', clientScoresSchema) },
});
const explanation = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/category-explanation',
  tags,
  summary: 'Why a client is in its category, and what it would take to move up',
  request: { params: idParam, query: schemeQuery },
  responses: { 200: jsonResponse('The explanation', explanationSchema) },
});
const categories = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/categories',
  tags,
  summary: "A client's categories: every committed one, and those set by hand",
  request: { params: idParam },
  responses: { 200: jsonResponse('The categories', clientCategoriesSchema) },
});
const overridePut = route(manage, {
  method: 'put',
  path: '/organizations/{id}/category-override',
  tags,
  summary: "Set a client's category by hand, with the reason; it wins over the computed one",
  request: { params: idParam, body: jsonBody(overrideInputSchema) },
  responses: { 200: jsonResponse('The override', overrideSchema) },
});
const overrideDelete = route(manage, {
  method: 'delete',
  path: '/organizations/{id}/category-override',
  tags,
  summary: "Clear a client's category set by hand",
  request: { params: idParam, query: schemeQuery },
  responses: noContent,
});

export function choosingRoutes({ db, clock = systemClock }: Deps) {
  // the instant on the firm's clock: what a commit or a category set by hand is dated by
  const now = () => clock();
  return featureRouter()
    .openapi(criteriaList, async (c) =>
      c.json({ items: await listCriteria(db, authOf(c).workspaceId) }, 200),
    )
    .openapi(criteriaPreset, async (c) =>
      c.json({ items: await applyCriteriaPreset(db, authOf(c), c.req.valid('json').preset) }, 200),
    )
    .openapi(criteriaOrder, async (c) =>
      c.json({ items: await orderCriteria(db, authOf(c), c.req.valid('json').ids) }, 200),
    )
    .openapi(criterionCreate, async (c) =>
      c.json(await createCriterion(db, authOf(c), c.req.valid('json')), 201),
    )
    .openapi(criterionUpdate, async (c) =>
      c.json(
        await updateCriterion(db, authOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(criterionDelete, async (c) => {
      await deleteCriterion(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(schemesList, async (c) =>
      c.json({ items: await listSchemes(db, authOf(c).workspaceId) }, 200),
    )
    .openapi(schemeGet, async (c) =>
      c.json(await getScheme(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(schemeCreate, async (c) =>
      c.json(await createScheme(db, authOf(c), c.req.valid('json')), 201),
    )
    .openapi(schemeUpdate, async (c) =>
      c.json(await updateScheme(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(schemePrimary, async (c) =>
      c.json(await makePrimary(db, authOf(c), c.req.valid('param').id), 200),
    )
    .openapi(schemeDelete, async (c) => {
      await deleteScheme(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(matrix, async (c) =>
      c.json(await scoringMatrix(db, authOf(c).workspaceId, c.req.valid('query')), 200),
    )
    .openapi(preview, async (c) => {
      const { workspaceId } = authOf(c);
      const { schemeId } = c.req.valid('query');
      const result = await previewClassification(db, workspaceId, schemeId, c.req.valid('json'));
      return c.json(result.report, 200);
    })
    .openapi(commit, async (c) =>
      c.json(
        await commitClassification(
          db,
          authOf(c),
          c.req.valid('query').schemeId,
          c.req.valid('json'),
          now(),
        ),
        201,
      ),
    )
    .openapi(classificationsList, async (c) =>
      c.json(
        {
          items: await listClassifications(db, authOf(c).workspaceId, c.req.valid('param').id),
        },
        200,
      ),
    )
    .openapi(scoresGet, async (c) =>
      c.json({ items: await clientScores(db, authOf(c), c.req.valid('param').id) }, 200),
    )
    .openapi(scorePut, async (c) => {
      const { id, criterionId } = c.req.valid('param');
      const items = await setScore(db, authOf(c), id, criterionId, c.req.valid('json'));
      return c.json({ items }, 200);
    })
    .openapi(explanation, async (c) =>
      c.json(
        await explainCategory(
          db,
          authOf(c).workspaceId,
          c.req.valid('param').id,
          c.req.valid('query').schemeId,
        ),
        200,
      ),
    )
    .openapi(categories, async (c) =>
      c.json(await clientCategories(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(overridePut, async (c) =>
      c.json(
        await overrideCategory(db, authOf(c), c.req.valid('param').id, c.req.valid('json'), now()),
        200,
      ),
    )
    .openapi(overrideDelete, async (c) => {
      await clearOverride(
        db,
        authOf(c),
        c.req.valid('param').id,
        c.req.valid('query').schemeId,
        now(),
      );
      return c.body(null, 204);
    });
}
