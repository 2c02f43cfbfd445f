import { z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import { sessionSchema } from '../auth/auth.schema.ts';
import { createSession } from '../auth/auth.service.ts';
import { idParam } from '../../kernel/schemas.ts';
import { getWorkspace } from '../workspace/workspace.service.ts';
import {
  invitationAcceptSchema,
  invitationCreatedSchema,
  invitationCreateSchema,
  invitationSchema,
  userSchema,
  userUpdateSchema,
} from './users.schema.ts';
import {
  acceptInvitation,
  endSessions,
  getUser,
  invite,
  listInvitations,
  listUsers,
  revokeInvitation,
  updateUser,
} from './users.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Users'];

const list = route('users.read', {
  method: 'get',
  path: '/users',
  tags,
  summary: 'The professionals of the firm',
  responses: { 200: jsonResponse('Users', z.object({ items: z.array(userSchema) })) },
});

const read = route('users.read', {
  method: 'get',
  path: '/users/{id}',
  tags,
  summary: 'One professional',
  request: { params: idParam },
  responses: { 200: jsonResponse('The user', userSchema) },
});

const update = route('users.manage', {
  method: 'patch',
  path: '/users/{id}',
  tags,
  summary: 'Change role or name, disable or enable an account',
  request: { params: idParam, body: jsonBody(userUpdateSchema) },
  responses: { 200: jsonResponse('The user', userSchema) },
});

const endUserSessions = route('users.manage', {
  method: 'post',
  path: '/users/{id}/end-sessions',
  tags,
  summary: "End all of a user's sessions",
  request: { params: idParam },
  responses: { 200: jsonResponse('Sessions ended', z.object({ ended: z.number().int() })) },
});

const invitationsList = route('users.manage', {
  method: 'get',
  path: '/invitations',
  tags,
  summary: 'Open invitations',
  responses: { 200: jsonResponse('Invitations', z.object({ items: z.array(invitationSchema) })) },
});

const invitationsCreate = route('users.manage', {
  method: 'post',
  path: '/invitations',
  tags,
  summary: 'Invite a professional with a role (the link is valid 14 days)',
  request: { body: jsonBody(invitationCreateSchema) },
  responses: {
    201: jsonResponse('The invitation and its one-time token', invitationCreatedSchema),
  },
});

const invitationsRevoke = route('users.manage', {
  method: 'delete',
  path: '/invitations/{id}',
  tags,
  summary: 'Withdraw an invitation',
  request: { params: idParam },
  responses: { 204: { description: 'Withdrawn' } },
});

const invitationsAccept = route('public', {
  method: 'post',
  path: '/invitations/accept',
  tags,
  summary: 'Accept an invitation: set a password and sign in',
  request: { body: jsonBody(invitationAcceptSchema) },
  responses: { 201: jsonResponse('Signed in', sessionSchema) },
});

export function userRoutes({ db, config }: Deps) {
  const policy = {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  };
  return featureRouter()
    .openapi(list, async (c) => c.json({ items: await listUsers(db, authOf(c).workspaceId) }, 200))
    .openapi(read, async (c) =>
      c.json(await getUser(db, authOf(c).workspaceId, c.req.valid('param').id), 200),
    )
    .openapi(update, async (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      if (id === auth.userId && input.disabled)
        throw new DomainError('invalid_input', 'You cannot disable your own account', [
          { field: 'disabled', message: 'not for your own account' },
        ]);
      return c.json(await updateUser(db, auth, id, input), 200);
    })
    .openapi(endUserSessions, async (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid('param');
      await getUser(db, auth.workspaceId, id);
      return c.json({ ended: await endSessions(db, auth.workspaceId, id) }, 200);
    })
    .openapi(invitationsList, async (c) =>
      c.json({ items: await listInvitations(db, authOf(c).workspaceId) }, 200),
    )
    .openapi(invitationsCreate, async (c) =>
      c.json(await invite(db, authOf(c), c.req.valid('json')), 201),
    )
    .openapi(invitationsRevoke, async (c) => {
      await revokeInvitation(db, authOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    })
    .openapi(invitationsAccept, async (c) => {
      const { user, workspaceId } = await acceptInvitation(db, c.req.valid('json'));
      const session = await createSession(db, { workspaceId, userId: user.id, policy });
      setSessionCookie(c, config, session.cookieValue, session.expiresAt);
      return c.json(
        { user, workspace: await getWorkspace(db, workspaceId), csrfToken: session.csrfToken },
        201,
      );
    });
}
