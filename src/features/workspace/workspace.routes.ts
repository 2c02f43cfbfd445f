import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import { sessionSchema } from '../auth/auth.schema.ts';
import { createSession } from '../auth/auth.service.ts';
import { getUser } from '../users/users.service.ts';
import {
  setupSchema,
  setupStatusSchema,
  workspaceSchema,
  workspaceUpdateSchema,
} from './workspace.schema.ts';
import {
  createWorkspace,
  getWorkspace,
  setupNeeded,
  updateWorkspace,
} from './workspace.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Firm'];

const status = route('public', {
  method: 'get',
  path: '/setup',
  tags,
  summary: 'Whether the firm still has to be created (first visit)',
  responses: { 200: jsonResponse('Setup status', setupStatusSchema) },
});

const setup = route('public', {
  method: 'post',
  path: '/setup',
  tags,
  summary: 'Create the firm and its owner, and sign the owner in',
  request: { body: jsonBody(setupSchema) },
  responses: { 201: jsonResponse('Signed in as the owner', sessionSchema) },
});

const read = route('records.read', {
  method: 'get',
  path: '/workspace',
  tags,
  summary: 'The firm: name, currency, locale, fiscal-year start',
  responses: { 200: jsonResponse('The firm', workspaceSchema) },
});

const update = route('workspace.manage', {
  method: 'patch',
  path: '/workspace',
  tags,
  summary: "Change the firm's settings",
  request: { body: jsonBody(workspaceUpdateSchema) },
  responses: { 200: jsonResponse('The firm', workspaceSchema) },
});

export function workspaceRoutes({ db, config }: Deps) {
  const policy = {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  };
  return featureRouter()
    .openapi(status, async (c) =>
      c.json({ needed: config.openSignup || (await setupNeeded(db)) }, 200),
    )
    .openapi(setup, async (c) => {
      const { workspaceId, userId } = await createWorkspace(db, c.req.valid('json'), {
        openSignup: config.openSignup,
      });
      const session = await createSession(db, { workspaceId, userId, policy });
      setSessionCookie(c, config, session.cookieValue, session.expiresAt);
      const [user, workspace] = await Promise.all([
        getUser(db, workspaceId, userId),
        getWorkspace(db, workspaceId),
      ]);
      return c.json({ user, workspace, csrfToken: session.csrfToken }, 201);
    })
    .openapi(read, async (c) => c.json(await getWorkspace(db, authOf(c).workspaceId), 200))
    .openapi(update, async (c) =>
      c.json(await updateWorkspace(db, authOf(c), c.req.valid('json')), 200),
    );
}
