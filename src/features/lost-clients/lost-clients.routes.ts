// Lost clients and win-back over HTTP (method §8, decision 0037).
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import { categoryParam } from '../servicing/service-concepts.schema.ts';
import {
  getLoss,
  lossesOfClient,
  markLost,
  recordWinBack,
  undoLoss,
  updateLoss,
} from './client-losses.service.ts';
import { bridgeLosses, lostClientsReport } from './lost-report.service.ts';
import {
  createLostReason,
  deleteLostReason,
  listLostReasons,
  updateLostReason,
} from './lost-reasons.service.ts';
import {
  listWinBackPolicies,
  resetWinBackPolicy,
  setWinBackPolicy,
} from './win-back-policies.service.ts';
import {
  bridgeLossesQuery,
  bridgeLossesSchema,
  lossCreateSchema,
  lossListSchema,
  lossSchema,
  lossUpdateSchema,
  lostReasonCreateSchema,
  lostReasonListSchema,
  lostReasonSchema,
  lostReasonUpdateSchema,
  lostReportSchema,
  winBackPolicyInputSchema,
  winBackPolicyListSchema,
  winBackPolicySchema,
  winBackSchema,
} from './lost-clients.schema.ts';

const tags = ['Lost clients'];

const reasonList = route('records.read', {
  method: 'get',
  path: '/lost-reasons',
  tags,
  summary: "The firm's list of reasons a client leaves, hidden ones included",
  responses: { 200: jsonResponse('The reasons', lostReasonListSchema) },
});
const reasonCreate = route('workspace.manage', {
  method: 'post',
  path: '/lost-reasons',
  tags,
  summary: 'Add a reason of the firm’s own',
  request: { body: jsonBody(lostReasonCreateSchema) },
  responses: { 201: jsonResponse('The reason', lostReasonSchema) },
});
const reasonUpdate = route('workspace.manage', {
  method: 'patch',
  path: '/lost-reasons/{id}',
  tags,
  summary: 'Rename a reason, or hide it from new losses (or show it again)',
  request: { params: idParam, body: jsonBody(lostReasonUpdateSchema) },
  responses: { 200: jsonResponse('The reason', lostReasonSchema) },
});
const reasonDelete = route('workspace.manage', {
  method: 'delete',
  path: '/lost-reasons/{id}',
  tags,
  summary: 'Delete a reason of the firm’s own that no loss gives; others can only be hidden',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});
const clientLosses = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/losses',
  tags,
  summary: "A client's losses, the latest first, each with its win-back attempts",
  request: { params: idParam },
  responses: { 200: jsonResponse('The losses', lossListSchema) },
});
const markLostRoute = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/losses',
  tags,
  summary:
    'Mark a client lost: it becomes a former client until the day of the loss, and the win-back ' +
    'policy of its category on that day plans its activities',
  request: { params: idParam, body: jsonBody(lossCreateSchema) },
  responses: { 201: jsonResponse('The loss', lossSchema) },
});
const lossGet = route('records.read', {
  method: 'get',
  path: '/client-losses/{id}',
  tags,
  summary: 'One loss with its win-back attempts',
  request: { params: idParam },
  responses: { 200: jsonResponse('The loss', lossSchema) },
});
const lossUpdate = route('records.write', {
  method: 'patch',
  path: '/client-losses/{id}',
  tags,
  summary: "Correct a loss; an open loss's day is also the client's last day as one",
  request: { params: idParam, body: jsonBody(lossUpdateSchema) },
  responses: { 200: jsonResponse('The loss', lossSchema) },
});
const lossUndo = route('records.write', {
  method: 'delete',
  path: '/client-losses/{id}',
  tags,
  summary:
    'Undo a loss recorded by mistake: a client again, its win-back activities still planned ' +
    'removed; a loss won back cannot be undone',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});
const winBack = route('records.write', {
  method: 'post',
  path: '/client-losses/{id}/win-back',
  tags,
  summary: 'The client is won back: a client again; the loss keeps its record with the day',
  request: { params: idParam, body: jsonBody(winBackSchema) },
  responses: { 200: jsonResponse('The loss', lossSchema) },
});
const report = route('records.read', {
  method: 'get',
  path: '/lost-clients/report',
  tags,
  summary: 'Lost reasons per fiscal year and category, with the revenue the losses took',
  responses: { 200: jsonResponse('The report', lostReportSchema) },
});
const bridge = route('records.read', {
  method: 'get',
  path: '/lost-clients/bridge',
  tags,
  summary:
    "The clients of the revenue bridge's lost and won-back bars of a year, with their recorded losses",
  request: { query: bridgeLossesQuery },
  responses: { 200: jsonResponse('The clients', bridgeLossesSchema) },
});
const policyList = route('records.read', {
  method: 'get',
  path: '/category-schemes/{id}/win-back-policies',
  tags,
  summary: "The win-back policy of every category of a scheme: the firm's, or the default",
  request: { params: idParam },
  responses: { 200: jsonResponse('The policies', winBackPolicyListSchema) },
});
const policyPut = route('categories.manage', {
  method: 'put',
  path: '/category-schemes/{id}/win-back-policies/{category}',
  tags,
  summary: "Set a category's win-back policy: who acts, and the steps by days after the loss",
  request: { params: categoryParam, body: jsonBody(winBackPolicyInputSchema) },
  responses: { 200: jsonResponse('The policy', winBackPolicySchema) },
});
const policyReset = route('categories.manage', {
  method: 'delete',
  path: '/category-schemes/{id}/win-back-policies/{category}',
  tags,
  summary: 'Back to the default win-back policy of a category',
  request: { params: categoryParam },
  responses: { 200: jsonResponse('The policy', winBackPolicySchema) },
});

export function lostClientRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(reasonList, async (c) =>
      c.json({ items: await listLostReasons(db, authOf(c).workspaceId) }, 200),
    )
    .openapi(reasonCreate, async (c) =>
      c.json(await createLostReason(db, authOf(c), c.req.valid('json')), 201),
    )
    .openapi(reasonUpdate, async (c) =>
      c.json(
        await updateLostReason(db, authOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    )
    .openapi(reasonDelete, async (c) => {
      await deleteLostReason(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(clientLosses, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json({ items: await lossesOfClient(db, workspaceId, c.req.valid('param').id) }, 200);
    })
    .openapi(markLostRoute, async (c) => {
      const actor = authOf(c);
      const input = c.req.valid('json');
      const loss = await markLost(
        db,
        actor,
        c.req.valid('param').id,
        {
          lostOn: input.lostOn,
          reasonId: input.reasonId,
          text: input.text ?? null,
          manner: input.manner ?? null,
          told: input.told ?? null,
        },
        await dayOf(actor.workspaceId),
      );
      return c.json(loss, 201);
    })
    .openapi(lossGet, async (c) =>
      c.json(await getLoss(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(lossUpdate, async (c) => {
      const actor = authOf(c);
      const today = await dayOf(actor.workspaceId);
      return c.json(
        await updateLoss(db, actor, c.req.valid('param').id, c.req.valid('json'), today),
        200,
      );
    })
    .openapi(lossUndo, async (c) => {
      await undoLoss(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(winBack, async (c) => {
      const actor = authOf(c);
      const today = await dayOf(actor.workspaceId);
      return c.json(
        await recordWinBack(db, actor, c.req.valid('param').id, c.req.valid('json'), today),
        200,
      );
    })
    .openapi(report, async (c) => c.json(await lostClientsReport(db, authOf(c).workspaceId), 200))
    .openapi(bridge, async (c) =>
      c.json(await bridgeLosses(db, authOf(c).workspaceId, c.req.valid('query').year), 200),
    )
    .openapi(policyList, async (c) =>
      c.json(await listWinBackPolicies(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(policyPut, async (c) => {
      const { id, category } = c.req.valid('param');
      return c.json(await setWinBackPolicy(db, authOf(c), id, category, c.req.valid('json')), 200);
    })
    .openapi(policyReset, async (c) => {
      const { id, category } = c.req.valid('param');
      return c.json(await resetWinBackPolicy(db, authOf(c), id, category), 200);
    });
}
