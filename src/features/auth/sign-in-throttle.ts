// The sign-in throttle (docs/decisions/0002). Every attempt is counted in the database before its
// password is checked, in one statement per counter, so a burst of concurrent attempts cannot all
// read "below the limit" and all be checked. Three counters:
// - per address: a hard limit, whatever accounts it tries;
// - per account from one address: a hard limit, which stops that address only, so a stranger's
//   wrong passwords never lock the real user out of their own address;
// - per account from every address it was never signed in from: a growing delay between checks
//   (not a lock) against guessing from many addresses. An address the account signed in from
//   before is not held up by it.
import { randomUUID } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/connection.ts';
import { signInAttempts } from '../../db/schema.ts';

export const nilWorkspace = '00000000-0000-0000-0000-000000000000';

export const signInLimits = {
  /** Attempts per account from one address within the window. */
  perAccountFromAddress: 5,
  /** Attempts from one address within the window, whatever the accounts. */
  perAddress: 30,
  /** Checks of one account from unknown addresses before each next check has to wait. */
  perAccountBeforeDelay: 10,
  /** The longest wait between two checks of one account. */
  maxDelaySeconds: 60,
  windowMinutes: 15,
  /** How long an address the account signed in from counts as its own. */
  knownAddressDays: 90,
} as const;

const window = sql`make_interval(mins => ${signInLimits.windowMinutes})`;

const tooMany = (retryAfterSeconds = signInLimits.windowMinutes * 60) =>
  new DomainError(
    'rate_limited',
    retryAfterSeconds >= 120
      ? `Too many sign-in attempts; wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again`
      : `Too many sign-in attempts; wait ${retryAfterSeconds} seconds and try again`,
    undefined,
    undefined,
    // the wait the message names, also for clients that read the header
    retryAfterSeconds,
  );

/** The seconds one account's next check waits after its n-th check from unknown addresses. */
export function delayAfter(checks: number): number {
  const over = checks - signInLimits.perAccountBeforeDelay;
  return over <= 0 ? 0 : Math.min(2 ** (over - 1), signInLimits.maxDelaySeconds);
}

const delaySql = (checks: ReturnType<typeof sql>) =>
  sql`case when ${checks} <= ${signInLimits.perAccountBeforeDelay} then 0
      else least(power(2, ${checks} - ${signInLimits.perAccountBeforeDelay} - 1),
                 ${signInLimits.maxDelaySeconds}) end`;

/** Counts one attempt on a hard-limited counter; the count it returns is this attempt's own. */
async function countAttempt(db: Db, key: string): Promise<number> {
  const { rows } = await db.execute<{ attempts: number }>(sql`
    insert into sign_in_counters as c (workspace_id, key, attempts)
    values (${nilWorkspace}, ${key}, 1)
    on conflict (workspace_id, key) do update set
      attempts = case when c.window_start < now() - ${window} then 1 else c.attempts + 1 end,
      window_start = case when c.window_start < now() - ${window} then now()
                          else c.window_start end
    returning attempts`);
  return Number(rows[0]?.attempts ?? Number.POSITIVE_INFINITY);
}

/**
 * Lets one attempt at an account through to a check when the account's delay has passed, and
 * sets the next one's; an attempt that comes too early changes nothing (so a flood of them does
 * not push the real user's turn further away) and learns how long to wait.
 */
async function takeAccountTurn(db: Db, key: string): Promise<number> {
  const turn = randomUUID();
  const { rows } = await db.execute<{ admitted: boolean; wait: number }>(sql`
    insert into sign_in_counters as c (workspace_id, key, attempts, last_check)
    values (${nilWorkspace}, ${key}, 1, ${turn})
    on conflict (workspace_id, key) do update set
      attempts = case when c.window_start < now() - ${window} then 1
                      when c.next_check_at > now() then c.attempts
                      else c.attempts + 1 end,
      next_check_at = case when c.window_start < now() - ${window} then now()
                           when c.next_check_at > now() then c.next_check_at
                           else now() + make_interval(secs => ${delaySql(sql`c.attempts + 1`)}) end,
      last_check = case when c.next_check_at > now() and c.window_start >= now() - ${window}
                        then c.last_check else ${turn} end,
      window_start = case when c.window_start < now() - ${window} then now()
                          else c.window_start end
    returning last_check = ${turn} as admitted,
      ceil(extract(epoch from next_check_at - now()))::int as wait`);
  const row = rows[0];
  if (!row?.admitted) return Math.max(1, Number(row?.wait ?? 1));
  return 0;
}

async function knownAddress(db: Db, emailKey: string, ip: string): Promise<boolean> {
  const [row] = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.emailKey, emailKey),
        eq(signInAttempts.ip, ip),
        eq(signInAttempts.succeeded, 1),
        gt(signInAttempts.at, sql`now() - make_interval(days => ${signInLimits.knownAddressDays})`),
      ),
    )
    .limit(1);
  return row !== undefined;
}

const keys = (emailKey: string, ip: string) => ({
  address: `address:${ip}`,
  accountFromAddress: `account-address:${emailKey}|${ip}`,
  account: `account:${emailKey}`,
});

/** Counts the attempt and throws `rate_limited` when its password must not be checked. */
export async function admitSignIn(db: Db, emailKey: string, ip: string): Promise<void> {
  const key = keys(emailKey, ip);
  if ((await countAttempt(db, key.address)) > signInLimits.perAddress) throw tooMany();
  if ((await countAttempt(db, key.accountFromAddress)) > signInLimits.perAccountFromAddress)
    throw tooMany();
  if (await knownAddress(db, emailKey, ip)) return;
  const wait = await takeAccountTurn(db, key.account);
  if (wait > 0) throw tooMany(wait);
}

/**
 * Counts a check of a signed-in user's own password (changing it asks for the current one):
 * the same limit as per account from one address, so a session in the wrong hands cannot try
 * passwords faster than the sign-in page lets anyone.
 */
export async function admitOwnPasswordCheck(db: Db, workspaceId: string, userId: string) {
  if (
    (await countAttempt(db, `own-password:${workspaceId}.${userId}`)) >
    signInLimits.perAccountFromAddress
  )
    throw tooMany();
}

/** The current password was right: its count starts afresh. */
export async function ownPasswordChecked(db: Db, workspaceId: string, userId: string) {
  await db.execute(sql`
    delete from sign_in_counters
    where workspace_id = ${nilWorkspace} and key = ${`own-password:${workspaceId}.${userId}`}`);
}

/** A right password: the account and its address start afresh, and the address's count drops. */
export async function signInSucceeded(db: Db, emailKey: string, ip: string): Promise<void> {
  const key = keys(emailKey, ip);
  await db.execute(sql`
    delete from sign_in_counters
    where workspace_id = ${nilWorkspace} and key in (${key.accountFromAddress}, ${key.account})`);
  await db.execute(sql`
    update sign_in_counters set attempts = greatest(attempts - 1, 0)
    where workspace_id = ${nilWorkspace} and key = ${key.address}`);
  // counters of windows long past are of no use to anyone
  await db.execute(sql`
    delete from sign_in_counters
    where workspace_id = ${nilWorkspace} and window_start < now() - interval '1 day'`);
}

/**
 * At most this many sign-ins of one process count and check passwords at once; more wait in a
 * short line, and beyond that are refused at once. A password check takes 32 MiB and a thread
 * of the pool that reads files too, and each count a database connection: a burst of sign-ins
 * must leave both to everyone else.
 */
const gate = { running: 0, limit: 4, waiting: [] as (() => void)[], maxWaiting: 64 };

export async function oneSignInAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (gate.running >= gate.limit) {
    if (gate.waiting.length >= gate.maxWaiting)
      throw new DomainError(
        'rate_limited',
        'Too many sign-ins at once; wait a moment and try again',
      );
    await new Promise<void>((resolve) => gate.waiting.push(resolve));
  } else gate.running++;
  try {
    return await work();
  } finally {
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running--;
  }
}

/**
 * Counts one request of a page that needs no sign-in (the survey page) from an address, on the
 * same counters as sign-in, and refuses past `limit` in the window: guessing links is as slow
 * as guessing passwords.
 */
export async function admitFromAddress(db: Db, page: string, ip: string, limit: number) {
  if ((await countAttempt(db, `${page}-address:${ip}`)) > limit)
    throw new DomainError(
      'rate_limited',
      `Too many requests; wait ${signInLimits.windowMinutes} minutes and try again`,
      undefined,
      undefined,
      signInLimits.windowMinutes * 60,
    );
}
