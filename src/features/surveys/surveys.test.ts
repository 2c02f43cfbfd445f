// Survey requests for professionals over HTTP, with mail to a real SMTP server started here: the
// link is shown once and only its hash is kept; a mail carries a fresh link in the contact's
// language; a request is revoked; refusals name the field; firms are kept apart.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { startTestSmtp, type TestSmtp } from '../../../test/helpers/smtp.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let smtp: TestSmtp;
let owner: Client;
let viewer: Client;
let otherFirm: Client;
let client: string;
let anna: string;
let bert: string;
let otherClient: string;
const saved = { ...process.env };

const requestsOf = (org: string) => `/api/v1/organizations/${org}/survey-requests`;
const linkIn = (text: string | undefined) =>
  /https:\/\/crm\.example\.nl\/survey\/[\w.-]+/.exec(text ?? '')?.[0];

beforeAll(async () => {
  smtp = await startTestSmtp();
  Object.assign(process.env, smtp.env);
  database = await freshDatabase();
  const app = testApp(database, { publicUrl: 'https://crm.example.nl' });
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app, 'Kantoor Tevreden'));
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  client = (await owner.post('/api/v1/organizations', { name: 'Atlas Bouw', status: 'client' }))
    .body.id;
  otherClient = (await owner.post('/api/v1/organizations', { name: 'Boreas' })).body.id;
  anna = (
    await owner.post(`/api/v1/organizations/${client}/contacts`, {
      firstName: 'Anna',
      lastName: 'Vries',
      email: 'anna@atlas.example.nl',
    })
  ).body.id;
  bert = (
    await owner.post(`/api/v1/organizations/${client}/contacts`, {
      firstName: 'Bert',
      lastName: 'Zonder',
    })
  ).body.id;
});
afterAll(async () => {
  process.env = saved;
  await smtp.close();
  await database.close();
});

describe('survey requests', () => {
  it('makes a link shown once, keeps only its hash, and lists the request as created', async () => {
    const made = await owner.post(requestsOf(client), { contactId: anna, language: 'en' });
    expect(made.status).toBe(201);
    const link = made.body.link as string;
    expect(link).toMatch(/^https:\/\/crm\.example\.nl\/survey\/[0-9a-f-]{36}\.[\w-]{43}$/);
    expect(made.body.request).toMatchObject({ contactName: 'Anna Vries', status: 'created' });
    const secret = link.split('.').at(-1)!;
    const hash = createHash('sha256').update(secret).digest('base64url');
    const stored = await database.pool.query('select * from survey_links');
    expect(stored.rows.map((row) => row.token_hash)).toEqual([hash]);
    const everything = JSON.stringify(
      (await database.pool.query('select * from survey_requests')).rows,
    );
    expect(everything).not.toContain(secret);
    const listed = await owner.get(requestsOf(client));
    expect(listed.body.items.map((r: { status: string }) => r.status)).toEqual(['created']);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
  });

  it('mails a fresh link in the request’s language and says it was sent', async () => {
    const made = await owner.post(requestsOf(client), { contactId: anna, send: true });
    expect(made.status).toBe(201);
    expect(made.body.request).toMatchObject({
      status: 'sent',
      sentTo: 'anna@atlas.example.nl',
      language: 'nl',
    });
    const mail = smtp.received.at(-1)!;
    expect(mail.subject).toBe('Hoe tevreden ben je over Kantoor Tevreden?');
    expect(mail.text).toContain('Beste Anna,');
    expect(linkIn(mail.text)).toBe(made.body.link);

    const sent = await owner.post(`/api/v1/survey-requests/${made.body.request.id}/send`);
    expect(sent.status).toBe(200);
    const again = smtp.received.at(-1)!;
    expect(smtp.received).toHaveLength(2);
    expect(linkIn(again.text)).toBeDefined();
    expect(linkIn(again.text)).not.toBe(made.body.link);
  });

  it('refuses a contact without an address, another client’s contact, and unknown ids', async () => {
    const noMail = await owner.post(requestsOf(client), { contactId: bert, send: true });
    expect(noMail.status).toBe(400);
    expect(noMail.body.error.details[0].field).toBe('contactId');
    const before = (await database.pool.query('select count(*)::int as n from survey_requests'))
      .rows[0].n;
    expect(before).toBe(2);
    const wrong = await owner.post(requestsOf(otherClient), { contactId: anna });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toBe('contactId');
    const assignment = await owner.post(requestsOf(client), {
      contactId: anna,
      assignmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(assignment.body.error.details[0].field).toBe('assignmentId');
    const badLanguage = await owner.post(requestsOf(client), { contactId: anna, language: 'de' });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.error.details[0].field).toBe('language');
  });

  it('revokes an open request, after which it is not sent again', async () => {
    const made = await owner.post(requestsOf(client), { contactId: anna });
    const id = made.body.request.id;
    const revoked = await owner.post(`/api/v1/survey-requests/${id}/revoke`);
    expect(revoked.body.status).toBe('revoked');
    const send = await owner.post(`/api/v1/survey-requests/${id}/send`);
    expect(send.status).toBe(409);
    const firm = await owner.get('/api/v1/survey-requests?status=revoked');
    expect(firm.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it('keeps firms apart and lets a viewer read but not make requests', async () => {
    expect((await otherFirm.get(requestsOf(client))).status).toBe(404);
    expect((await otherFirm.get('/api/v1/survey-requests')).body.items).toEqual([]);
    const id = (await owner.get(requestsOf(client))).body.items[0].id;
    expect((await otherFirm.post(`/api/v1/survey-requests/${id}/revoke`)).status).toBe(404);
    expect((await viewer.get(requestsOf(client))).status).toBe(200);
    expect((await viewer.post(requestsOf(client), { contactId: anna })).status).toBe(403);
  });

  it('counts response rates per category and professional, and lists who has not answered', async () => {
    const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
    await owner.request('PUT', `/api/v1/organizations/${client}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
    const carla = (
      await owner.post(`/api/v1/organizations/${otherClient}/contacts`, {
        firstName: 'Carla',
        lastName: 'Boreas',
      })
    ).body.id;
    const made = await owner.post(requestsOf(otherClient), { contactId: carla });
    const token = made.body.link.split('/survey/')[1];
    expect((await owner.post(`/api/v1/survey/${token}`, { overall: 9 })).status).toBe(204);

    const rates = await owner.get('/api/v1/survey-response-rates');
    expect(rates.status).toBe(200);
    expect(rates.body.total).toEqual({ asked: 3, answered: 1, rateBasisPoints: 3333 });
    expect(rates.body.byCategory).toEqual([
      { category: 'A', asked: 2, answered: 0, rateBasisPoints: 0 },
      { category: null, asked: 1, answered: 1, rateBasisPoints: 10000 },
    ]);
    expect(rates.body.byProfessional).toEqual([
      {
        userId: expect.any(String),
        name: 'Olga Owner',
        asked: 3,
        answered: 1,
        rateBasisPoints: 3333,
      },
    ]);
    expect(
      rates.body.nonResponders.map((r: { contactName: string; status: string }) => [
        r.contactName,
        r.status,
      ]),
    ).toEqual([
      ['Anna Vries', 'sent'],
      ['Anna Vries', 'created'],
    ]);
    expect((await otherFirm.get('/api/v1/survey-response-rates')).body.total.asked).toBe(0);
  });
});
