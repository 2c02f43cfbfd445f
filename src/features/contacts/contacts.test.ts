import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let organizationId: string;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner } = await newFirm(app));
  organizationId = (await owner.post('/api/v1/organizations', { name: 'Gemeente Zwolle' })).body.id;
});
afterAll(async () => database.close());

const add = (body: Record<string, unknown>) =>
  owner.post(`/api/v1/organizations/${organizationId}/contacts`, body);

describe('contact persons', () => {
  it('lists contacts by last name without the infix, as Dutch lists do', async () => {
    await add({ firstName: 'Piet', infix: 'de', lastName: 'Vries', dmuRole: 'decider' });
    await add({
      firstName: 'Jan',
      infix: 'van der',
      lastName: 'Berg',
      email: 'J.vanderBerg@Zwolle.nl',
    });
    await add({ firstName: 'Anna', lastName: 'Bakker', phone: '+31 38 498 2000' });
    const list = await owner.get(`/api/v1/organizations/${organizationId}/contacts`);
    expect(list.body.items.map((c: { listName: string }) => c.listName)).toEqual([
      'Bakker, Anna',
      'Berg, Jan van der',
      'Vries, Piet de',
    ]);
    expect(list.body.items[1]).toMatchObject({
      displayName: 'Jan van der Berg',
      email: 'j.vanderberg@zwolle.nl',
      active: true,
    });
  });

  it('ends a contact who leaves and keeps the record as history', async () => {
    const created = await add({ firstName: 'Kees', lastName: 'Smit', activeFrom: '2020-01-01' });
    const id = created.body.id as string;
    const tooEarly = await owner.post(`/api/v1/contacts/${id}/end`, { activeTo: '2019-12-31' });
    expect(tooEarly.status).toBe(400);
    const ended = await owner.post(`/api/v1/contacts/${id}/end`, {
      activeTo: '2024-06-30',
      reason: 'Naar een andere werkgever',
    });
    expect(ended.body).toMatchObject({ activeTo: '2024-06-30', active: false });

    const active = await owner.get(`/api/v1/organizations/${organizationId}/contacts`);
    expect(active.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const all = await owner.get(`/api/v1/organizations/${organizationId}/contacts?include=all`);
    expect(all.body.items.map((c: { id: string }) => c.id)).toContain(id);

    const history = await owner.get(`/api/v1/audit/contact/${id}`);
    expect(history.body.items[0]).toMatchObject({
      action: 'end',
      changes: { activeTo: [null, '2024-06-30'], reason: [null, 'Naar een andere werkgever'] },
    });
  });

  it('edits a contact and audits before → after', async () => {
    const id = (await add({ firstName: 'Eva', lastName: 'Jansen', jobTitle: 'Controller' })).body
      .id;
    const edited = await owner.patch(`/api/v1/contacts/${id}`, { jobTitle: 'CFO', infix: 'de' });
    expect(edited.body).toMatchObject({ jobTitle: 'CFO', displayName: 'Eva de Jansen' });
    const history = await owner.get(`/api/v1/audit/contact/${id}`);
    expect(history.body.items[0].changes).toEqual({
      jobTitle: ['Controller', 'CFO'],
      infix: [null, 'de'],
    });
  });

  it('rejects bad input with the field and the reason', async () => {
    const answer = await add({
      firstName: ' ',
      lastName: 'X',
      email: 'not-an-email',
      phone: 'call me',
      birthday: '2024-02-30',
      dmuRole: 'boss',
    });
    expect(answer.status).toBe(400);
    const fields = answer.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['birthday', 'dmuRole', 'email', 'firstName', 'phone']);
    const future = await add({ firstName: 'A', lastName: 'B', birthday: '2999-01-01' });
    expect(future.body.error.details[0]).toEqual({
      field: 'birthday',
      message: 'cannot be in the future',
      reason: { code: 'inTheFuture', params: {} },
    });
  });

  it('does not reveal or change contacts of another firm', async () => {
    const other = await newFirm(app);
    const theirOrg = (await other.owner.post('/api/v1/organizations', { name: 'Theirs' })).body.id;
    const theirs = (
      await other.owner.post(`/api/v1/organizations/${theirOrg}/contacts`, {
        firstName: 'X',
        lastName: 'Y',
      })
    ).body.id;
    expect((await owner.get(`/api/v1/contacts/${theirs}`)).status).toBe(404);
    expect((await owner.patch(`/api/v1/contacts/${theirs}`, { firstName: 'Z' })).status).toBe(404);
    expect(
      (await owner.post(`/api/v1/contacts/${theirs}/end`, { activeTo: '2024-01-01' })).status,
    ).toBe(404);
    expect((await owner.get(`/api/v1/organizations/${theirOrg}/contacts`)).status).toBe(404);
    expect(
      (
        await owner.post(`/api/v1/organizations/${theirOrg}/contacts`, {
          firstName: 'A',
          lastName: 'B',
        })
      ).status,
    ).toBe(404);
    expect((await other.owner.get(`/api/v1/contacts/${theirs}`)).body.firstName).toBe('X');
  });
});
