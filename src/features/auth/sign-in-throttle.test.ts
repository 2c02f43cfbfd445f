// The sign-in throttle under a burst: attempts beyond the limits are refused before their password
// is checked, nothing answers 500, the rest of the app stays quick, and a stranger's wrong
// passwords never keep the real user out.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, testPassword, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { delayAfter, signInLimits } from './sign-in-throttle.ts';

let database: Database;
let app: TestApp;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
});
afterAll(async () => database.close());

/** Passwords that were checked: a checked wrong password is logged under the account's firm. */
async function checkedFailures(email: string, workspaceId: string): Promise<number> {
  const { rows } = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from sign_in_attempts
        where email_key = ${email} and workspace_id = ${workspaceId} and succeeded = 0`,
  );
  return rows[0]?.n ?? -1;
}

function attempt(email: string, ip: string, password = 'wrong password!') {
  const client = new Client(app);
  client.ip = ip;
  return client.post('/api/v1/session', { email, password }).then((answer) => answer.status);
}

async function burst(email: string, count: number, ipOf: (i: number) => string) {
  const statuses = Promise.all(Array.from({ length: count }, (_, i) => attempt(email, ipOf(i))));
  // the rest of the app answers while the burst is going on
  await new Promise((r) => setTimeout(r, 20));
  const started = performance.now();
  const health = await new Client(app).get('/api/v1/health');
  const healthMs = performance.now() - started;
  return { statuses: await statuses, health: health.status, healthMs };
}

describe('sign-in throttle', { timeout: 120_000 }, () => {
  it('checks at most the limit of 1,000 concurrent wrong passwords from one address', async () => {
    const { email, workspaceId } = await newFirm(app);
    const { statuses, health, healthMs } = await burst(email, 1000, () => '10.20.0.1');
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(await checkedFailures(email, workspaceId)).toBeLessThanOrEqual(
      signInLimits.perAccountFromAddress,
    );
    expect(health).toBe(200);
    expect(healthMs).toBeLessThan(1_000);
  });

  it('checks a few of 300 concurrent wrong passwords from 300 addresses', async () => {
    const { email, workspaceId } = await newFirm(app);
    const started = performance.now();
    const { statuses, health, healthMs } = await burst(email, 300, (i) => `10.30.${i >> 8}.${i}`);
    const seconds = (performance.now() - started) / 1000;
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // the account's free checks and one more, then one per delay that passed during the burst
    let allowed = signInLimits.perAccountBeforeDelay + 1;
    for (let waited = delayAfter(allowed); waited <= seconds; waited += delayAfter(allowed))
      allowed++;
    expect(await checkedFailures(email, workspaceId)).toBeLessThanOrEqual(allowed);
    expect(allowed).toBeLessThan(20);
    expect(health).toBe(200);
    expect(healthMs).toBeLessThan(1_000);
  });

  it("lets the real user in from their address after a stranger's wrong passwords", async () => {
    const { email } = await newFirm(app);
    const stranger = Array.from({ length: signInLimits.perAccountFromAddress + 3 }, () =>
      attempt(email, '192.0.2.66'),
    );
    const refused = await Promise.all(stranger);
    expect(refused.filter((s) => s === 429).length).toBeGreaterThan(0);
    // a new address of the user's, never used before
    expect(await attempt(email, '198.51.100.7', testPassword)).toBe(200);
    // and the stranger's address stays refused, right password or not
    expect(await attempt(email, '192.0.2.66', testPassword)).toBe(429);
  });

  it('lets the user in from an address they signed in from, during guessing from many', async () => {
    const { email } = await newFirm(app);
    expect(await attempt(email, '198.51.100.8', testPassword)).toBe(200);
    await burst(email, 100, (i) => `10.40.0.${i}`);
    expect(await attempt(email, '10.40.1.1', testPassword)).toBe(429);
    expect(await attempt(email, '198.51.100.8', testPassword)).toBe(200);
  });

  it('counts the address the trusted proxy saw, not one the client wrote itself', async () => {
    const proxied = testApp(database, { trustProxy: true });
    const { email } = await newFirm(app);
    const statuses: number[] = [];
    for (let i = 0; i <= signInLimits.perAccountFromAddress; i++) {
      const client = new Client(proxied);
      const answer = await client.request(
        'POST',
        '/api/v1/session',
        { email, password: 'wrong password!' },
        { 'x-forwarded-for': `10.60.0.${i}, 203.0.113.9` },
      );
      statuses.push(answer.status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('refuses past the limit per address, whatever the accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= signInLimits.perAddress; i++)
      statuses.push(await attempt(`nobody${i}@example.nl`, '10.50.0.1'));
    expect(statuses.slice(0, signInLimits.perAddress).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // and says when to try again, in the header as in the message
    const client = new Client(app);
    client.ip = '10.50.0.1';
    const refused = await client.post('/api/v1/session', {
      email: 'nobody@example.nl',
      password: 'wrong password!',
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(signInLimits.windowMinutes * 60));
    expect(refused.body.error.message).toContain(`wait ${signInLimits.windowMinutes} minutes`);
  });

  it("checks at most the limit of 200 concurrent guesses at a signed-in user's own password", async () => {
    const { owner } = await newFirm(app);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, () =>
        owner
          .post('/api/v1/me/password', {
            currentPassword: 'a guess at it',
            newPassword: 'a new long password',
          })
          .then((answer) => answer.status),
      ),
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // 400: checked and wrong; 429: refused before any check
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(
      signInLimits.perAccountFromAddress,
    );
    expect(statuses.filter((s) => s !== 400 && s !== 429)).toEqual([]);
  });

  it('waits longer between checks of an account the more it was guessed', () => {
    const free = signInLimits.perAccountBeforeDelay;
    expect([free - 1, free, free + 1, free + 2, free + 3, free + 30].map(delayAfter)).toEqual([
      0,
      0,
      1,
      2,
      4,
      signInLimits.maxDelaySeconds,
    ]);
  });
});
