// Proposals over HTTP: per client, on the board ("the wall"), created, moved and removed.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  boardQuery,
  proposalCreateSchema,
  proposalListSchema,
  proposalSchema,
  proposalUpdateSchema,
} from './proposals.schema.ts';
import {
  createProposal,
  deleteProposal,
  getProposal,
  listClientProposals,
  proposalBoard,
  updateProposal,
} from './proposals.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Proposals'];

const clientList = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/proposals',
  tags,
  summary: "A client's proposals, the latest request first, each with its turnaround",
  request: { params: idParam },
  responses: { 200: jsonResponse('The proposals', proposalListSchema) },
});
const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/proposals',
  tags,
  summary: 'Record a proposal requested by a client (or a prospect)',
  request: { params: idParam, body: jsonBody(proposalCreateSchema) },
  responses: { 201: jsonResponse('The proposal', proposalSchema) },
});
const board = route('records.read', {
  method: 'get',
  path: '/proposals',
  tags,
  summary: 'The proposal board: every open proposal and those decided lately, by column place',
  request: { query: boardQuery },
  responses: { 200: jsonResponse('The proposals', proposalListSchema) },
});
const get = route('records.read', {
  method: 'get',
  path: '/proposals/{id}',
  tags,
  summary: 'One proposal',
  request: { params: idParam },
  responses: { 200: jsonResponse('The proposal', proposalSchema) },
});
const update = route('records.write', {
  method: 'patch',
  path: '/proposals/{id}',
  tags,
  summary: 'Change a proposal: its stage (the days it implies are filled in), value, owner …',
  request: { params: idParam, body: jsonBody(proposalUpdateSchema) },
  responses: { 200: jsonResponse('The proposal', proposalSchema) },
});
const remove = route('records.write', {
  method: 'delete',
  path: '/proposals/{id}',
  tags,
  summary: 'Remove a proposal',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});

export function proposalRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(clientList, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      const items = await listClientProposals(db, workspaceId, id, await dayOf(workspaceId));
      return c.json({ items }, 200);
    })
    .openapi(create, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await createProposal(db, actor, id, c.req.valid('json'), day), 201);
    })
    .openapi(board, async (c) => {
      const { workspaceId } = authOf(c);
      const day = await dayOf(workspaceId);
      return c.json(
        { items: await proposalBoard(db, workspaceId, c.req.valid('query'), day) },
        200,
      );
    })
    .openapi(get, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      return c.json(await getProposal(db, workspaceId, id, await dayOf(workspaceId)), 200);
    })
    .openapi(update, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await updateProposal(db, actor, id, c.req.valid('json'), day), 200);
    })
    .openapi(remove, async (c) => {
      await deleteProposal(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
