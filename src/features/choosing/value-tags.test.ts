// Value tags over HTTP: kinds of value beside the category, replaced as a whole, audited on the
// client, and the firm's tags in use for suggestions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let viewer: Client;
let clientOne: string;
let clientTwo: string;
let otherFirmsClient: string;

const tagsPath = (id: string) => `/api/v1/organizations/${id}/value-tags`;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  const firm = await newFirm(app);
  owner = firm.owner;
  ({ client: viewer } = await newUser(app, database, firm.workspaceId, 'viewer'));
  clientOne = (await owner.post('/api/v1/organizations', { name: 'Client 1', status: 'client' }))
    .body.id;
  clientTwo = (await owner.post('/api/v1/organizations', { name: 'Client 2', status: 'client' }))
    .body.id;
  const other = await newFirm(app, 'Other firm');
  otherFirmsClient = (await other.owner.post('/api/v1/organizations', { name: 'Theirs' })).body.id;
});
afterAll(async () => database.close());

describe('value tags', () => {
  it('start empty', async () => {
    const answer = await owner.get(tagsPath(clientOne));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ tags: [] });
  });

  it('are kept trimmed, without repeats ignoring case, alphabetically', async () => {
    const answer = await owner.request('PUT', tagsPath(clientOne), {
      tags: [' revenue ', 'Influence', 'influence', '', 'money'],
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ tags: ['Influence', 'money', 'revenue'] });
    expect((await viewer.get(tagsPath(clientOne))).body.tags).toEqual([
      'Influence',
      'money',
      'revenue',
    ]);
  });

  it('refuse a tag longer than 40 characters, and keep what was there', async () => {
    const answer = await owner.request('PUT', tagsPath(clientOne), { tags: ['x'.repeat(41)] });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0]).toEqual({ field: 'valueTags.0', message: 'tag_too_long' });
    expect((await owner.get(tagsPath(clientOne))).body.tags).toHaveLength(3);
  });

  it('are replaced as a whole and audited on the client with before and after', async () => {
    const answer = await owner.request('PUT', tagsPath(clientOne), { tags: ['money', 'fun'] });
    expect(answer.body.tags).toEqual(['fun', 'money']);
    const audit = await owner.get(`/api/v1/audit/organization/${clientOne}`);
    const tagged = audit.body.items.filter(
      (entry: { changes: Record<string, unknown> }) => 'valueTags' in entry.changes,
    );
    expect(tagged).toHaveLength(2);
    expect(tagged[0]).toMatchObject({
      action: 'update',
      changes: {
        valueTags: [
          ['Influence', 'money', 'revenue'],
          ['fun', 'money'],
        ],
      },
    });
  });

  it('saving the same tags again writes no audit entry', async () => {
    await owner.request('PUT', tagsPath(clientOne), { tags: ['money', 'fun'] });
    const audit = await owner.get(`/api/v1/audit/organization/${clientOne}`);
    const tagged = audit.body.items.filter(
      (entry: { changes: Record<string, unknown> }) => 'valueTags' in entry.changes,
    );
    expect(tagged).toHaveLength(2);
  });

  it("list the firm's tags in use with how many clients carry each, most used first", async () => {
    await owner.request('PUT', tagsPath(clientTwo), { tags: ['money', 'prestige'] });
    const answer = await owner.get('/api/v1/value-tags');
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([
      { tag: 'money', count: 2 },
      { tag: 'fun', count: 1 },
      { tag: 'prestige', count: 1 },
    ]);
  });

  it("are not the viewer's to change, nor another firm's to read", async () => {
    expect((await viewer.request('PUT', tagsPath(clientOne), { tags: [] })).status).toBe(403);
    expect((await owner.get(tagsPath(otherFirmsClient))).status).toBe(404);
    expect((await owner.request('PUT', tagsPath(otherFirmsClient), { tags: [] })).status).toBe(404);
  });
});
