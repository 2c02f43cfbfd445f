// The worklist over HTTP, with the worked example of method §5: an A-client with no personal
// contact for 61 days under a 60-day norm is overdue on the worklist of its relationship manager
// and of nobody else; 60 days is due, not overdue. Call-backs, proposals, planned activities and
// follow-ups fall to whom they are for; the most valuable client comes first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addClientInCategory,
  Client,
  newFirm,
  newUser,
  testApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { today } from '../../../test/helpers/days.ts';
import { daysAgo } from '../../../test/helpers/days.ts';

let database: Database;
let owner: Client;
let manager: Client;
let colleague: Client;
let managerId: string;
let colleagueId: string;
const clients: Record<string, string> = {};

type Item = {
  kind: string;
  organizationName: string;
  label: string | null;
  dueDate: string;
  overdue: boolean;
  daysOverdue: number;
  warning?: unknown;
};
const list = async (client: Client, query = '') => {
  const answer = await client.get(`/api/v1/worklist${query}`);
  expect(answer.status).toBe(200);
  return answer.body.items as Item[];
};
const brief = (items: Item[]) =>
  items.map((item) => [item.organizationName, item.kind, item.label, item.daysOverdue]);

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  const made = await newUser(app, database, workspaceId, 'professional');
  manager = made.client;
  managerId = made.user.id;
  const other = await newUser(app, database, workspaceId, 'professional');
  colleague = other.client;
  colleagueId = other.user.id;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  for (const [name, category, revenue] of [
    ['Atlas Bouw', 'A', 500_000_00],
    ['Boreas Zorg', 'A', 900_000_00],
    ['Ceres Handel', 'C', 100_000_00],
  ] as const) {
    const id = await addClientInCategory(owner, { name, schemeId, category, managerId });
    clients[name] = id;
    await database.pool.query(
      `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
         costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
         first_invoice_date, service_lines)
       values ($1, $2, $3, $4, 0, 0, 0, 1, 0, 0, '2024-01-01', '{}')`,
      // last year's revenue makes the order
      [workspaceId, id, Number(today().slice(0, 4)) - 1, revenue],
    );
  }
  // the freelancer's A/B/C: A-clients seen every 60 days, proposals within 2 working days
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  const visit = (org: string, onDate: string) =>
    manager.post(`/api/v1/organizations/${clients[org]}/activities`, {
      type: 'visit',
      status: 'done',
      onDate,
      subject: 'Bezoek',
    });
  expect((await visit('Atlas Bouw', daysAgo(61))).status).toBe(201);
  expect((await visit('Boreas Zorg', daysAgo(60))).status).toBe(201);
});
afterAll(async () => database.close());

describe('the worklist', () => {
  it('puts the A-client not seen for 61 days on its relationship manager’s list, overdue by one day', async () => {
    const items = await list(manager);
    expect(brief(items)).toEqual([
      // the most valuable client first: seen 60 days ago, due today
      ['Boreas Zorg', 'personalContact', null, 0],
      ['Atlas Bouw', 'personalContact', null, 1],
      // past its norm it is also at risk (method §8): after what is due, with what to do
      ['Atlas Bouw', 'atRisk', null, 0],
    ]);
    expect(items[2]?.warning).toMatchObject({ risk: 10, action: { p: 'person' } });
    expect(items[0]).toMatchObject({ dueDate: today(), overdue: false });
    expect(items[1]).toMatchObject({ dueDate: daysAgo(1), overdue: true });
    // C-clients have no contact interval: nothing for Ceres
    expect(await list(colleague)).toEqual([]);
    expect(await list(owner, `?userId=${colleagueId}`)).toEqual([]);
  });

  it('gives each call-back, proposal, planned activity and follow-up to whom it is for', async () => {
    await owner.post(`/api/v1/organizations/${clients['Ceres Handel']}/call-backs`, {
      callerName: 'Receptie Ceres',
      calledOn: '2025-03-07',
      forUserId: colleagueId,
    });
    await owner.post(`/api/v1/organizations/${clients['Atlas Bouw']}/proposals`, {
      title: 'Controle 2025',
      requestedOn: daysAgo(10),
      ownerId: managerId,
    });
    await colleague.post(`/api/v1/organizations/${clients['Ceres Handel']}/activities`, {
      type: 'meeting',
      status: 'planned',
      onDate: daysAgo(2),
      subject: 'Kwartaaloverleg',
      followUpOn: daysAgo(1),
      followUpNote: 'Notulen sturen',
    });
    expect(brief(await list(colleague))).toEqual([
      ['Ceres Handel', 'callBack', 'Receptie Ceres', 0],
      ['Ceres Handel', 'plannedActivity', 'Kwartaaloverleg', 2],
      ['Ceres Handel', 'followUp', 'Notulen sturen', 1],
    ]);
    const mine = brief(await list(manager));
    expect(mine).toContainEqual(['Atlas Bouw', 'proposal', 'Controle 2025', expect.any(Number)]);
    expect(mine.filter(([name]) => name === 'Ceres Handel')).toEqual([]);
  });

  it('looks ahead to a later day, and refuses one before today or an unknown professional', async () => {
    const ahead = await list(manager, `?until=2999-12-31`);
    expect(ahead.filter((item) => item.kind === 'personalContact')).toHaveLength(3 - 1);
    const before = await manager.get(`/api/v1/worklist?until=${daysAgo(1)}`);
    expect(before.status).toBe(400);
    expect(before.body.error.details[0].field).toBe('until');
    const stranger = await manager.get(
      '/api/v1/worklist?userId=00000000-0000-4000-8000-000000000000',
    );
    expect(stranger.status).toBe(404);
  });

  it("answers the firm's day, the one the worklist judges against", async () => {
    const answer = await colleague.get('/api/v1/today');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ today: today(), timeZone: 'Europe/Amsterdam' });
    expect((await colleague.get('/api/v1/worklist')).body.today).toBe(answer.body.today);
  });
});

describe('a new firm’s worklist', () => {
  it('names what to set up first: a category for a client, then a service concept', async () => {
    const { owner: newOwner } = await newFirm(testApp(database));
    const setUpFirst = async () => (await newOwner.get('/api/v1/worklist')).body.setUpFirst;
    expect(await setUpFirst()).toBe('categories');
    const schemeId = (await newOwner.get('/api/v1/category-schemes')).body.items[0].id;
    const id = (await newOwner.post('/api/v1/organizations', { name: 'Delta', status: 'client' }))
      .body.id as string;
    await newOwner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'B',
      reason: 'Test',
    });
    expect(await setUpFirst()).toBe('serviceConcepts');
    await newOwner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
      preset: 'freelancerAbc',
    });
    expect(await setUpFirst()).toBe(null);
  });
});

describe('the value a client has on the worklist', () => {
  it('is the one compliance gives it, by the firm’s fiscal year (from April)', async () => {
    let now = new Date('2026-06-15T10:00:00Z');
    const app = testApp(database, {}, () => now);
    const { owner: firmOwner, workspaceId, ownerId } = await newFirm(app);
    await database.pool.query(
      'update workspaces set fiscal_year_start_month = 4 where workspace_id = $1',
      [workspaceId],
    );
    const schemeId = (await firmOwner.get('/api/v1/category-schemes')).body.items[0].id;
    await firmOwner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
      preset: 'freelancerAbc',
    });
    const id = (
      await firmOwner.post('/api/v1/organizations', {
        name: 'Orion Logistiek',
        status: 'client',
        relationshipManagerId: ownerId,
        clientSince: '2020-01-01',
      })
    ).body.id as string;
    await firmOwner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
    // revenue only in fiscal year 2024 (2024-04-01 to 2025-03-31), not seen since: overdue
    await database.pool.query(
      `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
         costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
         first_invoice_date, service_lines)
       values ($1, $2, 2024, 500000, 0, 0, 0, 1, 0, 0, '2024-05-01', '{}')`,
      [workspaceId, id],
    );
    const values = async () => {
      const worklist = await firmOwner.get('/api/v1/worklist');
      const compliance = await firmOwner.get('/api/v1/compliance');
      expect(worklist.status).toBe(200);
      expect(compliance.status).toBe(200);
      const item = (worklist.body.items as { organizationId: string; valueCents: number }[]).find(
        (one) => one.organizationId === id,
      );
      const short = (
        compliance.body.shortfallClients as { organizationId: string; valueCents: number }[]
      ).find((one) => one.organizationId === id);
      return [item?.valueCents, short?.valueCents];
    };
    // 2026-02-15 lies in fiscal year 2025: the revenue of 2024 still gives the value
    now = new Date('2026-02-15T10:00:00Z');
    expect(await values()).toEqual([500000, 500000]);
    // 2026-06-15 lies in fiscal year 2026: 2024 is too long ago (two calendar years back it was not)
    now = new Date('2026-06-15T10:00:00Z');
    expect(await values()).toEqual([0, 0]);
  });
});

describe('a client seen while a prospect', () => {
  it('is due for personal contact from the day it became a client, not before, on the worklist and in compliance alike', async () => {
    const { owner: firmOwner, ownerId } = await newFirm(testApp(database));
    const schemeId = (await firmOwner.get('/api/v1/category-schemes')).body.items[0].id;
    await firmOwner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
      preset: 'freelancerAbc',
    });
    const id = (
      await firmOwner.post('/api/v1/organizations', {
        name: 'Pallas Advies',
        status: 'client',
        relationshipManagerId: ownerId,
        clientSince: daysAgo(5),
      })
    ).body.id as string;
    await firmOwner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
    // seen 200 days ago, before it became a client: the 60-day interval ran out then
    const visit = await firmOwner.post(`/api/v1/organizations/${id}/activities`, {
      type: 'visit',
      status: 'done',
      onDate: daysAgo(200),
      subject: 'Kennismaking',
    });
    expect(visit.status).toBe(201);
    const items = await list(firmOwner);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'personalContact',
        dueDate: daysAgo(5),
        overdue: true,
        daysOverdue: 5,
      }),
    ]);
    const compliance = await firmOwner.get('/api/v1/compliance');
    expect(compliance.body.shortfallClients[0]).toMatchObject({
      organizationId: id,
      shortfalls: expect.arrayContaining([{ code: 'contactOverdue', daysOverdue: 5 }]),
    });
  });
});
