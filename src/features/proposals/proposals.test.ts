// Proposals over HTTP: the worked example of method §5 (asked for on Friday 7 March 2025 within
// two working days: due Tuesday 11 March, one working day late on the Wednesday), stages filling in their days,
// refusals with the field named, the board, and firms kept apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { today } from '../../../test/helpers/days.ts';

let database: Database;
let owner: Client;
let professional: Client;
let professionalId: string;
let viewer: Client;
let otherFirm: Client;
let schemeId: string;
let clientA: string;
let clientB: string;
let newClient: string;

const proposalsOf = (org: string) => `/api/v1/organizations/${org}/proposals`;

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  const made = await newUser(app, database, workspaceId, 'professional');
  professional = made.client;
  professionalId = made.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const org = async (name: string) =>
    (await owner.post('/api/v1/organizations', { name, status: 'client' })).body.id as string;
  clientA = await org('Atlas Bouw');
  clientB = await org('Boreas Zorg');
  newClient = await org('Nieuw BV');
  for (const [id, category] of [
    [clientA, 'A'],
    [clientB, 'B'],
  ] as const) {
    const set = await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category,
      reason: 'Test',
    });
    expect(set.status).toBe(200);
  }
  // the freelancer's A/B/C: A two working days, B five
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
});
afterAll(async () => database.close());

describe('proposals', () => {
  it('a proposal asked for on Friday 7 March 2025 within two working days is due Tuesday 11 March: sent then on time, sent Wednesday one working day late', async () => {
    const friday = '2025-03-07';
    const tuesday = '2025-03-11';
    const sent = { title: 'Controle 2025', requestedOn: friday, stage: 'sent', sentOn: tuesday };
    const a = await professional.post(proposalsOf(clientA), sent);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      category: 'A',
      organizationName: 'Atlas Bouw',
      turnaround: {
        normWorkingDays: 2,
        deadline: tuesday,
        workingDaysTaken: 2,
        status: 'onTime',
        workingDaysOverdue: 0,
      },
    });
    const wednesday = await professional.post(proposalsOf(clientA), {
      ...sent,
      sentOn: '2025-03-12',
    });
    expect(wednesday.body.turnaround).toMatchObject({
      deadline: tuesday,
      workingDaysTaken: 3,
      status: 'late',
      workingDaysOverdue: 1,
    });
    const b = await professional.post(proposalsOf(clientB), sent);
    expect(b.body.turnaround).toMatchObject({
      normWorkingDays: 5,
      deadline: '2025-03-14',
      status: 'onTime',
      workingDaysOverdue: 0,
    });
    // a new client, without a category, has no norm
    const fresh = await professional.post(proposalsOf(newClient), sent);
    expect(fresh.body).toMatchObject({ category: null, turnaround: { status: 'noNorm' } });
  });

  it('start as a request today, owned by whoever records it; an open one is overdue past its deadline', async () => {
    const created = await professional.post(proposalsOf(clientA), {
      title: 'Advies',
      valueCents: 1_250_000,
      angle: 'relationshipMaintenance',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      stage: 'request',
      requestedOn: today(),
      sentOn: null,
      valueCents: 1_250_000,
      angle: 'relationshipMaintenance',
      ownerName: expect.any(String),
      turnaround: { status: 'open', workingDaysOverdue: 0 },
    });
    const old = await professional.post(proposalsOf(clientA), {
      title: 'Vergeten offerte',
      requestedOn: '2025-03-07',
    });
    expect(old.body.turnaround).toMatchObject({ status: 'overdue', deadline: '2025-03-11' });
  });

  it('fill in the days a stage implies, and clear the ones that no longer fit', async () => {
    const id = (await owner.post(proposalsOf(clientB), { title: 'Jaarwerk' })).body.id;
    const path = `/api/v1/proposals/${id}`;
    const sent = await owner.patch(path, { stage: 'sent' });
    expect(sent.body).toMatchObject({ stage: 'sent', sentOn: today(), decidedOn: null });
    const lostWithoutReason = await owner.patch(path, { stage: 'lost' });
    expect(lostWithoutReason.status).toBe(400);
    expect(lostWithoutReason.body.error.details).toEqual([
      {
        field: 'lostReason',
        message: 'say why the proposal was lost',
        reason: { code: 'lostReason', params: {} },
      },
    ]);
    const lost = await owner.patch(path, { stage: 'lost', lostReason: ' Prijs ' });
    expect(lost.body).toMatchObject({ stage: 'lost', decidedOn: today(), lostReason: 'Prijs' });
    const back = await owner.patch(path, { stage: 'drafting' });
    expect(back.body).toMatchObject({ sentOn: null, decidedOn: null, lostReason: null });
    const history = await database.pool.query(
      `select count(*)::int as n from audit_log where entity_id = $1 and changes ? $2`,
      [clientB, `proposal:${id}`],
    );
    expect(history.rows[0].n).toBe(4);
  });

  it('refuse impossible input with the field named', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: ' ' }, 'title'],
      [{ title: 'X', requestedOn: '2025-02-30' }, 'requestedOn'],
      [{ title: 'X', requestedOn: '2999-01-01' }, 'requestedOn'],
      [{ title: 'X', requestedOn: '2025-03-07', sentOn: '2025-03-06', stage: 'sent' }, 'sentOn'],
      [{ title: 'X', valueCents: -1 }, 'valueCents'],
      [{ title: 'X', valueCents: 1.5 }, 'valueCents'],
      [{ title: 'X', angle: 'luck' }, 'angle'],
      [{ title: 'X', stage: 'maybe' }, 'stage'],
      [{ title: 'X', ownerId: '00000000-0000-4000-8000-000000000000' }, 'ownerId'],
      // values the stage has no place for were cleared in silence
      [{ title: 'X', stage: 'drafting', sentOn: '2025-03-07' }, 'sentOn'],
      [{ title: 'X', sentOn: '2025-03-07' }, 'sentOn'],
      [{ title: 'X', stage: 'sent', decidedOn: '2025-03-07' }, 'decidedOn'],
      [{ title: 'X', stage: 'won', lostReason: 'Te duur' }, 'lostReason'],
    ];
    for (const [body, field] of cases) {
      const answer = await owner.post(proposalsOf(clientA), body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.details[0].field, JSON.stringify(body)).toBe(field);
    }
    expect((await viewer.post(proposalsOf(clientA), { title: 'X' })).status).toBe(403);

    const open = (await owner.post(proposalsOf(clientA), { title: 'Open' })).body.id;
    const change = await owner.patch(`/api/v1/proposals/${open}`, { lostReason: 'Te duur' });
    expect(change.status).toBe(400);
    expect(change.body.error.details[0]).toMatchObject({
      field: 'lostReason',
      reason: { code: 'notInStage' },
    });
    const unchanged = await owner.get(`/api/v1/proposals/${open}`);
    expect(unchanged.body).toMatchObject({ stage: 'request', lostReason: null });
  });

  it('show on the board: open ones and lately decided ones, by place, with the owner filter', async () => {
    const board = await viewer.get('/api/v1/proposals');
    expect(board.status).toBe(200);
    const titles = board.body.items.map((p: { title: string }) => p.title);
    expect(titles).toContain('Advies');
    expect(titles).toContain('Jaarwerk');
    const sentBefore = await viewer.get('/api/v1/proposals?decidedSince=2000-01-01');
    expect(sentBefore.body.items.length).toBeGreaterThanOrEqual(titles.length);
    const byOwner = await viewer.get(`/api/v1/proposals?ownerId=${professionalId}`);
    expect(byOwner.body.items.every((p: { ownerId: string }) => p.ownerId === professionalId)).toBe(
      true,
    );
    expect(byOwner.body.items.map((p: { title: string }) => p.title)).not.toContain('Jaarwerk');
  });

  it('stay within their firm, and are removed', async () => {
    const id = (await owner.post(proposalsOf(clientA), { title: 'Weg ermee' })).body.id;
    expect((await otherFirm.get(`/api/v1/proposals/${id}`)).status).toBe(404);
    expect((await otherFirm.request('DELETE', `/api/v1/proposals/${id}`)).status).toBe(404);
    expect((await otherFirm.post(proposalsOf(clientA), { title: 'X' })).status).toBe(404);
    expect((await owner.request('DELETE', `/api/v1/proposals/${id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/proposals/${id}`)).status).toBe(404);
  });
});
