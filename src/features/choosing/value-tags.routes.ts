// Value tags over HTTP: a client's kinds of value beside its category, and the firm's tags in use.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import { firmValueTagsSchema, valueTagsInputSchema, valueTagsSchema } from './value-tags.schema.ts';
import { clientValueTags, firmValueTags, setClientValueTags } from './value-tags.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Choosing clients'];

const clientTagsGet = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/value-tags',
  tags,
  summary: "A client's value tags: kinds of value beside its category (money, influence …)",
  request: { params: idParam },
  responses: { 200: jsonResponse('The tags', valueTagsSchema) },
});
const clientTagsPut = route('records.write', {
  method: 'put',
  path: '/organizations/{id}/value-tags',
  tags,
  summary: "Replace a client's value tags",
  request: { params: idParam, body: jsonBody(valueTagsInputSchema) },
  responses: { 200: jsonResponse('The tags', valueTagsSchema) },
});
const firmTagsGet = route('records.read', {
  method: 'get',
  path: '/value-tags',
  tags,
  summary: "The firm's value tags in use, with how many clients carry each, most used first",
  responses: { 200: jsonResponse('The tags in use', firmValueTagsSchema) },
});

export function valueTagRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(clientTagsGet, async (c) =>
      c.json(
        { tags: await clientValueTags(db, authOf(c).workspaceId, c.req.valid('param').id) },
        200,
      ),
    )
    .openapi(clientTagsPut, async (c) =>
      c.json(
        {
          tags: await setClientValueTags(
            db,
            authOf(c),
            c.req.valid('param').id,
            c.req.valid('json').tags,
          ),
        },
        200,
      ),
    )
    .openapi(firmTagsGet, async (c) =>
      c.json({ items: await firmValueTags(db, authOf(c).workspaceId) }, 200),
    );
}
