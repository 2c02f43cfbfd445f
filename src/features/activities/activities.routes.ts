import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { firmToday } from '../../http/today.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  activityContactParams,
  activityCreateSchema,
  activityListQuery,
  activityPageSchema,
  activitySchema,
  activityUpdateSchema,
  fourPBalanceSchema,
  fourPsQuery,
  invitationResponseSchema,
} from './activities.schema.ts';
import {
  answerInvitation,
  createActivity,
  deleteActivity,
  fourPsOfOrganization,
  getActivity,
  pageOfActivities,
  updateActivity,
} from './activities.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Relationship activities'];

const list = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/activities',
  tags,
  summary: "An organisation's relationship activities, newest first, filtered by status and P",
  request: { params: idParam, query: activityListQuery },
  responses: { 200: jsonResponse('A page of activities', activityPageSchema) },
});

const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/activities',
  tags,
  summary: "Log or plan a relationship activity; without a P the type's suggested P is stored",
  request: { params: idParam, body: jsonBody(activityCreateSchema) },
  responses: { 201: jsonResponse('The activity', activitySchema) },
});

const read = route('records.read', {
  method: 'get',
  path: '/activities/{id}',
  tags,
  summary: 'One relationship activity',
  request: { params: idParam },
  responses: { 200: jsonResponse('The activity', activitySchema) },
});

const update = route('records.write', {
  method: 'patch',
  path: '/activities/{id}',
  tags,
  summary: 'Change an activity: mark it done, move it, set its P, mark the follow-up done',
  request: { params: idParam, body: jsonBody(activityUpdateSchema) },
  responses: { 200: jsonResponse('The activity', activitySchema) },
});

const remove = route('records.write', {
  method: 'delete',
  path: '/activities/{id}',
  tags,
  summary: 'Remove an activity (the audit log keeps what it was)',
  request: { params: idParam },
  responses: { 204: { description: 'Done' } },
});

const answer = route('records.write', {
  method: 'put',
  path: '/activities/{id}/contacts/{contactId}/response',
  tags,
  summary: 'What a contact person invited answered: accepted, declined, or none (taken back)',
  request: { params: activityContactParams, body: jsonBody(invitationResponseSchema) },
  responses: { 200: jsonResponse('The activity', activitySchema) },
});

const balance = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/four-ps',
  tags,
  summary: "The balance of the four P's of a client's done activities over a period",
  request: { params: idParam, query: fourPsQuery },
  responses: {
    200: jsonResponse('The balance beside the advised order', fourPBalanceSchema),
  },
});

export function activityRoutes({ db, clock }: Deps) {
  const dayOf = (workspaceId: string) => firmToday(db, workspaceId, clock);
  return featureRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const page = await pageOfActivities(db, {
        workspaceId: authOf(c).workspaceId,
        organizationId: c.req.valid('param').id,
        filter: { status: query.status, p: query.p },
        limit: query.limit,
        cursor: query.cursor,
        withTotal: query.withTotal === 'true',
      });
      return c.json(page, 200);
    })
    .openapi(create, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await createActivity(db, actor, id, c.req.valid('json'), day), 201);
    })
    .openapi(read, async (c) =>
      c.json(await getActivity(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) => {
      const actor = authOf(c);
      const id = c.req.valid('param').id;
      const day = await dayOf(actor.workspaceId);
      return c.json(await updateActivity(db, actor, id, c.req.valid('json'), day), 200);
    })
    .openapi(answer, async (c) => {
      const actor = authOf(c);
      const { id, contactId } = c.req.valid('param');
      const day = await dayOf(actor.workspaceId);
      const { response } = c.req.valid('json');
      return c.json(
        await answerInvitation(db, actor, { activityId: id, contactId }, response, day),
        200,
      );
    })
    .openapi(remove, async (c) => {
      await deleteActivity(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(balance, async (c) => {
      const { workspaceId } = authOf(c);
      return c.json(
        await fourPsOfOrganization(db, {
          workspaceId,
          organizationId: c.req.valid('param').id,
          ...c.req.valid('query'),
          today: await dayOf(workspaceId),
        }),
        200,
      );
    });
}
