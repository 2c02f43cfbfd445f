import type { Context } from 'hono';
import type { Role } from '../core/roles.ts';
import { DomainError } from '../core/errors.ts';
import type { Db } from '../db/connection.ts';
import type { Config } from './config.ts';
import type { Clock } from './today.ts';

/** Who is asking: resolved from the session cookie or an API token, in server/authenticate.ts. */
export type Auth = {
  workspaceId: string;
  userId: string;
  role: Role;
  via: 'session' | 'token';
  sessionId?: string;
  csrfToken?: string;
};

export type AppEnv = { Variables: { auth: Auth | undefined } };

/**
 * What features need from the outside: the database, the configuration and the clock (the
 * system's time when left out; tests fix it). The firm's day comes from it through firmToday.
 */
export type Deps = { db: Db; config: Config; clock?: Clock | undefined };

/** The signed-in caller; routes reach it only after authorize() let them through. */
export function authOf(c: Context<AppEnv>): Auth {
  const auth = c.get('auth');
  if (!auth) throw new DomainError('unauthenticated', 'Sign in first');
  return auth;
}
