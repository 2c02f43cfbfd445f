import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { schemeQuery } from './choosing.schema.ts';
import {
  profileEditSchema,
  prospectFitListSchema,
  prospectProfileSchema,
} from './prospects.schema.ts';
import {
  editProspectProfile,
  prospectFits,
  prospectProfile,
  resetProspectProfile,
} from './prospects.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Choosing clients'];

const profileGet = route('records.read', {
  method: 'get',
  path: '/prospect-profile',
  tags,
  summary:
    "The ideal prospect: the profile the top category's clients share at the latest commit, " +
    "and the firm's own edits to it",
  request: { query: schemeQuery },
  responses: { 200: jsonResponse('The prospect profile', prospectProfileSchema) },
});
const profilePut = route('categories.manage', {
  method: 'put',
  path: '/prospect-profile',
  tags,
  summary: 'Keep the firm’s own profile: which sectors, size classes, regions and services count',
  request: { query: schemeQuery, body: jsonBody(profileEditSchema) },
  responses: { 200: jsonResponse('The prospect profile', prospectProfileSchema) },
});
const profileDelete = route('categories.manage', {
  method: 'delete',
  path: '/prospect-profile',
  tags,
  summary: "Drop the firm's own profile: the derived one counts again",
  request: { query: schemeQuery },
  responses: { 204: { description: 'Done' } },
});
const fits = route('records.read', {
  method: 'get',
  path: '/prospects/fit',
  tags,
  summary:
    "Every prospect's fit with the profile (0–100, null when nothing can be compared), " +
    'with the reasons, best first',
  request: { query: schemeQuery },
  responses: { 200: jsonResponse('The prospects', prospectFitListSchema) },
});

export function prospectRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(profileGet, async (c) =>
      c.json(await prospectProfile(db, authOf(c).workspaceId, c.req.valid('query').schemeId), 200),
    )
    .openapi(profilePut, async (c) =>
      c.json(
        await editProspectProfile(
          db,
          authOf(c),
          c.req.valid('query').schemeId,
          c.req.valid('json'),
        ),
        200,
      ),
    )
    .openapi(profileDelete, async (c) => {
      await resetProspectProfile(db, authOf(c), c.req.valid('query').schemeId);
      return c.body(null, 204);
    })
    .openapi(fits, async (c) =>
      c.json(await prospectFits(db, authOf(c).workspaceId, c.req.valid('query').schemeId), 200),
    );
}
