// Complaints over HTTP: per client and firm-wide, recorded, moved through their steps, changed and
// removed, and the report per category, professional and client.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { featureRouter } from '../../http/feature-router.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { invalidField } from '../../core/errors.ts';
import { idParam } from '../../kernel/schemas.ts';
import { complaintReport } from './complaints-report.service.ts';
import {
  complaintCreateSchema,
  complaintListSchema,
  complaintQuery,
  complaintReportQuery,
  complaintReportSchema,
  complaintSchema,
  complaintUpdateSchema,
} from './complaints.schema.ts';
import {
  clientComplaints,
  createComplaint,
  deleteComplaint,
  firmComplaints,
  getComplaint,
  updateComplaint,
} from './complaints.service.ts';

const tags = ['Complaints'];

const clientList = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/complaints',
  tags,
  summary: "A client's complaints, the most recent first, each against its category's norms",
  request: { params: idParam },
  responses: { 200: jsonResponse('The complaints', complaintListSchema) },
});
const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/complaints',
  tags,
  summary: 'Record a complaint of a client: received today unless another day is given',
  request: { params: idParam, body: jsonBody(complaintCreateSchema) },
  responses: { 201: jsonResponse('The complaint', complaintSchema) },
});
const firmList = route('records.read', {
  method: 'get',
  path: '/complaints',
  tags,
  summary: "The firm's complaints, the most overdue first: by status, category, professional",
  request: { query: complaintQuery },
  responses: { 200: jsonResponse('The complaints', complaintListSchema) },
});
const report = route('records.read', {
  method: 'get',
  path: '/complaints/report',
  tags,
  summary: 'Complaints per category, professional and client, with resolution times and norms',
  request: { query: complaintReportQuery },
  responses: { 200: jsonResponse('The report', complaintReportSchema) },
});
const get = route('records.read', {
  method: 'get',
  path: '/complaints/{id}',
  tags,
  summary: 'One complaint',
  request: { params: idParam },
  responses: { 200: jsonResponse('The complaint', complaintSchema) },
});
const update = route('records.write', {
  method: 'patch',
  path: '/complaints/{id}',
  tags,
  summary: 'Move a complaint to a step (acknowledged, solved, closed) or change what it says',
  request: { params: idParam, body: jsonBody(complaintUpdateSchema) },
  responses: { 200: jsonResponse('The complaint', complaintSchema) },
});
const remove = route('records.write', {
  method: 'delete',
  path: '/complaints/{id}',
  tags,
  summary: 'Remove a complaint',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});

export function complaintRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(clientList, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(workspaceId);
      return c.json({ items: await clientComplaints(db, workspaceId, id, day) }, 200);
    })
    .openapi(create, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await createComplaint(db, actor, id, c.req.valid('json'), day), 201);
    })
    .openapi(firmList, async (c) => {
      const { workspaceId } = authOf(c);
      const { open, ...query } = c.req.valid('query');
      const day = await dayOf(workspaceId);
      const filter = { ...query, open: open === 'true' };
      return c.json({ items: await firmComplaints(db, workspaceId, filter, day) }, 200);
    })
    .openapi(report, async (c) => {
      const { workspaceId } = authOf(c);
      const query = c.req.valid('query');
      const day = await dayOf(workspaceId);
      const to = query.to ?? day;
      if (query.from !== undefined && query.from > to)
        throw invalidField('from', 'cannot be after the end of the period', { code: 'invalid' });
      return c.json(
        await complaintReport(db, workspaceId, { from: query.from ?? null, to }, day),
        200,
      );
    })
    .openapi(get, async (c) => {
      const { workspaceId } = authOf(c);
      const id = c.req.valid('param').id;
      return c.json(await getComplaint(db, workspaceId, id, await dayOf(workspaceId)), 200);
    })
    .openapi(update, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await updateComplaint(db, actor, id, c.req.valid('json'), day), 200);
    })
    .openapi(remove, async (c) => {
      await deleteComplaint(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    });
}
