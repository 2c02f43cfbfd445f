// The survey page's public routes: the link shows only its questions and the names it needs,
// the answers become the contact's written evaluation under the norm, a link is used once, an
// unknown, expired or revoked link is refused alike, and the token reaches nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { surveyRequestsPerAddress } from './survey-page.routes.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let otherOwner: Client;
let workspaceId: string;
let client: string;
let anna: string;
let assignment: string;
let link: string;
let otherFirmLink: string;
const stranger = () => new Client(app);
const tokenOf = (url: string) => url.split('/survey/')[1]!;
const page = (token: string) => `/api/v1/survey/${token}`;
const answers = {
  scores: { endResult: 7, communication: 5, invoicing: null },
  overall: 6,
  recommend: 9,
  trust: 'continue',
  comments: 'De planning liep uit.',
};

async function newLink(by: Client, org: string, contactId: string, assignmentId?: string) {
  const made = await by.post(`/api/v1/organizations/${org}/survey-requests`, {
    contactId,
    ...(assignmentId ? { assignmentId } : {}),
  });
  expect(made.status).toBe(201);
  return { token: tokenOf(made.body.link), id: made.body.request.id as string };
}

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app, 'Kantoor Publiek'));
  client = (await owner.post('/api/v1/organizations', { name: 'Atlas Geheim', status: 'client' }))
    .body.id;
  anna = (
    await owner.post(`/api/v1/organizations/${client}/contacts`, {
      firstName: 'Anna',
      lastName: 'Achternaamgeheim',
      email: 'anna@geheim.example.nl',
      phone: '+31 6 1234 5678',
    })
  ).body.id;
  assignment = crypto.randomUUID();
  await database.pool.query(
    `insert into assignments (workspace_id, id, organization_id, title, end_date, fee_cents)
     values ($1, $2, $3, 'Jaarrekening 2025', '2026-01-31', 987654)`,
    [workspaceId, assignment, client],
  );
  link = (await newLink(owner, client, anna, assignment)).token;
  const other = await newFirm(app, 'Ander Kantoor');
  otherOwner = other.owner;
  const otherClient = (await otherOwner.post('/api/v1/organizations', { name: 'Zefier' })).body.id;
  const otherContact = (
    await otherOwner.post(`/api/v1/organizations/${otherClient}/contacts`, {
      firstName: 'Zoë',
      lastName: 'Zee',
    })
  ).body.id;
  otherFirmLink = (await newLink(otherOwner, otherClient, otherContact)).token;
});
afterAll(async () => database.close());

describe('the survey page', () => {
  it('shows only the questions, the firm’s name, the first name and the assignment’s title', async () => {
    const shown = await stranger().get(page(link));
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({
      language: 'nl',
      firmName: 'Kantoor Publiek',
      firmLogoUrl: null,
      contactFirstName: 'Anna',
      assignmentTitle: 'Jaarrekening 2025',
      expiresAt: expect.any(String),
      questions: {
        aspects: [
          'endResult',
          'reachability',
          'keepingPromises',
          'expertise',
          'communication',
          'invoicing',
        ],
        score: { min: 1, max: 10 },
        recommend: { min: 0, max: 10 },
        trust: ['expand', 'continue', 'undecided', 'leave'],
      },
    });
    const text = JSON.stringify(shown.body);
    for (const secret of ['Atlas Geheim', 'Achternaamgeheim', 'geheim.example', '1234', client])
      expect(text).not.toContain(secret);
    expect(shown.headers.get('set-cookie')).toBeNull();
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses bad answers with the field named and writes nothing', async () => {
    const bad = await stranger().post(page(link), { ...answers, overall: 11 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('overall');
    const extra = await stranger().post(page(link), { ...answers, contactId: anna });
    expect(extra.status).toBe(400);
    const evaluations = await database.pool.query('select count(*)::int as n from evaluations');
    expect(evaluations.rows[0].n).toBe(0);
    expect((await stranger().get(page(link))).status).toBe(200);
  });

  it('records the answers as the contact’s written evaluation, under the norm a plan', async () => {
    // a signed-in professional's browser sends its cookie without the CSRF header: no matter
    const answered = await owner.request('POST', page(link), answers, { 'x-csrf-token': '' });
    expect(answered.status).toBe(204);
    const listed = await owner.get(`/api/v1/organizations/${client}/evaluations`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({
      contactId: anna,
      assignmentId: assignment,
      method: 'written',
      overall: 6,
      recommend: 9,
      trust: 'continue',
      comments: 'De planning liep uit.',
      scores: { endResult: 7, communication: 5, invoicing: null, expertise: null },
      belowNorm: true,
      recommendsFirm: true,
    });
    expect(listed.body.items[0].improvementPlan).toMatchObject({ status: 'open', norm: 8 });
    const requests = await owner.get(`/api/v1/organizations/${client}/survey-requests`);
    expect(requests.body.items[0]).toMatchObject({
      status: 'answered',
      evaluationId: listed.body.items[0].id,
    });
    const audit = await database.pool.query(
      `select user_id from audit_log where changes::text like '%evaluation:%' and entity_id = $1`,
      [client],
    );
    expect(audit.rows.map((row) => row.user_id)).toEqual([null]);
  });

  it('is used once: a second answer and a second look are refused, saying so', async () => {
    const again = await stranger().post(page(link), answers);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('This survey has been answered already; thank you');
    expect((await stranger().get(page(link))).status).toBe(409);
    const evaluations = await database.pool.query('select count(*)::int as n from evaluations');
    expect(evaluations.rows[0].n).toBe(1);
  });

  it('takes one of two answers sent at once', async () => {
    const { token } = await newLink(owner, client, anna);
    const both = await Promise.all([
      stranger().post(page(token), { overall: 9 }),
      stranger().post(page(token), { overall: 9 }),
    ]);
    expect(both.map((a) => a.status).sort()).toEqual([204, 409]);
    const evaluations = await database.pool.query('select count(*)::int as n from evaluations');
    expect(evaluations.rows[0].n).toBe(2);
  });

  it('answers an unknown, expired, revoked or malformed link alike, telling not which', async () => {
    const expired = await newLink(owner, client, anna);
    await database.pool.query(
      `update survey_requests set expires_at = now() - interval '1 second' where id = $1`,
      [expired.id],
    );
    const revoked = await newLink(owner, client, anna);
    await owner.post(`/api/v1/survey-requests/${revoked.id}/revoke`);
    const unknown = `${workspaceId}.${'A'.repeat(43)}`;
    const tokens = [unknown, expired.token, revoked.token, 'nonsense', `${workspaceId}.x`];
    for (const token of tokens) {
      for (const answer of [
        await stranger().get(page(token)),
        await stranger().post(page(token), answers),
      ]) {
        expect(answer.status, token).toBe(404);
        expect(answer.body).toEqual({
          error: {
            code: 'not_found',
            message: 'This link is not valid (any more); ask the firm for a new one',
          },
        });
      }
    }
  });

  it('reaches nothing else with the token: not as a key, not under another firm, not as a path', async () => {
    const { token, id } = await newLink(owner, client, anna);
    const [, secret] = token.split('.');
    const bearer = stranger();
    bearer.bearer = token;
    const cookie = stranger();
    cookie.cookie = `kz_session=${token}`;
    for (const path of [
      '/api/v1/organizations',
      `/api/v1/organizations/${client}`,
      `/api/v1/organizations/${client}/contacts`,
      `/api/v1/survey-requests/${id}`.replace(/\/[^/]+$/, ''),
      `/api/v1/organizations/${client}/evaluations`,
      '/api/v1/session',
      '/api/v1/workspace',
    ]) {
      expect((await bearer.get(path)).status, path).toBe(401);
      expect((await cookie.get(path)).status, path).toBe(401);
    }
    // the survey routes take the token only: another id in its place is an unknown link
    for (const other of [client, anna, id, workspaceId])
      expect((await stranger().get(page(other))).status).toBe(404);
    // the secret under another firm's id, and another firm's link under this firm's id
    const otherFirm = otherFirmLink.split('.')[0]!;
    expect((await stranger().get(page(`${otherFirm}.${secret}`))).status).toBe(404);
    expect(
      (await stranger().get(page(`${workspaceId}.${otherFirmLink.split('.')[1]}`))).status,
    ).toBe(404);
    // another firm's link shows that firm only
    expect((await stranger().get(page(otherFirmLink))).body.firmName).toBe('Ander Kantoor');
    // routes under the link's path do not exist, and paths that climb out are other routes
    for (const path of [
      `${page(token)}/evaluations`,
      `${page(token)}/../../organizations`,
      `/api/v1/survey/${token}%2F..%2F..%2Forganizations`,
    ]) {
      const answer = await stranger().get(path);
      expect([401, 404], path).toContain(answer.status);
    }
    // still open: nothing above used it
    expect((await stranger().get(page(token))).status).toBe(200);
  });

  it('limits the requests from one address, as sign-in does', async () => {
    const busy = stranger();
    busy.ip = '10.1.2.3';
    let last = 0;
    for (let i = 0; i <= surveyRequestsPerAddress; i++)
      last = (await busy.get(page(`${workspaceId}.${'B'.repeat(43)}`))).status;
    expect(last).toBe(429);
    expect((await stranger().get(page(otherFirmLink))).status).toBe(200);
  });
});
