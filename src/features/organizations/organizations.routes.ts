import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { firmToday, systemClock } from '../../http/today.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import {
  organizationCreateSchema,
  organizationListQuery,
  organizationPageSchema,
  organizationSchema,
  organizationUpdateSchema,
} from './organizations.schema.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  createOrganization,
  getOrganization,
  pageOfOrganizations,
  setArchived,
  updateOrganization,
} from './organizations.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Organisations'];

const list = route('records.read', {
  method: 'get',
  path: '/organizations',
  tags,
  summary: 'List organisations: search, filter, sort, page by cursor',
  request: { query: organizationListQuery },
  responses: { 200: jsonResponse('A page of organisations', organizationPageSchema) },
});

const create = route('records.write', {
  method: 'post',
  path: '/organizations',
  tags,
  summary: 'Create an organisation',
  request: { body: jsonBody(organizationCreateSchema) },
  responses: { 201: jsonResponse('The organisation', organizationSchema) },
});

const read = route('records.read', {
  method: 'get',
  path: '/organizations/{id}',
  tags,
  summary: 'One organisation',
  request: { params: idParam },
  responses: { 200: jsonResponse('The organisation', organizationSchema) },
});

const update = route('records.write', {
  method: 'patch',
  path: '/organizations/{id}',
  tags,
  summary: 'Change fields of an organisation',
  request: { params: idParam, body: jsonBody(organizationUpdateSchema) },
  responses: { 200: jsonResponse('The organisation', organizationSchema) },
});

const archive = route('records.archive', {
  method: 'post',
  path: '/organizations/{id}/archive',
  tags,
  summary: 'Archive an organisation (it leaves the lists; nothing is deleted)',
  request: { params: idParam },
  responses: { 200: jsonResponse('The organisation', organizationSchema) },
});

const restore = route('records.archive', {
  method: 'post',
  path: '/organizations/{id}/restore',
  tags,
  summary: 'Bring an archived organisation back',
  request: { params: idParam },
  responses: { 200: jsonResponse('The organisation', organizationSchema) },
});

export function organizationRoutes({ db, clock }: Deps) {
  return featureRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const { workspaceId } = authOf(c);
      const page = await pageOfOrganizations(db, {
        workspaceId,
        filter: query,
        sort: query.sort,
        limit: query.limit,
        cursor: query.cursor,
        withTotal: query.withTotal === 'true',
        clock,
      });
      return c.json(page, 200);
    })
    .openapi(create, async (c) => {
      const organization = await createOrganization(
        db,
        authOf(c),
        c.req.valid('json'),
        (clock ?? systemClock)(),
      );
      return c.json(organization, 201);
    })
    .openapi(read, async (c) =>
      c.json(await getOrganization(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(
        await updateOrganization(
          db,
          authOf(c),
          c.req.valid('param').id,
          c.req.valid('json'),
          await firmToday(db, authOf(c).workspaceId, clock),
        ),
        200,
      ),
    )
    .openapi(archive, async (c) =>
      c.json(await setArchived(db, authOf(c), c.req.valid('param').id, true), 200),
    )
    .openapi(restore, async (c) =>
      c.json(await setArchived(db, authOf(c), c.req.valid('param').id, false), 200),
    );
}
