// Who is asking, resolved once per request: a session cookie or an API token. Cookie-based
// requests that change state must carry the session's CSRF token in a header.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../core/errors.ts';
import { resolveApiToken, resolveSession } from '../features/auth/auth.service.ts';
import type { AppEnv, Deps } from '../http/context.ts';
import { csrfHeader, sessionCookie } from '../http/session-cookie.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function authenticate(deps: Deps): MiddlewareHandler<AppEnv> {
  const policy = {
    idleMinutes: deps.config.sessionIdleMinutes,
    absoluteHours: deps.config.sessionAbsoluteHours,
  };
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const auth = match?.[1] ? await resolveApiToken(deps.db, match[1]) : undefined;
      if (!auth) throw new DomainError('unauthenticated', 'The API token is not valid');
      c.set('auth', auth);
      return next();
    }
    const cookie = getCookie(c, sessionCookie);
    const auth = cookie ? await resolveSession(deps.db, cookie, policy) : undefined;
    c.set('auth', auth);
    if (auth && !safeMethods.has(c.req.method) && c.req.header(csrfHeader) !== auth.csrfToken) {
      throw new DomainError(
        'forbidden',
        'The request lacks its CSRF token; reload the page and try again',
      );
    }
    return next();
  };
}
