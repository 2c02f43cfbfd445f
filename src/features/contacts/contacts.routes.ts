import { z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  contactCreateSchema,
  contactEndSchema,
  contactHitSchema,
  contactSearchQuery,
  contactListQuery,
  contactSchema,
  contactUpdateSchema,
} from './contacts.schema.ts';
import {
  createContact,
  endContact,
  getContact,
  listContacts,
  searchContacts,
  updateContact,
} from './contacts.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Contact persons'];

const list = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/contacts',
  tags,
  summary: "An organisation's contact persons, sorted by last name without the infix",
  request: { params: idParam, query: contactListQuery },
  responses: { 200: jsonResponse('Contact persons', z.object({ items: z.array(contactSchema) })) },
});

const search = route('records.read', {
  method: 'get',
  path: '/contacts',
  tags,
  summary: 'Find contact persons by name, e-mail or phone, each with its organisation',
  request: { query: contactSearchQuery },
  responses: {
    200: jsonResponse('Contact persons found', z.object({ items: z.array(contactHitSchema) })),
  },
});

const create = route('records.write', {
  method: 'post',
  path: '/organizations/{id}/contacts',
  tags,
  summary: 'Add a contact person to an organisation',
  request: { params: idParam, body: jsonBody(contactCreateSchema) },
  responses: { 201: jsonResponse('The contact person', contactSchema) },
});

const read = route('records.read', {
  method: 'get',
  path: '/contacts/{id}',
  tags,
  summary: 'One contact person',
  request: { params: idParam },
  responses: { 200: jsonResponse('The contact person', contactSchema) },
});

const update = route('records.write', {
  method: 'patch',
  path: '/contacts/{id}',
  tags,
  summary: 'Change fields of a contact person',
  request: { params: idParam, body: jsonBody(contactUpdateSchema) },
  responses: { 200: jsonResponse('The contact person', contactSchema) },
});

const end = route('records.write', {
  method: 'post',
  path: '/contacts/{id}/end',
  tags,
  summary: 'A contact person leaves: end them on a date (kept as history)',
  request: { params: idParam, body: jsonBody(contactEndSchema) },
  responses: { 200: jsonResponse('The contact person', contactSchema) },
});

export function contactRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(list, async (c) => {
      const items = await listContacts(
        db,
        authOf(c).workspaceId,
        c.req.valid('param').id,
        c.req.valid('query').include,
      );
      return c.json({ items }, 200);
    })
    .openapi(search, async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json({ items: await searchContacts(db, authOf(c).workspaceId, q, limit) }, 200);
    })
    .openapi(create, async (c) =>
      c.json(await createContact(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
    )
    .openapi(read, async (c) =>
      c.json(await getContact(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) =>
      c.json(await updateContact(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    )
    .openapi(end, async (c) =>
      c.json(await endContact(db, authOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
    );
}
