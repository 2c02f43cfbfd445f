import { z } from '@hono/zod-openapi';
import { DomainError } from '../../core/errors.ts';
import type { Deps } from '../../http/context.ts';
import { authOf } from '../../http/context.ts';
import { jsonBody, jsonResponse, route } from '../../http/route.ts';
import { clearSessionCookie, clientIp, setSessionCookie } from '../../http/session-cookie.ts';
import {
  emailSchema,
  locales,
  passwordSchema,
  personName,
  userSchema,
} from '../users/users.schema.ts';
import { changeOwnPassword, getUser, updateOwnProfile } from '../users/users.service.ts';
import { getWorkspace } from '../workspace/workspace.service.ts';
import { sessionSchema } from './auth.schema.ts';
import { endSession, signIn } from './auth.service.ts';
import { featureRouter } from '../../http/feature-router.ts';

const tags = ['Session'];

const signInSchema = z
  .object({ email: emailSchema, password: passwordSchema, workspaceId: z.uuid().optional() })
  .strict()
  .openapi('SignIn');

const current = route('self', {
  method: 'get',
  path: '/session',
  tags,
  summary: 'The signed-in user, the firm, and the CSRF token',
  responses: { 200: jsonResponse('Signed in', sessionSchema) },
});

const create = route('public', {
  method: 'post',
  path: '/session',
  tags,
  summary: 'Sign in (rate-limited; every attempt is logged)',
  request: { body: jsonBody(signInSchema) },
  responses: { 200: jsonResponse('Signed in', sessionSchema) },
});

const remove = route('self', {
  method: 'delete',
  path: '/session',
  tags,
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out' } },
});

const updateMe = route('self', {
  method: 'patch',
  path: '/me',
  tags,
  summary: 'Change your own name or language',
  request: {
    body: jsonBody(
      z
        .object({ name: personName.optional(), locale: z.enum(locales).optional() })
        .strict()
        .openapi('ProfileUpdate'),
    ),
  },
  responses: { 200: jsonResponse('Your profile', userSchema) },
});

const changePassword = route('self', {
  method: 'post',
  path: '/me/password',
  tags,
  summary: 'Change your password; your other sessions end',
  request: {
    body: jsonBody(
      z
        .object({ currentPassword: z.string().max(1000), newPassword: passwordSchema })
        .strict()
        .openapi('PasswordChange'),
    ),
  },
  responses: { 204: { description: 'Changed' } },
});

export function authRoutes({ db, config }: Deps) {
  const policy = {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
  };
  return featureRouter()
    .openapi(current, async (c) => {
      const auth = authOf(c);
      const [user, workspace] = await Promise.all([
        getUser(db, auth.workspaceId, auth.userId),
        getWorkspace(db, auth.workspaceId),
      ]);
      return c.json({ user, workspace, csrfToken: auth.csrfToken ?? null }, 200);
    })
    .openapi(create, async (c) => {
      const input = c.req.valid('json');
      const session = await signIn(db, { ...input, ip: clientIp(c, config), policy });
      setSessionCookie(c, config, session.cookieValue, session.expiresAt);
      const [user, workspace] = await Promise.all([
        getUser(db, session.user.workspaceId, session.user.id),
        getWorkspace(db, session.user.workspaceId),
      ]);
      return c.json({ user, workspace, csrfToken: session.csrfToken }, 200);
    })
    .openapi(remove, async (c) => {
      const auth = authOf(c);
      if (auth.via !== 'session')
        throw new DomainError('invalid_input', 'API tokens are revoked, not signed out');
      await endSession(db, auth);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(updateMe, async (c) =>
      c.json(await updateOwnProfile(db, authOf(c), c.req.valid('json')), 200),
    )
    .openapi(changePassword, async (c) => {
      await changeOwnPassword(db, authOf(c), c.req.valid('json'));
      return c.body(null, 204);
    });
}
