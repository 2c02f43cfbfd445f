// Call-back requests over HTTP: per client, the firm's open ones per professional, returned,
// passed on and removed.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  callBackCreateSchema,
  callBackListSchema,
  callBackQuery,
  callBackSchema,
  callBackUpdateSchema,
} from './call-backs.schema.ts';
import {
  clientCallBacks,
  createCallBack,
  deleteCallBack,
  firmCallBacks,
  getCallBack,
  updateCallBack,
} from './call-backs.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Call-backs'];

const clientList = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/call-backs',
  tags,
  summary: "A client's call-back requests, oldest first, each against its category's norm",
  request: { params: idParam },
  responses: { 200: jsonResponse('The call-backs', callBackListSchema) },
});
const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/call-backs',
  tags,
  summary: 'Note that a client called and wants to be called back',
  request: { params: idParam, body: jsonBody(callBackCreateSchema) },
  responses: { 201: jsonResponse('The call-back', callBackSchema) },
});
const firmList = route('records.read', {
  method: 'get',
  path: '/call-backs',
  tags,
  summary: "The firm's call-back requests, for one professional or open only",
  request: { query: callBackQuery },
  responses: { 200: jsonResponse('The call-backs', callBackListSchema) },
});
const get = route('records.read', {
  method: 'get',
  path: '/call-backs/{id}',
  tags,
  summary: 'One call-back request',
  request: { params: idParam },
  responses: { 200: jsonResponse('The call-back', callBackSchema) },
});
const update = route('records.write', {
  method: 'patch',
  path: '/call-backs/{id}',
  tags,
  summary: 'Mark a call returned (or not yet), pass it to someone else, change the note',
  request: { params: idParam, body: jsonBody(callBackUpdateSchema) },
  responses: { 200: jsonResponse('The call-back', callBackSchema) },
});
const remove = route('records.write', {
  method: 'delete',
  path: '/call-backs/{id}',
  tags,
  summary: 'Remove a call-back request',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});

export function callBackRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(clientList, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      return c.json(
        { items: await clientCallBacks(db, workspaceId, id, await dayOf(workspaceId)) },
        200,
      );
    })
    .openapi(create, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await createCallBack(db, actor, id, c.req.valid('json'), day), 201);
    })
    .openapi(firmList, async (c) => {
      const query = c.req.valid('query');
      const { workspaceId } = authOf(c);
      const filter = { forUserId: query.forUserId, open: query.open === 'true' };
      return c.json(
        { items: await firmCallBacks(db, workspaceId, filter, await dayOf(workspaceId)) },
        200,
      );
    })
    .openapi(get, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      return c.json(await getCallBack(db, workspaceId, id, await dayOf(workspaceId)), 200);
    })
    .openapi(update, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await updateCallBack(db, actor, id, c.req.valid('json'), day), 200);
    })
    .openapi(remove, async (c) => {
      await deleteCallBack(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
