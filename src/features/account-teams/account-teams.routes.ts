import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { idParam } from '../../kernel/schemas.ts';
import { accountTeamSchema, accountTeamUpdateSchema } from './account-teams.schema.ts';
import { getAccountTeam, replaceAccountTeam } from './account-teams.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Account teams'];

const read = route('records.read', {
  method: 'get',
  path: '/organizations/{id}/account-team',
  tags,
  summary:
    "A client's relationship manager, second professional and account team, and who directs the relationship at its relation level",
  request: { params: idParam },
  responses: { 200: jsonResponse('The account team', accountTeamSchema) },
});

const replace = route('records.write', {
  method: 'put',
  path: '/organizations/{id}/account-team',
  tags,
  summary: "Set a client's account team: the firm's professionals, one of them the lead",
  request: { params: idParam, body: jsonBody(accountTeamUpdateSchema) },
  responses: { 200: jsonResponse('The account team', accountTeamSchema) },
});

export function accountTeamRoutes({ db }: Deps) {
  return featureRouter()
    .openapi(read, async (c) =>
      c.json(await getAccountTeam(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(replace, async (c) =>
      c.json(
        await replaceAccountTeam(db, authOf(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
    );
}
