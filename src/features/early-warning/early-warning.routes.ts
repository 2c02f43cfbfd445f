// Early warning over HTTP: the at-risk list, a client's signals, recording an acute signal,
// dismissing a signal with a reason, and the firm's weights.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  atRiskListSchema,
  atRiskQuery,
  clientSignalsSchema,
  dismissSchema,
  kindParam,
  recordSignalSchema,
  recordedSignalSchema,
  weightsSchema,
  weightsUpdateSchema,
} from './early-warning.schema.ts';
import { atRiskList } from './early-warning.service.ts';
import {
  deleteAcuteSignal,
  dismissSignal,
  clientSignalsOf,
  recordAcuteSignal,
  signalWeights,
  undismissSignal,
  updateSignalWeights,
} from './signal-records.service.ts';

const tags = ['Early warning'];

const list = route('records.read', {
  method: 'get',
  path: '/at-risk',
  tags,
  summary:
    'The clients at risk, the highest priority first (the risk weighed by the category, so an ' +
    'A-client comes before a C-client at the same risk), each with every signal and its evidence',
  request: { query: atRiskQuery },
  responses: { 200: jsonResponse('The clients at risk', atRiskListSchema) },
});
const clientSignals = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/signals',
  tags,
  summary: "A client's signals with their evidence, and the acute signals recorded for it",
  request: { params: idParam },
  responses: { 200: jsonResponse("The client's signals", clientSignalsSchema) },
});
const record = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/acute-signals',
  tags,
  summary: 'Record an acute signal heard from the client: it counts for half a year',
  request: { params: idParam, body: jsonBody(recordSignalSchema) },
  responses: { 201: jsonResponse('The signal recorded', recordedSignalSchema) },
});
const removeRecorded = route('records.write', {
  method: 'delete',
  path: '/acute-signals/{id}',
  tags,
  summary: 'Remove an acute signal recorded by mistake',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});
const dismiss = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/signal-dismissals',
  tags,
  summary:
    'Dismiss a signal the client shows now, with the reason; it returns when its evidence changes',
  request: { params: idParam, body: jsonBody(dismissSchema) },
  responses: { 204: { description: 'Done' } },
});
const undismiss = route('records.write', {
  method: 'delete',
  path: '/organizations/{id}/signal-dismissals/{kind}',
  tags,
  summary: 'Take a dismissal back: the signal counts again',
  request: { params: kindParam },
  responses: { 204: { description: 'Done' } },
});
const weights = route('records.read', {
  method: 'get',
  path: '/early-warning/weights',
  tags,
  summary: "The firm's weight of each signal, and the defaults",
  responses: { 200: jsonResponse('The weights', weightsSchema) },
});
const updateWeights = route('workspace.manage', {
  method: 'patch',
  path: '/early-warning/weights',
  tags,
  summary: 'Change the weight of some signals (0–100)',
  request: { body: jsonBody(weightsUpdateSchema) },
  responses: { 200: jsonResponse('The weights', weightsSchema) },
});

export function earlyWarningRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(list, async (c) => {
      const { workspaceId } = authOf(c);
      const today = await dayOf(workspaceId);
      return c.json(await atRiskList(db, workspaceId, { today, ...c.req.valid('query') }), 200);
    })
    .openapi(clientSignals, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      const today = await dayOf(workspaceId);
      return c.json(await clientSignalsOf(db, workspaceId, id, today), 200);
    })
    .openapi(record, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const today = await dayOf(actor.workspaceId);
      return c.json(await recordAcuteSignal(db, actor, id, c.req.valid('json'), today), 201);
    })
    .openapi(removeRecorded, async (c) => {
      await deleteAcuteSignal(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(dismiss, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      await dismissSignal(db, actor, id, c.req.valid('json'), await dayOf(actor.workspaceId));
      return c.body(null, 204);
    })
    .openapi(undismiss, async (c) => {
      const { id, kind } = c.req.valid('param');
      await undismissSignal(db, authOf(c), id, kind);
      return c.body(null, 204);
    })
    .openapi(weights, async (c) => c.json(await signalWeights(db, authOf(c).workspaceId), 200))
    .openapi(updateWeights, async (c) =>
      c.json(await updateSignalWeights(db, authOf(c), c.req.valid('json').weights), 200),
    );
}
