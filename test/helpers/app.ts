// Tests talk to the app through app.request(), with no HTTP server: a client per signed-in user
// that carries the session cookie and the CSRF token, and small factories for firms and users.
import type { Role } from '../../src/core/roles.ts';
import type { Database } from '../../src/db/connection.ts';
import { createUser } from '../../src/features/users/users.service.ts';
import { createApp } from '../../src/server/app.ts';
import type { Config } from '../../src/http/config.ts';
import { configFromEnv } from '../../src/server/config.ts';
import type { Clock } from '../../src/http/today.ts';

export type TestApp = ReturnType<typeof createApp>;

/** The app on a test database; `clock` fixes the instant it is (the system's time by default). */
export function testApp(database: Database, overrides: Partial<Config> = {}, clock?: Clock) {
  const config = { ...configFromEnv({}), openSignup: true, ...overrides };
  return createApp({ db: database.db, config, clock });
}

export type Answer = { status: number; body: any; headers: Headers };

export class Client {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  ip = '10.9.8.7';

  constructor(private readonly app: TestApp) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await this.app.request(
      path,
      {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(this.cookie ? { cookie: this.cookie } : {}),
          ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
          ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      },
      { incoming: { socket: { remoteAddress: this.ip } } },
    );
    const setCookie = response.headers.get('set-cookie');
    if (setCookie?.startsWith('kz_session=')) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value === 'kz_session=' ? undefined : value;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    const answer = {
      status: response.status,
      body: parsed as Answer['body'],
      headers: response.headers,
    };
    const csrf = (parsed as { csrfToken?: unknown } | undefined)?.csrfToken;
    if (typeof csrf === 'string') this.csrf = csrf;
    return answer;
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  delete = (path: string) => this.request('DELETE', path);
}

let counter = 0;
export const testPassword = 'correct horse battery';

/** Creates a firm with its owner and returns the owner's signed-in client. */
export async function newFirm(app: TestApp, name = `Firm ${++counter}`) {
  const owner = new Client(app);
  const email = `owner${++counter}@example.nl`;
  const answer = await owner.post('/api/v1/setup', {
    firm: { name, currency: 'EUR', locale: 'nl', fiscalYearStartMonth: 1 },
    owner: { name: 'Olga Owner', email, password: testPassword },
  });
  if (answer.status !== 201) throw new Error(`setup failed: ${JSON.stringify(answer.body)}`);
  return {
    owner,
    workspaceId: answer.body.workspace.id as string,
    ownerId: answer.body.user.id as string,
    email,
  };
}

/** Adds a user with a role to a firm and signs them in. */
export async function newUser(app: TestApp, database: Database, workspaceId: string, role: Role) {
  const email = `${role}${++counter}@example.nl`;
  const user = await createUser(database.db, {
    workspaceId,
    email,
    name: `${role} ${counter}`,
    role,
    password: testPassword,
  });
  const client = new Client(app);
  const answer = await client.post('/api/v1/session', { email, password: testPassword });
  if (answer.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(answer.body)}`);
  return { client, user };
}

/**
 * A client since 2020 in a relationship manager's care, placed in a category by hand; answers
 * its id. The start of most tests of what a category's norms ask.
 */
export async function addClientInCategory(
  owner: Client,
  client: { name: string; schemeId: string; category: string; managerId: string },
): Promise<string> {
  const created = await owner.post('/api/v1/organizations', {
    name: client.name,
    status: 'client',
    relationshipManagerId: client.managerId,
    clientSince: '2020-01-01',
  });
  if (created.status !== 201) throw new Error(`client refused: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  const placed = await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
    schemeId: client.schemeId,
    category: client.category,
    reason: 'Test',
  });
  if (placed.status !== 200) throw new Error(`category refused: ${JSON.stringify(placed.body)}`);
  return id;
}
