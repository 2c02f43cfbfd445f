import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import type { RevenueLineCandidate } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';
import { importRevenue } from '../import/revenue-import.service.ts';
import { planReport } from './plan.service.ts';

let database: Database;
let app: TestApp;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
});
afterAll(async () => database.close());

let row = 0;
const line = (name: string, invoiceDate: string, euros: number): RevenueLineCandidate => ({
  rowNumber: ++row,
  customer: { code: null, kvkNumber: null, vatNumber: null, name },
  invoiceDate,
  amountCents: euros * 100,
  invoiceNumber: `F${row}`,
  serviceLine: null,
  hours: null,
  costCents: null,
  fingerprint: `line-${row}`,
});

async function load(workspaceId: string, lines: RevenueLineCandidate[]) {
  async function* source() {
    yield* lines;
  }
  const report = await importRevenue(database, source(), {
    workspaceId,
    userId: null,
    sourceName: 'test',
    format: 'csv',
    unknownCustomers: 'create',
    withProblems: 'import-nothing',
  });
  expect(report.written).toBe(true);
}

const put = (client: Client, path: string, body: unknown) => client.request('PUT', path, body);

async function lastFirmChange(workspaceId: string) {
  const [entry] = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityType, 'workspace')))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return entry;
}

describe('the revenue plan', () => {
  let owner: Client;
  let workspaceId: string;

  beforeAll(async () => {
    ({ owner, workspaceId } = await newFirm(app));
    // the revenue bridge of method.md §2: € 2,000,000 in 2004, € 2,300,000 in 2005
    await load(workspaceId, [
      line('Alfa', '2004-03-01', 600_000),
      line('Alfa', '2004-09-01', 400_000),
      line('Beta', '2004-05-01', 900_000),
      line('Gamma', '2004-06-01', 100_000),
      line('Alfa', '2005-03-01', 1_200_000),
      line('Beta', '2005-05-01', 900_000),
      line('Delta', '2005-07-01', 200_000),
    ]);
  });

  it('has no proposal without a year before to compare with, only the actuals', async () => {
    const plan = await owner.get('/api/v1/plan?year=2005');
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({
      year: 2005,
      startCents: 200_000_000,
      startComplete: true,
      inputs: null,
      proposal: null,
      plan: null,
      progress: {
        asOf: '2005-12-31',
        basis: 'yearly_figures',
        fractionOfYearElapsed: 1,
        actualSoFarCents: 230_000_000,
        noRevenueYet: false,
        againstPlan: null,
      },
    });
  });

  it('reproduces the worked example of method.md §2 from the amounts set', async () => {
    const set = await put(owner, '/api/v1/plan/2005', {
      existingGrowthCents: 20_000_000,
      newClientsCents: 20_000_000,
      expectedLossCents: 10_000_000,
    });
    expect(set.status).toBe(200);
    expect(set.body.inputs).toMatchObject({
      existingGrowthCents: 20_000_000,
      newClientsCents: 20_000_000,
      expectedLossCents: 10_000_000,
    });
    expect(set.body.plan).toEqual({
      source: 'inputs',
      startCents: 200_000_000,
      existingGrowthCents: 20_000_000,
      newClientsCents: 20_000_000,
      expectedLossCents: 10_000_000,
      targetCents: 230_000_000,
      growthCents: 30_000_000,
      growth: { numerator: 30_000_000, denominator: 200_000_000 },
      growthBasisPoints: 1500,
    });
    expect(set.body.progress.againstPlan).toEqual({
      expectedSoFarCents: 230_000_000,
      differenceCents: 0,
      targetReached: { numerator: 230_000_000, denominator: 230_000_000 },
      onTrack: true,
    });
    expect((await owner.get('/api/v1/plan?year=2005')).body).toEqual(set.body);
    expect((await lastFirmChange(workspaceId))?.changes).toEqual({
      'revenuePlan.2005.existingGrowthCents': [null, 20_000_000],
      'revenuePlan.2005.newClientsCents': [null, 20_000_000],
      'revenuePlan.2005.expectedLossCents': [null, 10_000_000],
    });

    const changed = await put(owner, '/api/v1/plan/2005', {
      existingGrowthCents: -5_000_000,
      newClientsCents: 20_000_000,
      expectedLossCents: 10_000_000,
    });
    expect(changed.body.plan).toMatchObject({ targetCents: 205_000_000, growthBasisPoints: 250 });
    expect((await lastFirmChange(workspaceId))?.changes).toEqual({
      'revenuePlan.2005.existingGrowthCents': [20_000_000, -5_000_000],
    });
  });

  it('proposes next year from the bridge of the year before', async () => {
    const plan = await owner.get('/api/v1/plan?year=2006');
    expect(plan.body.inputs).toBeNull();
    expect(plan.body.proposal).toMatchObject({
      startCents: 230_000_000,
      existingGrowthCents: 20_000_000,
      newClientsCents: 20_000_000,
      expectedLossCents: 10_000_000,
      targetCents: 260_000_000,
      basedOnYears: [2005],
    });
    expect(plan.body.plan).toMatchObject({ source: 'proposal', targetCents: 260_000_000 });
    expect(plan.body.proposal.basedOn).toEqual([
      {
        year: 2005,
        newClientsCents: 20_000_000,
        existingGrowthCents: 20_000_000,
        lostCents: 10_000_000,
      },
    ]);
  });

  it('says a year without revenue yet has none, rather than that it is behind plan', async () => {
    const plan = await owner.get('/api/v1/plan?year=2006');
    expect(plan.body.plan).toMatchObject({ source: 'proposal', targetCents: 260_000_000 });
    expect(plan.body.progress).toMatchObject({
      actualSoFarCents: 0,
      noRevenueYet: true,
      againstPlan: null,
    });
    // the year just begun, by the invoices up to today
    const begun = await planReport(database.db, workspaceId, 2006, '2006-01-02');
    expect(begun.progress).toMatchObject({ basis: 'revenue_lines', noRevenueYet: true });
    expect(begun.progress.againstPlan).toBeNull();
  });

  it('tracks the year while it lasts from the invoices up to today', async () => {
    const plan = await planReport(database.db, workspaceId, 2005, '2005-06-30');
    // Alfa's € 1,200,000 of March and Beta's € 900,000 of May; Delta's July invoice not yet
    expect(plan.progress).toEqual({
      asOf: '2005-06-30',
      basis: 'revenue_lines',
      fractionOfYearElapsed: 181 / 365,
      actualSoFarCents: 210_000_000,
      noRevenueYet: false,
      againstPlan: {
        expectedSoFarCents: Math.round((205_000_000 * 181) / 365),
        differenceCents: 210_000_000 - Math.round((205_000_000 * 181) / 365),
        targetReached: { numerator: 210_000_000, denominator: 205_000_000 },
        onTrack: true,
      },
    });
    // a year that is not over yet makes no bridge to propose from
    const next = await planReport(database.db, workspaceId, 2006, '2005-11-15');
    expect(next).toMatchObject({ startComplete: false, proposal: null, plan: null });
  });

  it('gives no target while the year before runs without revenue, rather than a negative one', async () => {
    // 2006 has no revenue yet; a plan for 2007 that loses more than it gains counted from € 0
    // would read as a target of − € 50.000
    const saved = await put(owner, '/api/v1/plan/2007', {
      existingGrowthCents: 0,
      newClientsCents: 0,
      expectedLossCents: 5_000_000,
    });
    expect(saved.status).toBe(200);
    const plan = await planReport(database.db, workspaceId, 2007, '2006-03-01');
    expect(plan).toMatchObject({ startCents: 0, startComplete: false, startMissing: true });
    expect(plan.plan).toMatchObject({
      source: 'inputs',
      targetCents: null,
      growthCents: -5_000_000,
    });
    expect(plan.progress.againstPlan).toBeNull();
    // once the year before is over, its revenue (none) is the start, and the target counts from it
    const later = await planReport(database.db, workspaceId, 2007, '2007-02-01');
    expect(later).toMatchObject({ startComplete: true, startMissing: false });
    expect(later.plan?.targetCents).toBe(-5_000_000);
  });

  it('says which amount is wrong and why', async () => {
    const answer = await put(owner, '/api/v1/plan/2005', {
      existingGrowthCents: 1.5,
      newClientsCents: -1,
      expectedLossCents: 'veel',
    });
    expect(answer.status).toBe(400);
    const details = Object.fromEntries(
      answer.body.error.details.map((d: { field: string; message: string }) => [
        d.field,
        d.message,
      ]),
    );
    expect(details).toEqual({
      existingGrowthCents: 'must be whole cents, without decimals',
      newClientsCents: 'must be 0 or more',
      expectedLossCents: 'must be an amount in whole cents',
    });
    const missing = await put(owner, '/api/v1/plan/2005', { existingGrowthCents: 0 });
    expect(missing.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'expectedLossCents',
      'newClientsCents',
    ]);
    const year = await put(owner, '/api/v1/plan/volgend', {
      existingGrowthCents: 0,
      newClientsCents: 0,
      expectedLossCents: 0,
    });
    expect(year.status).toBe(400);
    expect(year.body.error.details[0].field).toBe('year');
  });

  it('lets everyone read the plan, and only the owner set it', async () => {
    const amounts = { existingGrowthCents: 0, newClientsCents: 0, expectedLossCents: 0 };
    for (const role of ['viewer', 'professional', 'partner'] as const) {
      const { client } = await newUser(app, database, workspaceId, role);
      expect((await client.get('/api/v1/plan?year=2005')).status).toBe(200);
      expect((await put(client, '/api/v1/plan/2005', amounts)).status).toBe(403);
    }
    expect((await owner.get('/api/v1/plan?year=2005')).body.plan.targetCents).toBe(205_000_000);
  });
});

describe('the cost of one valuable new client', () => {
  let owner: Client;
  let workspaceId: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    ({ owner, workspaceId } = await newFirm(app));
    await load(workspaceId, [
      line('Oud', '2022-02-01', 40_000),
      line('Oud', '2023-02-01', 45_000),
      line('Terug', '2021-02-01', 8_000),
      line('Terug', '2023-03-01', 9_000),
      line('Nieuw A', '2023-04-01', 30_000),
      line('Nieuw B', '2023-05-01', 20_000),
      line('Eenmalig', '2023-06-01', 10_000),
      line('Baalklant', '2023-07-01', 5_000),
    ]);
    const list = await owner.get('/api/v1/organizations?limit=50');
    ids = Object.fromEntries(
      list.body.items.map((o: { name: string; id: string }) => [o.name, o.id]),
    );
  });

  it('lists the new clients of the year and waits for the investment', async () => {
    const answer = await owner.get('/api/v1/acquisition?year=2023');
    expect(answer.status).toBe(200);
    expect(answer.body.investment).toBeNull();
    expect(answer.body.newClients.map((c: { name: string }) => c.name)).toEqual([
      'Nieuw A',
      'Nieuw B',
      'Eenmalig',
      'Baalklant',
    ]);
    // the same clients, with the same revenue, as the bridge's new clients of the year
    const bridge = (await owner.get('/api/v1/portfolio/bridge?year=2023')).body;
    const bridgeNew = bridge.clients.filter((c: { group: string }) => c.group === 'new');
    expect(
      answer.body.newClients.map((c: { id: string; revenueCents: number }) => [
        c.id,
        c.revenueCents,
      ]),
    ).toEqual(
      bridgeNew.map((c: { clientId: string; currentCents: number }) => [
        c.clientId,
        c.currentCents,
      ]),
    );
    expect(answer.body.cost).toEqual({
      timeCents: 0,
      moneyCents: 0,
      investedCents: 0,
      regularClients: 4,
      costPerClientCents: null,
      reason: 'no_investment',
    });
  });

  it('leaves out one-off clients and clients the firm would rather see go', async () => {
    expect(
      (await owner.patch(`/api/v1/organizations/${ids.Eenmalig}`, { oneOff: true })).status,
    ).toBe(200);
    const decided = await owner.post(`/api/v1/organizations/${ids.Baalklant}/decisions`, {
      year: 2023,
      decision: 'part_ways',
    });
    expect(decided.status).toBe(201);
    // 120 hours at € 95 = € 11,400, plus € 3,600 = € 15,000 over two regular new clients
    const set = await put(owner, '/api/v1/acquisition/2023', {
      hours: 120,
      hourlyRateCents: 9_500,
      moneyCents: 360_000,
      notes: 'Netwerkborrels en een seminar',
    });
    expect(set.status).toBe(200);
    expect(set.body.investment).toMatchObject({
      hours: 120,
      hourlyRateCents: 9_500,
      moneyCents: 360_000,
      notes: 'Netwerkborrels en een seminar',
    });
    expect(set.body.cost).toEqual({
      timeCents: 1_140_000,
      moneyCents: 360_000,
      investedCents: 1_500_000,
      regularClients: 2,
      costPerClientCents: 750_000,
      reason: null,
    });
    const byName = Object.fromEntries(
      set.body.newClients.map((c: { name: string }) => [c.name, c]),
    );
    expect(byName.Eenmalig).toMatchObject({ oneOff: true, ratherSeeGo: false, counted: false });
    expect(byName.Baalklant).toMatchObject({
      oneOff: false,
      ratherSeeGo: true,
      counted: false,
      latestDecision: { decision: 'part_ways', year: 2023 },
    });
    expect(byName['Nieuw A']).toMatchObject({ revenueCents: 3_000_000, counted: true });
    expect((await owner.get('/api/v1/acquisition?year=2023')).body).toEqual(set.body);
    expect((await lastFirmChange(workspaceId))?.changes).toMatchObject({
      'acquisitionInvestment.2023.hours': [null, 120],
      'acquisitionInvestment.2023.moneyCents': [null, 360_000],
    });

    // a later decision to keep the client after all counts it again
    await owner.post(`/api/v1/organizations/${ids.Baalklant}/decisions`, {
      year: 2024,
      decision: 'improve',
    });
    const again = await owner.get('/api/v1/acquisition?year=2023');
    expect(again.body.cost).toMatchObject({ regularClients: 3, costPerClientCents: 500_000 });
  });

  it('has no cost per client without new regular clients', async () => {
    await put(owner, '/api/v1/acquisition/2024', {
      hours: 10,
      hourlyRateCents: 10_000,
      moneyCents: 0,
    });
    const answer = await owner.get('/api/v1/acquisition?year=2024');
    expect(answer.body.newClients).toEqual([]);
    expect(answer.body.cost).toMatchObject({
      investedCents: 100_000,
      costPerClientCents: null,
      reason: 'no_new_regular_clients',
    });
  });

  it('says which figure is wrong, and lets a viewer read but not write', async () => {
    const answer = await put(owner, '/api/v1/acquisition/2023', {
      hours: 1.234,
      hourlyRateCents: -1,
      moneyCents: 10.5,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'hourlyRateCents',
      'hours',
      'moneyCents',
    ]);
    const { client } = await newUser(app, database, workspaceId, 'viewer');
    expect((await client.get('/api/v1/acquisition?year=2023')).status).toBe(200);
    const refused = await put(client, '/api/v1/acquisition/2023', {
      hours: 1,
      hourlyRateCents: 1,
      moneyCents: 1,
    });
    expect(refused.status).toBe(403);
  });
});
