// Service concepts over HTTP (method §5): the norms per category of a scheme, set by hand or from
// a preset of the method's examples.
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import {
  categoryParam,
  serviceConceptListSchema,
  serviceConceptPresetSchema,
  serviceConceptSchema,
  serviceNormsInputSchema,
} from './service-concepts.schema.ts';
import {
  applyServiceConceptPreset,
  listServiceConcepts,
  resetServiceConcept,
  setServiceConcept,
} from './service-concepts.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Service concepts'];
const manage = 'categories.manage';

const list = route('records.read', {
  method: 'get',
  path: '/category-schemes/{id}/service-concepts',
  tags,
  summary: "The service concept of every category of a scheme: the firm's norms, or the defaults",
  request: { params: idParam },
  responses: { 200: jsonResponse('The concepts', serviceConceptListSchema) },
});
const put = route(manage, {
  method: 'put',
  path: '/category-schemes/{id}/service-concepts/{category}',
  tags,
  summary: "Set a category's norms: contact interval, call-back, proposal turnaround, gifts …",
  request: { params: categoryParam, body: jsonBody(serviceNormsInputSchema) },
  responses: { 200: jsonResponse('The concept', serviceConceptSchema) },
});
const reset = route(manage, {
  method: 'delete',
  path: '/category-schemes/{id}/service-concepts/{category}',
  tags,
  summary: 'Back to the default norms for a category',
  request: { params: categoryParam },
  responses: { 204: { description: 'Done' } },
});
const preset = route(manage, {
  method: 'post',
  path: '/category-schemes/{id}/service-concepts/preset',
  tags,
  summary: "Set the concepts from a preset of the method's examples",
  request: { params: idParam, body: jsonBody(serviceConceptPresetSchema) },
  responses: { 200: jsonResponse('The concepts', serviceConceptListSchema) },
});

export function serviceConceptRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(list, async (c) =>
      c.json(await listServiceConcepts(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(put, async (c) => {
      const { id, category } = c.req.valid('param');
      return c.json(await setServiceConcept(db, authOf(c), id, category, c.req.valid('json')), 200);
    })
    .openapi(reset, async (c) => {
      const { id, category } = c.req.valid('param');
      await resetServiceConcept(db, authOf(c), id, category);
      return c.body(null, 204);
    })
    .openapi(preset, async (c) =>
      c.json(
        await applyServiceConceptPreset(
          db,
          authOf(c),
          c.req.valid('param').id,
          c.req.valid('json').preset,
        ),
        200,
      ),
    );
}
