// Goals per category over HTTP (method §4): set, checked and measured against imported revenue
// of the clients that hold each category now (committed or set by hand).
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { RevenueLineCandidate } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import { assignments, auditLog } from '../../db/schema.ts';
import { newId } from '../../kernel/ids.ts';
import { importRevenue } from '../import/revenue-import.service.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let viewer: Client;
let workspaceId: string;
let schemeId: string;
let ids: Record<string, string>;

let row = 0;
const line = (
  name: string,
  invoiceDate: string,
  euros: number,
  serviceLine = 'Advies',
  hours: number | null = null,
): RevenueLineCandidate => ({
  rowNumber: ++row,
  customer: { code: null, kvkNumber: null, vatNumber: null, name },
  invoiceDate,
  amountCents: euros * 100,
  invoiceNumber: `F${row}`,
  serviceLine,
  hours: hours === null ? null : String(hours),
  costCents: null,
  fingerprint: `line-${row}`,
});

async function load(lines: RevenueLineCandidate[]) {
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

async function organizationIds() {
  const list = await owner.get('/api/v1/organizations?limit=50');
  expect(list.status).toBe(200);
  return Object.fromEntries(
    list.body.items.map((o: { name: string; id: string }) => [o.name, o.id]),
  ) as Record<string, string>;
}

const put = (path: string, body: unknown) => owner.request('PUT', path, body);
const goals = () => `/api/v1/category-schemes/${schemeId}/goals`;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  await load([
    line('Atlas', '2023-03-01', 80_000),
    line('Atlas', '2024-03-01', 60_000, 'Advies', 600),
    line('Atlas', '2024-05-01', 40_000, 'Audit', 400),
    line('Boreas', '2023-04-01', 50_000),
    line('Boreas', '2024-04-01', 50_000, 'Advies', 500),
    // lost in 2024
    line('Castor', '2023-05-01', 20_000),
    line('Dione', '2023-06-01', 10_000),
    line('Dione', '2024-06-01', 10_000),
    // new in 2024
    line('Fenna', '2024-02-01', 30_000),
  ]);
  ids = await organizationIds();
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;

  // Dione is an A by the committed classification: the only client scored, on the one criterion
  const criterion = await owner.post('/api/v1/criteria', {
    name: 'Past bij ons',
    group: 'strategic',
    weight: 1,
    scaleMax: 3,
  });
  expect(criterion.status).toBe(201);
  const scored = await put(`/api/v1/organizations/${ids.Dione}/scores/${criterion.body.id}`, {
    score: 3,
    agreed: true,
  });
  expect(scored.status).toBe(200);
  expect((await owner.post('/api/v1/classifications', { note: 'Jaarreview' })).status).toBe(201);
  // the others by hand
  for (const [name, category] of [
    ['Atlas', 'A'],
    ['Boreas', 'A'],
    ['Castor', 'A'],
    ['Fenna', 'B'],
  ] as const) {
    const set = await put(`/api/v1/organizations/${ids[name]}/category-override`, {
      schemeId,
      category,
      reason: 'Test',
    });
    expect(set.status).toBe(200);
  }
  // a client without a category counts for none: it would be the largest by far
  await load([line('Eos', '2024-01-15', 900_000, 'Advies', 100)]);
});
afterAll(async () => database.close());

type Progress = {
  goal: { measureKey: string; categoryKey: string; target: number };
  actual: number | null;
  status: string;
  difference: number | null;
};

describe('goals per category', () => {
  it("set on the method's measures with their unit and usual direction, and the firm's own", async () => {
    const retention = await owner.post(goals(), {
      categoryKey: 'A',
      kind: 'loyalty',
      measureKey: 'retentionRateBasisPoints',
      target: 9000,
    });
    expect(retention.status).toBe(201);
    expect(retention.body).toMatchObject({
      schemeId,
      categoryKey: 'A',
      unit: 'basisPoints',
      direction: 'atLeast',
      name: null,
    });
    const share = await owner.post(goals(), {
      categoryKey: 'A',
      kind: 'dependency',
      measureKey: 'largestClientShareBasisPoints',
      target: 7000,
    });
    expect(share.body.direction).toBe('atMost');
    for (const [categoryKey, kind, measureKey, target] of [
      ['A', 'dependency', 'topFiveShareBasisPoints', 10_000],
      ['A', 'crossSelling', 'serviceLinesPerClientHundredths', 150],
      ['A', 'priceSensitivity', 'revenuePerHourCents', 9_000],
      ['A', 'loyalty', 'relationshipLengthMonths', 24],
      ['A', 'ambassadors', 'clientsFromReferrals', 2],
      ['B', 'loyalty', 'retentionRateBasisPoints', 8000],
    ] as const) {
      const answer = await owner.post(goals(), { categoryKey, kind, measureKey, target });
      expect(answer.status, measureKey).toBe(201);
    }
    const own = await owner.post(goals(), {
      categoryKey: 'A',
      kind: 'custom',
      name: 'Bezoek per A-klant per jaar',
      unit: 'hundredths',
      target: 100,
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ kind: 'custom', unit: 'hundredths', direction: 'atLeast' });
    const listed = await viewer.get(goals());
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(9);
  });

  it('refuse a measure of another kind, an unknown category, a second goal on a measure', async () => {
    const cases = [
      [
        { categoryKey: 'C', kind: 'loyalty', measureKey: 'topFiveShareBasisPoints' },
        'measureKey',
        'measure_unknown',
      ],
      [
        { categoryKey: 'Z', kind: 'loyalty', measureKey: 'acquisitionCostCents' },
        'categoryKey',
        'category_unknown',
      ],
      [
        { categoryKey: 'A', kind: 'loyalty', measureKey: 'retentionRateBasisPoints' },
        'measureKey',
        'goal_duplicate',
      ],
      [{ categoryKey: 'A', kind: 'custom', name: ' ' }, 'name', 'name_missing'],
      [
        // one goal of its own per name, whatever its unit
        { categoryKey: 'A', kind: 'custom', name: 'bezoek per a-klant per JAAR ', unit: 'count' },
        'name',
        'goal_duplicate',
      ],
      [
        {
          categoryKey: 'B',
          kind: 'crossSelling',
          measureKey: 'serviceLinesPerClientHundredths',
          target: 1.5,
        },
        'target',
        'target_not_whole',
      ],
    ] as const;
    for (const [body, field, code] of cases) {
      const answer = await owner.post(goals(), { target: 1, ...body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.details, JSON.stringify(body)).toEqual([{ field, message: code }]);
    }
    const byViewer = await viewer.post(goals(), {
      categoryKey: 'C',
      kind: 'loyalty',
      measureKey: 'retentionRateBasisPoints',
      target: 5000,
    });
    expect(byViewer.status).toBe(403);
  });

  it("measure each category's clients now against the year, leaving unmeasured goals unmeasured", async () => {
    // Atlas referred Fenna, who became a client in 2024: one of A's three clients is an ambassador
    const referred = await owner.patch(`/api/v1/organizations/${ids.Fenna}`, {
      referredByOrganizationId: ids.Atlas,
    });
    expect(referred.status).toBe(200);
    const referring = await owner.post(goals(), {
      categoryKey: 'A',
      kind: 'ambassadors',
      measureKey: 'referringClientsBasisPoints',
      target: 2500,
    });
    expect(referring.status).toBe(201);
    const answer = await viewer.get(`${goals()}/progress?year=2024`);
    expect(answer.status).toBe(200);
    expect(answer.body.year).toBe(2024);
    const a = answer.body.categories.find((c: { categoryKey: string }) => c.categoryKey === 'A');
    // Atlas, Boreas and Dione had revenue in 2024; Castor was lost; Eos has no category
    expect(a.clients).toBe(3);
    const byMeasure = (categoryKey: string) =>
      Object.fromEntries(
        answer.body.goals
          .filter((p: Progress) => p.goal.categoryKey === categoryKey)
          .map((p: Progress) => [p.goal.measureKey, [p.actual, p.status]]),
      );
    expect(byMeasure('A')).toEqual({
      // three of the four clients of 2023 stayed
      retentionRateBasisPoints: [7500, 'notMet'],
      // Atlas € 100,000 of € 160,000
      largestClientShareBasisPoints: [6250, 'met'],
      topFiveShareBasisPoints: [10_000, 'met'],
      // Atlas two lines, Boreas and Dione one: 1.33
      serviceLinesPerClientHundredths: [133, 'notMet'],
      // € 150,000 over 1,500 hours; Dione's revenue without hours is left out
      revenuePerHourCents: [10_000, 'met'],
      // 21, 20 and 18 months to the end of 2024
      relationshipLengthMonths: [20, 'notMet'],
      // the ambassador measures: Atlas of three clients, and Fenna the one client it brought
      referringClientsBasisPoints: [3333, 'met'],
      clientsFromReferrals: [1, 'notMet'],
      'own:bezoek per a-klant per jaar': [null, 'notMeasured'],
    });
    // Fenna is new in B: nothing to retain, so not measured rather than 0% or 100%
    expect(byMeasure('B')).toEqual({ retentionRateBasisPoints: [null, 'notMeasured'] });
    const c = answer.body.categories.find((c: { categoryKey: string }) => c.categoryKey === 'C');
    expect(c.clients).toBe(0);
    expect(Object.values(c.actuals).every((value) => value === null)).toBe(true);
  });

  it("measure a category's relationship length from the lengths the portfolio shows", async () => {
    // Atlas's first assignment began years before its first invoice: its relationship starts there
    await database.db.insert(assignments).values({
      workspaceId,
      id: newId(),
      organizationId: ids.Atlas!,
      title: 'Verkenning',
      startDate: '2020-01-10',
    });
    const [progress, portfolio] = await Promise.all([
      viewer.get(`${goals()}/progress?year=2024`),
      viewer.get('/api/v1/portfolio?year=2024'),
    ]);
    const months = Object.fromEntries(
      portfolio.body.clients.map((c: { name: string; relationshipMonths: number }) => [
        c.name,
        c.relationshipMonths,
      ]),
    );
    // 59, 20 and 18 months to the end of 2024
    expect([months.Atlas, months.Boreas, months.Dione]).toEqual([59, 20, 18]);
    const a = progress.body.categories.find((c: { categoryKey: string }) => c.categoryKey === 'A');
    expect(a.actuals.relationshipLengthMonths).toBe(
      Math.round((months.Atlas + months.Boreas + months.Dione) / 3),
    );
  });

  it('change a target and remove a goal, audited', async () => {
    const listed = (await owner.get(goals())).body.items as { id: string; measureKey: string }[];
    const retention = listed.find((g) => g.measureKey === 'retentionRateBasisPoints')!;
    const changed = await owner.patch(`/api/v1/goals/${retention.id}`, { target: 7000 });
    expect(changed.status).toBe(200);
    expect(changed.body.target).toBe(7000);
    const progress = await owner.get(`${goals()}/progress?year=2024`);
    const met = progress.body.goals.find(
      (p: Progress) =>
        p.goal.measureKey === 'retentionRateBasisPoints' && p.goal.categoryKey === 'A',
    );
    expect([met.status, met.difference]).toEqual(['met', 500]);
    expect((await viewer.delete(`/api/v1/goals/${retention.id}`)).status).toBe(403);
    expect((await owner.delete(`/api/v1/goals/${retention.id}`)).status).toBe(204);
    expect((await owner.patch(`/api/v1/goals/${retention.id}`, { target: 1 })).status).toBe(404);
    const audit = await database.db
      .select({ action: auditLog.action, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityId, retention.id)))
      .orderBy(asc(auditLog.id));
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'delete']);
    expect(audit[1]!.changes).toEqual({ target: [9000, 7000] });
  });
});
