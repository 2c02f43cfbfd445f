// Sends hostile bodies and parameters to every route and checks that none crashes the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { Client, newFirm, testApp, type TestApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let organizationId: string;
let operations: { method: string; path: string }[];

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner } = await newFirm(app));
  organizationId = (await owner.post('/api/v1/organizations', { name: 'Target' })).body.id;
  const document = (await owner.get('/api/openapi.json')).body as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
});
afterAll(async () => database.close());

const bodies: string[] = [
  '['.repeat(5000) + ']'.repeat(5000),
  '{"name": "a", "name": "b"}',
  ...[
    null,
    [],
    'text',
    12345,
    { name: {} },
    { name: ['a'] },
    { name: 1e308, email: 1, password: null },
    { __proto__: { admin: true }, constructor: { prototype: { role: 'owner' } } },
    { name: '\u202eevil\u0000', notes: '\ud800', city: '𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
    {
      firm: { name: 'x', currency: 'XXX', locale: 'fr', fiscalYearStartMonth: 13 },
      owner: { email: 'not', password: 'x'.repeat(5000) },
    },
  ].map((body) => JSON.stringify(body)),
];

const ids = [
  '../../etc/passwd',
  '%00',
  "1' or '1'='1",
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

describe('hostile input', () => {
  it('never answers 5xx, whatever the body', async () => {
    const failures: string[] = [];
    for (const { method, path } of operations) {
      if (method === 'GET' || method === 'DELETE') continue;
      const url = path.replace('{entityType}', 'organization').replace('{id}', organizationId);
      for (const body of bodies) {
        const answer = await owner.request(method, url, body);
        if (answer.status >= 500)
          failures.push(`${method} ${path} ${body.slice(0, 60)} → ${answer.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('never answers 5xx, whatever the path parameters and query', async () => {
    const failures: string[] = [];
    for (const { method, path } of operations) {
      if (!path.includes('{')) continue;
      for (const id of ids) {
        const url = path
          .replace('{entityType}', encodeURIComponent(id))
          .replace('{id}', encodeURIComponent(id));
        const answer = await owner.request(
          method,
          url,
          method === 'GET' || method === 'DELETE' ? undefined : '{}',
        );
        if (answer.status >= 500) failures.push(`${method} ${url} → ${answer.status}`);
      }
    }
    for (const query of [
      'limit=-1',
      'limit=abc',
      'sort=drop',
      'archived=maybe',
      'q=' + '%25'.repeat(300),
      'cursor=' + 'A'.repeat(400),
      'status[]=client',
      'q=%E0%A4%A',
    ]) {
      const answer = await owner.get(`/api/v1/organizations?${query}`);
      if (answer.status >= 500) failures.push(`GET /organizations?${query} → ${answer.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a JSON body that is not UTF-8 instead of storing U+FFFD in its place', async () => {
    const before = (await owner.get('/api/v1/organizations')).body.items.length;
    const broken = Buffer.concat([
      Buffer.from('{"name":"Caf'),
      Buffer.from([0xe9]), // é in Latin-1, not a character in UTF-8
      Buffer.from('"}'),
    ]);
    const answer = await app.request(
      '/api/v1/organizations',
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: owner.cookie!,
          'x-csrf-token': owner.csrf!,
        },
        body: broken,
      },
      { incoming: { socket: { remoteAddress: owner.ip } } },
    );
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/UTF-8/);
    expect((await owner.get('/api/v1/organizations')).body.items.length).toBe(before);

    const good = await owner.post('/api/v1/organizations', { name: 'Café 𝔘' });
    expect(good.status).toBe(201);
    expect(good.body.name).toBe('Café 𝔘');
  });
});
