import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  newFirm,
  newUser,
  testApp,
  testPassword,
  type TestApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { signInLimits } from './sign-in-throttle.ts';

let database: Database;
let app: TestApp;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
});
afterAll(async () => database.close());

describe('onboarding', () => {
  it('creates the firm and signs the owner in, once; then setup is closed', async () => {
    const closedApp = testApp(database, { openSignup: false });
    const visitor = new Client(closedApp);
    expect((await visitor.get('/api/v1/setup')).body).toEqual({ needed: true });
    const weak = await visitor.post('/api/v1/setup', {
      firm: { name: 'Adviesbureau Noord', currency: 'EUR', locale: 'nl', fiscalYearStartMonth: 1 },
      owner: { name: 'Olga', email: 'olga@noord.nl', password: 'short' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].field).toBe('owner.password');

    const setup = await visitor.post('/api/v1/setup', {
      firm: { name: 'Adviesbureau Noord', currency: 'EUR', locale: 'nl', fiscalYearStartMonth: 7 },
      owner: { name: 'Olga', email: 'Olga@Noord.nl', password: testPassword },
    });
    expect(setup.status).toBe(201);
    expect(setup.body.user).toMatchObject({ email: 'olga@noord.nl', role: 'owner' });
    expect(setup.body.workspace).toMatchObject({
      name: 'Adviesbureau Noord',
      fiscalYearStartMonth: 7,
    });
    expect((await visitor.get('/api/v1/session')).status).toBe(200);

    const again = new Client(closedApp);
    expect((await again.get('/api/v1/setup')).body).toEqual({ needed: false });
    const second = await again.post('/api/v1/setup', {
      firm: { name: 'Intruder', currency: 'EUR', locale: 'en', fiscalYearStartMonth: 1 },
      owner: { name: 'Eve', email: 'eve@example.com', password: testPassword },
    });
    expect(second.status).toBe(409);
  });
});

describe('sign-in and sessions', () => {
  it('sets an HttpOnly SameSite cookie, Secure behind TLS, and a new one at every sign-in', async () => {
    const { email } = await newFirm(app);
    const client = new Client(app);
    const first = await client.request('POST', '/api/v1/session', {
      email,
      password: testPassword,
    });
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const firstValue = client.cookie;
    const behindTls = await client.request(
      'POST',
      '/api/v1/session',
      { email, password: testPassword },
      { 'x-forwarded-proto': 'https' },
    );
    expect(behindTls.headers.get('set-cookie')).toMatch(/Secure/);
    expect(client.cookie).not.toBe(firstValue);
  });

  it('refuses a wrong password with the same message as an unknown address', async () => {
    const { email } = await newFirm(app);
    const wrong = await new Client(app).post('/api/v1/session', {
      email,
      password: 'not the password',
    });
    const unknown = await new Client(app).post('/api/v1/session', {
      email: 'nobody@example.nl',
      password: 'whatever123',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('rate-limits failed sign-ins per address and logs every attempt', async () => {
    const { email } = await newFirm(app);
    const client = new Client(app);
    client.ip = '10.1.1.1';
    for (let i = 0; i < signInLimits.perAccountFromAddress; i++) {
      expect(
        (await client.post('/api/v1/session', { email, password: `wrong-${i}-password` })).status,
      ).toBe(401);
    }
    const limited = await client.post('/api/v1/session', { email, password: testPassword });
    expect(limited.status).toBe(429);
    const logged = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from sign_in_attempts where email_key = ${email}`,
    );
    expect(logged.rows[0]?.n).toBe(signInLimits.perAccountFromAddress + 1);
  });

  it('signs out, and ends sessions after the idle timeout', async () => {
    const { owner } = await newFirm(app);
    expect((await owner.delete('/api/v1/session')).status).toBe(204);
    expect((await owner.get('/api/v1/session')).status).toBe(401);

    const { email } = await newFirm(app);
    const idle = new Client(app);
    await idle.post('/api/v1/session', { email, password: testPassword });
    await database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes'`,
    );
    expect((await idle.get('/api/v1/session')).status).toBe(401);
  });

  it('needs the CSRF token for changes made with the session cookie', async () => {
    const { owner } = await newFirm(app);
    const token = owner.csrf;
    owner.csrf = undefined;
    const refused = await owner.post('/api/v1/organizations', { name: 'No token' });
    expect(refused.status).toBe(403);
    owner.csrf = 'forged';
    expect((await owner.post('/api/v1/organizations', { name: 'Forged' })).status).toBe(403);
    owner.csrf = token;
    expect((await owner.post('/api/v1/organizations', { name: 'With token' })).status).toBe(201);
  });

  it('sends security headers and no-store on API answers', async () => {
    const answer = await new Client(app).get('/api/v1/health');
    expect(answer.body).toEqual({ status: 'ok', database: 'ok' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(answer.headers.get('permissions-policy')).toBe(
      'camera=(), microphone=(), geolocation=()',
    );
    expect(answer.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

describe('users, invitations and API tokens', () => {
  it('lets the owner invite a professional who accepts and signs in with the role', async () => {
    const { owner } = await newFirm(app);
    const invited = await owner.post('/api/v1/invitations', {
      email: 'pim@example.nl',
      name: 'Pim',
      role: 'manager',
    });
    expect(invited.status).toBe(201);
    const invitee = new Client(app);
    const accepted = await invitee.post('/api/v1/invitations/accept', {
      token: invited.body.token,
      password: testPassword,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({ email: 'pim@example.nl', role: 'manager' });
    expect((await invitee.post('/api/v1/organizations', { name: 'By Pim' })).status).toBe(201);
    const reused = await new Client(app).post('/api/v1/invitations/accept', {
      token: invited.body.token,
      password: testPassword,
    });
    expect(reused.status).toBe(404);
  });

  it('lets the owner disable an account and end its sessions, but never lose the last owner', async () => {
    const { owner, workspaceId, ownerId } = await newFirm(app);
    const { client, user } = await newUser(app, database, workspaceId, 'professional');
    expect((await client.get('/api/v1/session')).status).toBe(200);
    expect((await owner.post(`/api/v1/users/${user.id}/end-sessions`)).body.ended).toBe(1);
    expect((await client.get('/api/v1/session')).status).toBe(401);

    expect((await owner.patch(`/api/v1/users/${user.id}`, { disabled: true })).body.disabled).toBe(
      true,
    );
    const again = await new Client(app).post('/api/v1/session', {
      email: user.email,
      password: testPassword,
    });
    expect(again.status).toBe(401);

    const demote = await owner.patch(`/api/v1/users/${ownerId}`, { role: 'partner' });
    expect(demote.status).toBe(400);
    expect(demote.body.error.details[0].field).toBe('role');
  });

  it('gives API tokens that work until revoked, and keeps them per user', async () => {
    const { owner, workspaceId } = await newFirm(app);
    const created = await owner.post('/api/v1/tokens', { name: 'Boekhouding' });
    expect(created.status).toBe(201);
    const integration = new Client(app);
    integration.bearer = created.body.secret;
    expect((await integration.post('/api/v1/organizations', { name: 'Via token' })).status).toBe(
      201,
    );

    const { client: colleague } = await newUser(app, database, workspaceId, 'partner');
    expect((await colleague.delete(`/api/v1/tokens/${created.body.token.id}`)).status).toBe(404);
    expect((await owner.delete(`/api/v1/tokens/${created.body.token.id}`)).status).toBe(204);
    expect((await integration.get('/api/v1/organizations')).status).toBe(401);
  });

  it('changes a password only with the current one, and ends the other sessions', async () => {
    const { owner, email } = await newFirm(app);
    const elsewhere = new Client(app);
    await elsewhere.post('/api/v1/session', { email, password: testPassword });
    const wrong = await owner.post('/api/v1/me/password', {
      currentPassword: 'nope',
      newPassword: 'a new long password',
    });
    expect(wrong.status).toBe(400);
    expect(
      (
        await owner.post('/api/v1/me/password', {
          currentPassword: testPassword,
          newPassword: 'a new long password',
        })
      ).status,
    ).toBe(204);
    expect((await elsewhere.get('/api/v1/session')).status).toBe(401);
    expect((await owner.get('/api/v1/session')).status).toBe(200);
  });
});
