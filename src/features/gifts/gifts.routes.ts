import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  giftCreateSchema,
  giftListSchema,
  giftRegisterQuery,
  giftRegisterSchema,
  giftSchema,
  giftUpdateSchema,
} from './gifts.schema.ts';
import {
  createGift,
  deleteGift,
  getGift,
  giftRegister,
  giftsOfClient,
  updateGift,
} from './gifts.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Gift register'];

const list = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/gifts',
  tags,
  summary: "The gifts to a client's contact persons, newest first, with their warnings",
  request: { params: idParam },
  responses: { 200: jsonResponse('The gifts', giftListSchema) },
});

const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/gifts',
  tags,
  summary: 'Plan or register a gift to a contact person of the client',
  request: { params: idParam, body: jsonBody(giftCreateSchema) },
  responses: { 201: jsonResponse('The gift', giftSchema) },
});

const register = route('records.read', {
  method: 'get',
  path: '/gifts',
  tags,
  summary: "The firm's gift register over a period, newest first, with clients and contact persons",
  request: { query: giftRegisterQuery },
  responses: { 200: jsonResponse('The register', giftRegisterSchema) },
});

const read = route('records.read', {
  method: 'get',
  path: '/gifts/{id}',
  tags,
  summary: 'One gift with its warnings and checklist',
  request: { params: idParam },
  responses: { 200: jsonResponse('The gift', giftSchema) },
});

const update = route('records.write', {
  method: 'patch',
  path: '/gifts/{id}',
  tags,
  summary: 'Change a gift: tick requirements, move it, register it as given',
  request: { params: idParam, body: jsonBody(giftUpdateSchema) },
  responses: { 200: jsonResponse('The gift', giftSchema) },
});

const remove = route('records.write', {
  method: 'delete',
  path: '/gifts/{id}',
  tags,
  summary: 'Remove a gift (the audit log keeps what it was)',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});

export function giftRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(list, async (c) =>
      c.json(await giftsOfClient(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(create, async (c) =>
      c.json(await createGift(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(register, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await firmToday(db, workspaceId, clock);
      return c.json(await giftRegister(db, { workspaceId, ...c.req.valid('query'), today }), 200);
    })
    .openapi(read, async (c) =>
      c.json(await getGift(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await updateGift(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(remove, async (c) => {
      await deleteGift(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
