// Lost clients over HTTP (method §8): an A-client marked lost becomes a former client until that
// day and its win-back visit stands on the relationship manager's worklist; the win-back makes it
// a client again and keeps the loss; undo, the reasons list, the policies, the report and the
// bridge, refusals naming the field, firms kept apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  addClientInCategory,
  newFirm,
  newUser,
  testApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

// the firm's day is Sunday 15 June 2025
const clock = () => new Date('2025-06-15T10:00:00Z');
let database: Database;
let owner: Client;
let manager: Client;
let viewer: Client;
let otherFirm: Client;
let workspaceId: string;
let managerId: string;
let schemeId: string;
let atlas: string;
let boreas: string;
let ceres: string;
let reasons: { id: string; preset: string | null; name: string | null }[];

const reason = (preset: string) => reasons.find((r) => r.preset === preset)!.id;
const lossesOf = (org: string) => `/api/v1/organizations/${org}/losses`;

async function revenue(organizationId: string, year: number, cents: number) {
  await database.pool.query(
    `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
       costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
       first_invoice_date, service_lines)
     values ($1, $2, $3, $4, 0, 0, 0, 1, 0, 0, $5, '{}')`,
    [workspaceId, organizationId, year, cents, `${year}-01-15`],
  );
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  ({ owner, workspaceId } = await newFirm(app));
  const made = await newUser(app, database, workspaceId, 'professional');
  manager = made.client;
  managerId = made.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  atlas = await addClientInCategory(owner, {
    name: 'Atlas Bouw',
    schemeId,
    category: 'A',
    managerId,
  });
  boreas = await addClientInCategory(owner, {
    name: 'Boreas Zorg',
    schemeId,
    category: 'B',
    managerId,
  });
  ceres = await addClientInCategory(owner, {
    name: 'Ceres Handel',
    schemeId,
    category: 'C',
    managerId,
  });
  await revenue(atlas, 2024, 120_000_00);
  await revenue(atlas, 2025, 30_000_00);
  await revenue(boreas, 2024, 45_000_00);
  reasons = (await owner.get('/api/v1/lost-reasons')).body.items;
});
afterAll(async () => database.close());

describe('marking a client lost', () => {
  it('makes an A-client a former client until the day, plans a visit within 14 days on its manager’s worklist (today, as it is recorded late) and a call after three months', async () => {
    const marked = await manager.post(lossesOf(atlas), {
      lostOn: '2025-05-20',
      reasonId: reason('movedToCompetitor'),
      text: 'Went to a larger office in Utrecht',
      manner: 'amicable',
      told: 'The partners and the second professional',
    });
    expect(marked.status).toBe(201);
    expect(marked.body).toMatchObject({
      organizationName: 'Atlas Bouw',
      lostOn: '2025-05-20',
      category: 'A',
      // the last full fiscal year before the loss
      revenueYear: 2024,
      revenueCents: 120_000_00,
      wonBackOn: null,
    });
    expect(
      marked.body.attempts.map((a: { type: string; onDate: string; status: string }) => [
        a.type,
        a.onDate,
        a.status,
      ]),
    ).toEqual([
      // 3 June had passed when the loss was recorded: the visit is due today
      ['visit', '2025-06-15', 'planned'],
      ['call', '2025-08-19', 'planned'],
    ]);
    const organization = (await owner.get(`/api/v1/organizations/${atlas}`)).body;
    expect(organization).toMatchObject({ status: 'former', clientUntil: '2025-05-20' });
    const worklist = (await manager.get('/api/v1/worklist')).body.items as {
      kind: string;
      organizationName: string;
      dueDate: string;
    }[];
    expect(
      worklist.filter(
        (item) => item.kind === 'plannedActivity' && item.organizationName === 'Atlas Bouw',
      ),
    ).toEqual([expect.objectContaining({ dueDate: '2025-06-15' })]);
    const audit = await database.pool.query(
      `select entity_type, action, changes from audit_log
       where workspace_id = $1 and entity_id = $2 and action = 'update'`,
      [workspaceId, atlas],
    );
    expect(audit.rows.at(-1)).toMatchObject({
      entity_type: 'organization',
      changes: { status: ['client', 'former'], clientUntil: [null, '2025-05-20'] },
    });
    const lossAudit = await database.pool.query(
      `select action from audit_log where workspace_id = $1 and entity_id = $2`,
      [workspaceId, marked.body.id],
    );
    expect(lossAudit.rows).toEqual([{ action: 'create' }]);
  });

  it('asks of a C-client no win-back by default, and refuses a client that is no client', async () => {
    const marked = await owner.post(lossesOf(ceres), {
      lostOn: '2025-06-15',
      reasonId: reason('price'),
    });
    expect(marked.status).toBe(201);
    expect(marked.body.attempts).toEqual([]);
    const again = await owner.post(lossesOf(ceres), {
      lostOn: '2025-06-15',
      reasonId: reason('price'),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].field).toBe('status');
  });

  it('refuses a day after today, an unknown or hidden reason, and bad input, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ lostOn: '2025-06-16', reasonId: reason('price') }, 'lostOn'],
      [{ lostOn: '2019-12-31', reasonId: reason('price') }, 'lostOn'],
      [{ lostOn: '2025-06-01', reasonId: '00000000-0000-4000-8000-000000000000' }, 'reasonId'],
      [{ lostOn: '2025-02-30', reasonId: reason('price') }, 'lostOn'],
      [{ lostOn: '2025-06-01', reasonId: reason('price'), manner: 'angry' }, 'manner'],
      [{ lostOn: '2025-06-01', reasonId: reason('price'), text: 'x'.repeat(4001) }, 'text'],
      [{ reasonId: reason('price') }, 'lostOn'],
    ];
    for (const [body, field] of cases) {
      const answer = await owner.post(lossesOf(boreas), body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await owner.get(`/api/v1/organizations/${boreas}`)).body.status).toBe('client');
  });

  it('lets a viewer read but not mark, and keeps firms apart', async () => {
    expect((await viewer.get(lossesOf(atlas))).status).toBe(200);
    expect(
      (await viewer.post(lossesOf(boreas), { lostOn: '2025-06-01', reasonId: reason('price') }))
        .status,
    ).toBe(403);
    expect((await otherFirm.get(lossesOf(atlas))).status).toBe(404);
    const theirs = await otherFirm.post(lossesOf(atlas), {
      lostOn: '2025-06-01',
      reasonId: reason('price'),
    });
    expect(theirs.status).toBe(404);
  });
});

describe('the win-back', () => {
  it('makes the client a client again, keeps the loss with the day and withdraws what was still planned', async () => {
    const [loss] = (await manager.get(lossesOf(atlas))).body.items;
    const early = await manager.post(`/api/v1/client-losses/${loss.id}/win-back`, {
      wonBackOn: '2025-05-20',
    });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].field).toBe('wonBackOn');
    // the visit was made: it stays as an attempt
    const visit = loss.attempts.find((a: { type: string }) => a.type === 'visit');
    expect(
      (
        await manager.patch(`/api/v1/activities/${visit.id}`, {
          status: 'done',
          onDate: '2025-06-02',
        })
      ).status,
    ).toBe(200);
    const won = await manager.post(`/api/v1/client-losses/${loss.id}/win-back`, {
      wonBackOn: '2025-06-12',
      winBackNote: 'Back after the visit',
    });
    expect(won.status).toBe(200);
    expect(won.body).toMatchObject({
      wonBackOn: '2025-06-12',
      winBackNote: 'Back after the visit',
    });
    expect(
      won.body.attempts.map((a: { type: string; status: string }) => [a.type, a.status]),
    ).toEqual([['visit', 'done']]);
    expect((await owner.get(`/api/v1/organizations/${atlas}`)).body).toMatchObject({
      status: 'client',
      clientUntil: null,
    });
    const undo = await owner.delete(`/api/v1/client-losses/${loss.id}`);
    expect(undo.status).toBe(409);
  });
});

describe('undoing a loss', () => {
  it('makes it a client again and removes the win-back activities not yet done', async () => {
    const marked = await owner.post(lossesOf(boreas), {
      lostOn: '2025-06-10',
      reasonId: reason('service'),
    });
    expect(marked.status).toBe(201);
    expect(marked.body.attempts).toHaveLength(1);
    expect((await owner.delete(`/api/v1/client-losses/${marked.body.id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/organizations/${boreas}`)).body.status).toBe('client');
    expect((await owner.get(lossesOf(boreas))).body.items).toEqual([]);
    const left = await database.pool.query(
      `select count(*)::int as n from activities where workspace_id = $1 and organization_id = $2`,
      [workspaceId, boreas],
    );
    expect(left.rows[0].n).toBe(0);
  });
});

describe('the lost reasons', () => {
  it('start with the eight presets; the firm adds its own, deletes an unused one, hides one in use', async () => {
    expect(reasons.map((r) => r.preset)).toEqual([
      'price',
      'quality',
      'service',
      'contactPersonLeft',
      'movedToCompetitor',
      'clientStoppedOrMerged',
      'noLongerNeeded',
      'other',
    ]);
    const own = await owner.post('/api/v1/lost-reasons', { name: 'Office closed' });
    expect(own.status).toBe(201);
    expect(
      (await owner.post('/api/v1/lost-reasons', { name: ' ' })).body.error.details[0].field,
    ).toBe('name');
    expect((await manager.post('/api/v1/lost-reasons', { name: 'Mine' })).status).toBe(403);
    expect((await owner.delete(`/api/v1/lost-reasons/${own.body.id}`)).status).toBe(204);
    const inUse = await owner.delete(`/api/v1/lost-reasons/${reason('price')}`);
    expect(inUse.status).toBe(409);
    const hidden = await owner.patch(`/api/v1/lost-reasons/${reason('price')}`, { hidden: true });
    expect(hidden.body).toMatchObject({ hidden: true, inUse: 1 });
    const refused = await owner.post(lossesOf(boreas), {
      lostOn: '2025-06-01',
      reasonId: reason('price'),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].field).toBe('reasonId');
    await owner.patch(`/api/v1/lost-reasons/${reason('price')}`, { hidden: false });
  });
});

describe('the win-back policy', () => {
  it('is the default per category until the firm sets its own, which the next loss follows', async () => {
    const list = (await owner.get(`/api/v1/category-schemes/${schemeId}/win-back-policies`)).body;
    expect(
      list.items.map((p: { categoryKey: string; steps: unknown[]; set: boolean }) => [
        p.categoryKey,
        p.steps.length,
        p.set,
      ]),
    ).toEqual([
      ['A', 2, false],
      ['B', 1, false],
      ['C', 0, false],
    ]);
    const bad = await owner.request(
      'PUT',
      `/api/v1/category-schemes/${schemeId}/win-back-policies/C`,
      {
        actor: 'namedUser',
        userId: null,
        steps: [{ type: 'call', p: 'person', subject: 'Bellen', daysAfterLoss: 800 }],
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'userId',
      'steps.0.daysAfterLoss',
    ]);
    const set = await owner.request(
      'PUT',
      `/api/v1/category-schemes/${schemeId}/win-back-policies/C`,
      {
        actor: 'namedUser',
        userId: managerId,
        steps: [{ type: 'email', p: 'process', subject: 'Nabellen', daysAfterLoss: 7 }],
      },
    );
    expect(set.status).toBe(200);
    expect(
      (
        await manager.request(
          'PUT',
          `/api/v1/category-schemes/${schemeId}/win-back-policies/C`,
          set.body,
        )
      ).status,
    ).toBe(403);
    const again = await owner.post(`/api/v1/organizations`, {
      name: 'Dione',
      status: 'client',
      clientSince: '2021-01-01',
    });
    await owner.request('PUT', `/api/v1/organizations/${again.body.id}/category-override`, {
      schemeId,
      category: 'C',
      reason: 'Test',
    });
    const marked = await owner.post(lossesOf(again.body.id), {
      lostOn: '2025-06-14',
      reasonId: reason('quality'),
    });
    expect(marked.body.attempts).toEqual([
      expect.objectContaining({
        type: 'email',
        onDate: '2025-06-21',
        professionals: [expect.objectContaining({ id: managerId })],
      }),
    ]);
    const reset = await owner.delete(`/api/v1/category-schemes/${schemeId}/win-back-policies/C`);
    expect(reset.body).toMatchObject({ set: false, steps: [] });
  });
});

describe('the report and the bridge', () => {
  it('counts the reasons per year and category with the revenue they took', async () => {
    const report = (await viewer.get('/api/v1/lost-clients/report')).body;
    const a = report.groups.find(
      (g: { year: number; category: string }) => g.year === 2025 && g.category === 'A',
    );
    expect(a).toMatchObject({ losses: 1, revenueCents: 120_000_00, wonBack: 1 });
    expect(a.reasons).toEqual([
      { reasonId: reason('movedToCompetitor'), losses: 1, revenueCents: 120_000_00, wonBack: 1 },
    ]);
  });

  it('puts the recorded losses beside the bridge’s lost bar, and says where none was recorded', async () => {
    // Boreas had revenue in 2024 and none in 2025: in the bridge's lost bar, with no loss recorded
    const bridge = (await owner.get('/api/v1/lost-clients/bridge?year=2025')).body;
    expect(bridge.lost.clients).toEqual([
      expect.objectContaining({ clientId: boreas, previousCents: 45_000_00, loss: null }),
    ]);
    expect((await owner.get('/api/v1/lost-clients/bridge?year=abc')).status).toBe(400);
  });
});
