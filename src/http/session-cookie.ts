import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Config } from './config.ts';

/** The cookie that carries the session, and the header that must echo its CSRF token. */
export const sessionCookie = 'kz_session';
export const csrfHeader = 'x-csrf-token';

function secure(c: Context, config: Config): boolean {
  if (config.secureCookies === 'always') return true;
  if (config.secureCookies === 'never') return false;
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** HttpOnly, SameSite=Lax, Secure behind TLS; a new value at every sign-in. */
export function setSessionCookie(c: Context, config: Config, value: string, expiresAt: Date): void {
  setCookie(c, sessionCookie, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c, config),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, sessionCookie, { path: '/' });
}

/**
 * The client's address: the socket's, or, behind a proxy that is trusted, the address that proxy
 * added last to X-Forwarded-For. The first entry is whatever the client wrote there itself, and
 * taking it would let one client be any number of addresses to the sign-in throttle.
 */
export function clientIp(c: Context, config: Config): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
