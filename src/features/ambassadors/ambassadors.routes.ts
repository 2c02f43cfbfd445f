// Ambassadors, referrals, introductions and the marketing pyramid over HTTP (method §10).
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  ambassadorOverviewSchema,
  introductionListSchema,
  pyramidQuery,
  pyramidSchema,
  referralListSchema,
  spendCreateSchema,
  spendSchema,
  spendUpdateSchema,
} from './ambassadors.schema.ts';
import { ambassadorsOverview, introductions, referralList } from './ambassadors.service.ts';
import {
  createSpend,
  deleteSpend,
  getSpend,
  marketingPyramid,
  updateSpend,
} from './marketing-spend.service.ts';

const tags = ['Ambassadors'];

const overview = route('records.read', {
  method: 'get',
  path: '/ambassadors',
  tags,
  summary:
    'The organisations that referred clients or whose contacts recommend the firm with a 9 or ' +
    '10, with the clients and revenue each brought, and the thank-yous owed',
  responses: { 200: jsonResponse('The ambassadors', ambassadorOverviewSchema) },
});
const referrals = route('records.read', {
  method: 'get',
  path: '/referrals',
  tags,
  summary: 'Who referred each client, with its start and revenue since',
  responses: { 200: jsonResponse('The referrals', referralListSchema) },
});
const introductionList = route('records.read', {
  method: 'get',
  path: '/introductions',
  tags,
  summary:
    'Prospects that fit the ideal profile, each with the ambassadors of its sector (or region)',
  responses: { 200: jsonResponse('The suggested introductions', introductionListSchema) },
});
const pyramid = route('records.read', {
  method: 'get',
  path: '/marketing-pyramid',
  tags,
  summary:
    "The firm's time and money per layer of the marketing pyramid in a fiscal year, against " +
    'the advice to work from the top down',
  request: { query: pyramidQuery },
  responses: { 200: jsonResponse('The pyramid', pyramidSchema) },
});
const spendCreate = route('records.write', {
  method: 'post',
  path: '/marketing-spend',
  tags,
  summary: 'Record time or money spent on a layer that no client is tied to (an article, a fair)',
  request: { body: jsonBody(spendCreateSchema) },
  responses: { 201: jsonResponse('The spend', spendSchema) },
});
const spendGet = route('records.read', {
  method: 'get',
  path: '/marketing-spend/{id}',
  tags,
  summary: 'One entry of marketing spend',
  request: { params: idParam },
  responses: { 200: jsonResponse('The spend', spendSchema) },
});
const spendUpdate = route('records.write', {
  method: 'patch',
  path: '/marketing-spend/{id}',
  tags,
  summary: 'Correct an entry of marketing spend',
  request: { params: idParam, body: jsonBody(spendUpdateSchema) },
  responses: { 200: jsonResponse('The spend', spendSchema) },
});
const spendDelete = route('records.write', {
  method: 'delete',
  path: '/marketing-spend/{id}',
  tags,
  summary: 'Remove an entry of marketing spend',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});

export function ambassadorsRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(overview, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json(await ambassadorsOverview(db, workspaceId, await dayOf(workspaceId)), 200);
    })
    .openapi(referrals, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json({ items: await referralList(db, workspaceId) }, 200);
    })
    .openapi(introductionList, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json({ items: await introductions(db, workspaceId) }, 200);
    })
    .openapi(pyramid, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await dayOf(workspaceId);
      const { year } = c.req.valid('query');
      return c.json(await marketingPyramid(db, workspaceId, { year, today }), 200);
    })
    .openapi(spendCreate, async (c) => {
      return c.json(await createSpend(db, authOf(c), c.req.valid('json')), 201);
    })
    .openapi(spendGet, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json(await getSpend(db, workspaceId, c.req.valid('param').id), 200);
    })
    .openapi(spendUpdate, async (c) => {
      const id = c.req.valid('param').id;
      return c.json(await updateSpend(db, authOf(c), id, c.req.valid('json')), 200);
    })
    .openapi(spendDelete, async (c) => {
      await deleteSpend(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
