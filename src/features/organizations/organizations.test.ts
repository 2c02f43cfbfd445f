import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let workspaceId: string;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
});
afterAll(async () => database.close());

describe('organisations', () => {
  it('creates, reads, edits, archives and restores, auditing each change', async () => {
    const created = await owner.post('/api/v1/organizations', {
      name: 'Bakkerij de Vries B.V.',
      kvkNumber: '1234 5678',
      website: 'bakkerijdevries.nl',
      city: 'Utrecht',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kvkNumber: '12345678',
      website: 'https://bakkerijdevries.nl',
      status: 'client',
      relationLevel: 'other',
    });
    const id = created.body.id as string;

    const edited = await owner.patch(`/api/v1/organizations/${id}`, { status: 'former', city: '' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'former',
      city: null,
      name: 'Bakkerij de Vries B.V.',
    });

    expect(
      (await owner.post(`/api/v1/organizations/${id}/archive`)).body.archivedAt,
    ).not.toBeNull();
    const listed = await owner.get('/api/v1/organizations?q=vries');
    expect(listed.body.items.map((o: { id: string }) => o.id)).not.toContain(id);
    expect((await owner.post(`/api/v1/organizations/${id}/restore`)).body.archivedAt).toBeNull();

    const audit = await owner.get(`/api/v1/audit/organization/${id}`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'restore',
      'archive',
      'update',
      'create',
    ]);
    // a client that becomes a former client was one until the firm's day (decision 0032)
    const { today } = (await owner.get('/api/v1/today')).body;
    expect(audit.body.items[2].changes).toEqual({
      status: ['client', 'former'],
      city: ['Utrecht', null],
      clientUntil: [null, today],
    });
    expect(audit.body.items[2].userName).toBe('Olga Owner');
  });

  it('says which field is wrong and why', async () => {
    const answer = await owner.post('/api/v1/organizations', {
      name: '',
      kvkNumber: '123',
      website: 'not a site',
      status: 'friend',
    });
    expect(answer.status).toBe(400);
    const fields = answer.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['kvkNumber', 'name', 'status', 'website']);
    // and why as a reason, for the page to say in the user's language
    const reasons = Object.fromEntries(
      answer.body.error.details.map((d: { field: string; reason: { code: string } }) => [
        d.field,
        d.reason.code,
      ]),
    );
    expect(reasons).toEqual({
      kvkNumber: 'kvkNumber',
      name: 'required',
      status: 'oneOf',
      website: 'website',
    });
    expect((await owner.post('/api/v1/organizations', { name: 'X', color: 'red' })).status).toBe(
      400,
    );
    expect((await owner.request('POST', '/api/v1/organizations', '{"name":')).status).toBe(400);
  });

  it('refuses a second organisation with the same KvK number', async () => {
    await owner.post('/api/v1/organizations', { name: 'Eerste', kvkNumber: '87654321' });
    const second = await owner.post('/api/v1/organizations', {
      name: 'Tweede',
      kvkNumber: '87654321',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details[0].field).toBe('kvkNumber');
  });

  it('keeps a customer code unique, and finds an organisation by it', async () => {
    const first = await owner.post('/api/v1/organizations', {
      name: 'Debiteur Een',
      customerCode: ' D-40017 ',
      oneOff: true,
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ customerCode: 'D-40017', oneOff: true });
    const second = await owner.post('/api/v1/organizations', {
      name: 'Debiteur Twee',
      customerCode: 'D-40017',
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details[0].field).toBe('customerCode');
    const found = await owner.get('/api/v1/organizations?q=d-40017');
    expect(found.body.items.map((o: { name: string }) => o.name)).toEqual(['Debiteur Een']);
  });

  it('searches ignoring case and diacritics, and pages by cursor without gaps or repeats', async () => {
    await owner.post('/api/v1/organizations', { name: 'Café Ödeon', city: 'Zwolle' });
    const found = await owner.get('/api/v1/organizations?q=CAFE%20odeon');
    expect(found.body.items.map((o: { name: string }) => o.name)).toEqual(['Café Ödeon']);

    for (let i = 0; i < 25; i++)
      await owner.post('/api/v1/organizations', { name: `Paging ${String(i).padStart(2, '0')}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/organizations?q=paging&limit=7&withTotal=true${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await owner.get(query);
      expect(page.body.total).toBe(25);
      seen.push(...page.body.items.map((o: { name: string }) => o.name));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(
      Array.from({ length: 25 }, (_, i) => `Paging ${String(i).padStart(2, '0')}`),
    );

    const reversed = await owner.get('/api/v1/organizations?q=paging&sort=-name&limit=3');
    expect(reversed.body.items.map((o: { name: string }) => o.name)).toEqual([
      'Paging 24',
      'Paging 23',
      'Paging 22',
    ]);
    expect((await owner.get('/api/v1/organizations?cursor=garbage')).status).toBe(400);
    // a well-formed cursor with a forged id is refused too, not passed to the database
    const forged = Buffer.from(JSON.stringify(['paging 1', 'not-a-uuid'])).toString('base64url');
    const answer = await owner.get(`/api/v1/organizations?cursor=${forged}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0].field).toBe('cursor');
  });

  it('answers 404 for unknown ids and for ids of another firm', async () => {
    const other = await newFirm(app, 'Other firm');
    const theirs = await other.owner.post('/api/v1/organizations', { name: 'Their client' });
    expect((await owner.get(`/api/v1/organizations/${theirs.body.id}`)).status).toBe(404);
    expect(
      (await owner.patch(`/api/v1/organizations/${theirs.body.id}`, { name: 'Mine now' })).status,
    ).toBe(404);
    expect(
      (await owner.get('/api/v1/organizations/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await other.owner.get(`/api/v1/organizations/${theirs.body.id}`)).body.name).toBe(
      'Their client',
    );
  });

  it('checks that the relationship manager is a professional of this firm', async () => {
    const { user } = await newUser(app, database, workspaceId, 'professional');
    const ok = await owner.post('/api/v1/organizations', {
      name: 'Managed',
      relationshipManagerId: user.id,
    });
    expect(ok.status).toBe(201);
    const other = await newFirm(app);
    const bad = await owner.post('/api/v1/organizations', {
      name: 'Managed',
      relationshipManagerId: other.ownerId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('relationshipManagerId');
  });

  it('keeps viewers from writing', async () => {
    const { client } = await newUser(app, database, workspaceId, 'viewer');
    expect((await client.get('/api/v1/organizations')).status).toBe(200);
    expect((await client.post('/api/v1/organizations', { name: 'Nope' })).status).toBe(403);
  });
});
