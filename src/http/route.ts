// Every route is declared with the permission it needs; authorize() checks it, in this one place,
// and the permission is written into the OpenAPI document (x-permission) for the matrix test.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { DomainError } from '../core/errors.ts';
import { can, type Permission } from '../core/roles.ts';
import type { AppEnv } from './context.ts';
import { errorSchema } from './errors.ts';
import { requireJsonBody } from './request-body.ts';

export type Access = Permission | 'public';

export function authorize(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access === 'public') return next();
    const auth = c.get('auth');
    if (!auth) throw new DomainError('unauthenticated', 'Sign in first');
    if (!can(auth.role, access))
      throw new DomainError('forbidden', 'Your role does not allow this');
    return next();
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
});

const commonErrors = {
  400: errorResponse('Invalid input'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Not allowed'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict'),
  429: errorResponse('Too many requests'),
};

const authenticated: Record<string, string[]>[] = [{ session: [] }, { token: [] }];

type RouteWithoutMiddleware = Omit<RouteConfig, 'middleware'>;

export function route<R extends RouteWithoutMiddleware>(access: Access, config: R) {
  const body = config.request?.body;
  const needsJson = body?.required === true && body.content['application/json'] !== undefined;
  const allowed = authorize(access);
  // a required JSON body is checked after the caller, so a stranger learns nothing of the route
  const guard: MiddlewareHandler<AppEnv> = needsJson
    ? (c, next) =>
        allowed(c, async () => {
          await requireJsonBody(c, next);
        })
    : allowed;
  return createRoute({
    ...config,
    responses: { ...commonErrors, ...config.responses },
    middleware: [guard] as const,
    'x-permission': access,
    security: access === 'public' ? [] : authenticated,
  });
}

export const jsonBody = <T>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});
