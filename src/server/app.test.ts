import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../test/helpers/app.ts';
import { freshDatabase } from '../../test/helpers/database.ts';
import type { Database } from '../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner } = await newFirm(app));
});
afterAll(async () => database.close());

describe('the HTTP app', () => {
  it('serves the OpenAPI 3.1 document and a docs page that needs nothing from elsewhere', async () => {
    const document = await owner.get('/api/openapi.json');
    expect(document.body.openapi).toBe('3.1.0');
    expect(Object.keys(document.body.paths)).toContain('/api/v1/organizations');
    const docs = await owner.get('/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('/api/docs/swagger-ui-bundle.js');
    expect(docs.body).not.toMatch(/https?:\/\//);
    expect((await owner.get('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers every failure in one shape', async () => {
    const unknown = await owner.get('/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: { code: 'not_found', message: 'No route GET /api/v1/nothing-here' },
    });

    const malformed = await owner.request('POST', '/api/v1/organizations', '{"name": "unclosed');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_input');

    const huge = await owner.post('/api/v1/organizations', {
      name: 'Big',
      notes: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');

    const badId = await owner.get('/api/v1/organizations/not-a-uuid');
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].field).toBe('id');
  });

  it('refuses text beyond its limit and characters PostgreSQL cannot store', async () => {
    const long = await owner.post('/api/v1/organizations', { name: 'n'.repeat(201) });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].field).toBe('name');
    const nul = await owner.post('/api/v1/organizations', { name: 'Null\u0000byte' });
    expect(nul.status).toBe(400);
    expect(nul.body.error.message).toMatch(/NUL/);
    expect((await owner.get('/api/v1/organizations?limit=100000')).status).toBe(400);
  });
});
