// Sign-in, sessions and API-token resolution. Sessions live in the database, so any number of
// app processes serve the same signed-in user.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { DomainError, invalidField } from '../../core/errors.ts';
import { isRole } from '../../core/roles.ts';
import { passwordProblem } from '../../core/password-policy.ts';
import type { Db } from '../../db/connection.ts';
import { apiTokens, sessions, signInAttempts, users } from '../../db/schema.ts';
import type { Auth } from '../../http/context.ts';
import { dummyHash, verifyPassword } from './password.ts';
import {
  admitSignIn,
  nilWorkspace,
  oneSignInAtATime,
  signInSucceeded,
} from './sign-in-throttle.ts';
import { hashSecret, newSecret, splitCredential } from '../../kernel/secrets.ts';

// Passwords and the throttle on checking one, for the users and the workspace's first owner.
export { hashPassword, verifyPassword } from './password.ts';
export {
  admitFromAddress,
  admitOwnPasswordCheck,
  oneSignInAtATime,
  ownPasswordChecked,
} from './sign-in-throttle.ts';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

export const emailKey = (email: string) => email.trim().toLowerCase();

export function checkPassword(password: string, field = 'password'): void {
  const problem = passwordProblem(password);
  if (problem === 'too_short') throw invalidField(field, 'must be at least 8 characters');
  if (problem === 'too_long') throw invalidField(field, 'must be at most 128 characters');
}

export async function createSession(
  db: Db,
  args: { workspaceId: string; userId: string; policy: SessionPolicy },
): Promise<{ cookieValue: string; csrfToken: string; expiresAt: Date }> {
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + args.policy.absoluteHours * 3_600_000);
  await db.insert(sessions).values({
    workspaceId: args.workspaceId,
    id: hashSecret(secret),
    userId: args.userId,
    csrfToken,
    expiresAt,
  });
  return { cookieValue: `${args.workspaceId}.${secret}`, csrfToken, expiresAt };
}

export async function signIn(
  db: Db,
  args: {
    email: string;
    password: string;
    ip: string;
    workspaceId?: string | undefined;
    policy: SessionPolicy;
  },
) {
  const key = emailKey(args.email);
  return oneSignInAtATime(async () => {
    try {
      await admitSignIn(db, key, args.ip);
    } catch (error) {
      await logAttempt(db, { workspaceId: nilWorkspace, key, ip: args.ip, succeeded: false });
      throw error;
    }
    return checkSignIn(db, key, args);
  });
}

/** The password check itself, for an attempt the throttle let through. */
async function checkSignIn(
  db: Db,
  key: string,
  args: { password: string; ip: string; workspaceId?: string | undefined; policy: SessionPolicy },
) {
  const candidates = await db
    .select()
    .from(users)
    .where(and(eq(users.email, key), isNull(users.disabledAt)));
  const eligible = candidates.filter(
    (user) => !args.workspaceId || user.workspaceId === args.workspaceId,
  );
  let match: (typeof eligible)[number] | undefined;
  for (const user of eligible) {
    if (user.passwordHash && (await verifyPassword(args.password, user.passwordHash))) {
      match = user;
      break;
    }
  }
  if (eligible.length === 0) await verifyPassword(args.password, dummyHash);
  if (!match || !isRole(match.role)) {
    await logAttempt(db, {
      workspaceId: eligible[0]?.workspaceId ?? nilWorkspace,
      key,
      ip: args.ip,
      succeeded: false,
    });
    throw new DomainError('unauthenticated', 'Email address or password is not right');
  }
  await logAttempt(db, { workspaceId: match.workspaceId, key, ip: args.ip, succeeded: true });
  await signInSucceeded(db, key, args.ip);
  const session = await createSession(db, {
    workspaceId: match.workspaceId,
    userId: match.id,
    policy: args.policy,
  });
  return { ...session, user: match };
}

async function logAttempt(
  db: Db,
  a: { workspaceId: string; key: string; ip: string; succeeded: boolean },
) {
  await db.insert(signInAttempts).values({
    workspaceId: a.workspaceId,
    emailKey: a.key.slice(0, 320),
    ip: a.ip.slice(0, 64),
    succeeded: a.succeeded ? 1 : 0,
  });
}

/** The caller behind a session cookie, or undefined when it is unknown, expired or idle too long. */
export async function resolveSession(
  db: Db,
  cookieValue: string,
  policy: SessionPolicy,
): Promise<Auth | undefined> {
  const credential = splitCredential(cookieValue);
  if (!credential) return undefined;
  const id = hashSecret(credential.secret);
  const [row] = await db
    .select({ session: sessions, role: users.role })
    .from(sessions)
    .innerJoin(
      users,
      and(eq(users.workspaceId, sessions.workspaceId), eq(users.id, sessions.userId)),
    )
    .where(
      and(
        eq(sessions.workspaceId, credential.workspaceId),
        eq(sessions.id, id),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(mins => ${policy.idleMinutes})`),
        isNull(users.disabledAt),
      ),
    );
  if (!row || !isRole(row.role)) return undefined;
  if (Date.now() - row.session.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(sessions.workspaceId, credential.workspaceId), eq(sessions.id, id)));
  }
  return {
    workspaceId: row.session.workspaceId,
    userId: row.session.userId,
    role: row.role,
    via: 'session',
    sessionId: id,
    csrfToken: row.session.csrfToken,
  };
}

export async function endSession(db: Db, auth: Auth): Promise<void> {
  if (!auth.sessionId) return;
  await db
    .delete(sessions)
    .where(and(eq(sessions.workspaceId, auth.workspaceId), eq(sessions.id, auth.sessionId)));
}

export const tokenPrefix = 'kzt_';

/** The caller behind an API token ("kzt_<workspace>.<secret>"), or undefined. */
export async function resolveApiToken(db: Db, bearer: string): Promise<Auth | undefined> {
  if (!bearer.startsWith(tokenPrefix)) return undefined;
  const credential = splitCredential(bearer.slice(tokenPrefix.length));
  if (!credential) return undefined;
  const tokenHash = hashSecret(credential.secret);
  const [row] = await db
    .select({ token: apiTokens, role: users.role })
    .from(apiTokens)
    .innerJoin(
      users,
      and(eq(users.workspaceId, apiTokens.workspaceId), eq(users.id, apiTokens.userId)),
    )
    .where(
      and(
        eq(apiTokens.workspaceId, credential.workspaceId),
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        isNull(users.disabledAt),
      ),
    );
  if (!row || !isRole(row.role)) return undefined;
  const lastUsed = row.token.lastUsedAt?.getTime() ?? 0;
  if (Date.now() - lastUsed > 60_000)
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(eq(apiTokens.workspaceId, credential.workspaceId), eq(apiTokens.id, row.token.id)),
      );
  return {
    workspaceId: row.token.workspaceId,
    userId: row.token.userId,
    role: row.role,
    via: 'token',
  };
}
