import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, testApp } from '../../../test/helpers/app.ts';
import { today } from '../../../test/helpers/days.ts';
import type { RevenueLineCandidate } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import { importRevenue } from '../import/revenue-import.service.ts';
import { portfolioRows } from './portfolio.repo.ts';
import { bridgeReport, portfolioReport } from './portfolio.service.ts';

let database: Database;
let owner: Client;
let workspaceId: string;

beforeAll(async () => {
  database = await freshDatabase();
  ({ owner, workspaceId } = await newFirm(testApp(database)));
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

describe('the portfolio and the revenue bridge', () => {
  it('reproduces the worked example of the revenue bridge to the cent', async () => {
    await load([
      line('Alfa', '2004-03-01', 600_000),
      line('Alfa', '2004-09-01', 400_000),
      line('Beta', '2004-05-01', 900_000),
      line('Gamma', '2004-06-01', 100_000),
      line('Alfa', '2005-03-01', 1_200_000),
      line('Beta', '2005-05-01', 900_000),
      line('Delta', '2005-07-01', 200_000),
    ]);
    const bridge = await bridgeReport(database.db, workspaceId, 2005);
    expect(bridge.startCents).toBe(200_000_000);
    expect(bridge.bars.grown.effectCents).toBe(20_000_000);
    expect(bridge.bars.new.effectCents).toBe(20_000_000);
    expect(bridge.bars.lost.effectCents).toBe(-10_000_000);
    expect(bridge.endCents).toBe(230_000_000);
    expect(bridge.clients.find((c) => c.group === 'lost')?.name).toBe('Gamma');
    expect(bridge.origin.newCents).toBe(20_000_000);
  });

  it('raises a dependency alert in the year a client passes the threshold, not before', async () => {
    // the freelancer's story: the theatre's share rises while the other clients fall
    await load([
      line('Theater De Schouwburg', '2006-03-01', 20_000),
      line('Drukkerij Oost', '2006-04-01', 50_000),
      line('Gemeente West', '2006-05-01', 60_000),
      line('Theater De Schouwburg', '2007-03-01', 70_000),
      line('Drukkerij Oost', '2007-04-01', 20_000),
      line('Gemeente West', '2007-05-01', 30_000),
    ]);
    const before = await portfolioReport(database.db, workspaceId, 2006, today());
    expect(before.dependencyAlerts.map((a) => a.name)).not.toContain('Theater De Schouwburg');
    const after = await portfolioReport(database.db, workspaceId, 2007, today());
    expect(after.dependencyAlerts.find((a) => a.name === 'Theater De Schouwburg')).toMatchObject({
      firstYearAbove: true,
    });
  });

  it('shows each client once, the shares adding up to 100%, in the Pareto order', async () => {
    const report = await portfolioReport(database.db, workspaceId, 2005, today());
    expect(report.revenueCents).toBe(230_000_000);
    expect(report.clients.map((c) => c.name)).toEqual(['Alfa', 'Beta', 'Delta']);
    expect(report.clients.reduce((sum, c) => sum + c.basisPoints, 0)).toBe(10_000);
    expect(report.clients.map((c) => c.abcClass)).toEqual(['A', 'A', 'B']);
    expect(report.clients[0]).toMatchObject({ previousYearCents: 100_000_000, changeRatio: 0.2 });
  });

  it('answers the same figures through the API, and refuses a year that is not one', async () => {
    const years = await owner.get('/api/v1/portfolio/years');
    expect(years.body).toEqual({ years: [2004, 2005, 2006, 2007], fiscalYearStartMonth: 1 });
    const portfolio = await owner.get('/api/v1/portfolio?year=2005');
    expect(portfolio.status).toBe(200);
    expect(portfolio.headers.get('cache-control')).toContain('no-store');
    expect(portfolio.body.revenueCents).toBe(230_000_000);
    const latest = await owner.get('/api/v1/portfolio/bridge');
    expect(latest.body.year).toBe(2007);
    const bad = await owner.get('/api/v1/portfolio?year=twee');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('year');
  });

  it('follows the years, and places every client in the matrix', async () => {
    const trend = await owner.get('/api/v1/portfolio/trend');
    expect(trend.status).toBe(200);
    expect(trend.body.years.map((y: { year: number }) => y.year)).toEqual([2004, 2005, 2006, 2007]);
    const y2005 = trend.body.years[1];
    expect(y2005).toMatchObject({ revenueCents: 230_000_000, activeClients: 3 });
    expect(y2005.origin.newCents).toBe(20_000_000);
    const matrix = await owner.get('/api/v1/portfolio/matrix?year=2005&bubble=none');
    expect(matrix.status).toBe(200);
    expect(matrix.body.clients.map((c: { name: string }) => c.name)).toEqual([
      'Alfa',
      'Beta',
      'Delta',
    ]);
    expect(matrix.body.clients[0]).toMatchObject({ quadrant: 'star', growth: 0.2 });
    const bad = await owner.get('/api/v1/portfolio/matrix?measure=winst');
    expect(bad.status).toBe(400);
  });

  it('shows how clients moved between the quadrants since the year before', async () => {
    const answer = await owner.get('/api/v1/portfolio/matrix/moves?year=2005');
    expect(answer.status).toBe(200);
    const before = (await owner.get('/api/v1/portfolio/matrix?year=2004&bubble=none')).body;
    const after = (await owner.get('/api/v1/portfolio/matrix?year=2005&bubble=none')).body;
    type Placed = { name: string; quadrant: string };
    const then = new Map(before.clients.map((c: Placed) => [c.name, c.quadrant]));
    const now = new Map(after.clients.map((c: Placed) => [c.name, c.quadrant]));
    const names = new Set([...then.keys(), ...now.keys()]);
    const counted = answer.body.counts.reduce(
      (sum: number, c: { clients: number }) => sum + c.clients,
      0,
    );
    expect(counted).toBe(names.size);
    for (const move of answer.body.moves as {
      name: string;
      from: string | null;
      to: string | null;
    }[]) {
      expect(move.from).toBe(then.get(move.name) ?? null);
      expect(move.to).toBe(now.get(move.name) ?? null);
      expect(move.from).not.toBe(move.to);
    }
    expect(answer.body.moves.map((m: { name: string }) => m.name)).toContain('Delta');
  });

  it('shows a renamed client and a changed threshold at once, though reports are kept', async () => {
    const first = await portfolioReport(database.db, workspaceId, 2007, today());
    expect(await portfolioReport(database.db, workspaceId, 2007, today())).toBe(first);
    const theatre = first.clients.find((c) => c.name === 'Theater De Schouwburg')!;
    const renamed = await owner.patch(`/api/v1/organizations/${theatre.id}`, {
      name: 'Schouwburg Oost',
    });
    expect(renamed.status).toBe(200);
    const afterRename = await portfolioReport(database.db, workspaceId, 2007, today());
    expect(afterRename.clients.find((c) => c.id === theatre.id)?.name).toBe('Schouwburg Oost');
    expect(afterRename.dependencyAlerts.map((a) => a.name)).toContain('Schouwburg Oost');
    const raised = await owner.patch('/api/v1/workspace', { dependencyThresholdBp: 9000 });
    expect(raised.status).toBe(200);
    const afterThreshold = await portfolioReport(database.db, workspaceId, 2007, today());
    expect(afterThreshold.dependencyAlerts).toEqual([]);
    await owner.patch('/api/v1/workspace', { dependencyThresholdBp: 2000 });
  });

  it('counts the assignments of the year, and a relationship from the first assignment', async () => {
    const before = await portfolioReport(database.db, workspaceId, 2005, today());
    const alfa = before.clients.find((c) => c.name === 'Alfa')!;
    expect(alfa).toMatchObject({ assignments: 0, relationshipMonths: 21 });
    const assignment = (title: string, start: string, end: string | null) =>
      database.pool.query(
        `insert into assignments (workspace_id, id, organization_id, title, start_date, end_date)
         values ($1, gen_random_uuid(), $2, $3, $4, $5)`,
        [workspaceId, alfa.id, title, start, end],
      );
    await assignment('Strategie', '2003-01-15', '2003-06-30'); // before the year, and the first
    await assignment('Organisatie', '2004-11-01', '2005-02-28'); // runs into the year
    await assignment('Training', '2005-10-01', null); // in the year, no end date
    await assignment('Vervolg', '2006-01-10', null); // after the year
    const after = await portfolioReport(database.db, workspaceId, 2005, today());
    // the kept report gave way to the new assignments
    expect(after.clients.find((c) => c.id === alfa.id)).toMatchObject({
      assignments: 2,
      relationshipMonths: 35, // 2003-01-15 to 2005-12-31
    });
  });

  it('follows a changed fiscal year start', async () => {
    const changed = await owner.patch('/api/v1/workspace', { fiscalYearStartMonth: 4 });
    expect(changed.status).toBe(200);
    // Alfa's 2005-03-01 invoice now falls in fiscal year 2004 (April 2004 – March 2005)
    const report = await portfolioReport(database.db, workspaceId, 2004, today());
    expect(report.period).toEqual({ from: '2004-04-01', to: '2005-03-31' });
    expect(report.clients.find((c) => c.name === 'Alfa')?.revenueCents).toBe(160_000_000);
  });
});

describe('the rows a report reads', () => {
  it("keep each client's latest earlier year with revenue, not any earlier one", async () => {
    const firm = await newFirm(testApp(database));
    async function* source() {
      yield* [
        line('Kappa', '1990-03-01', 1_000),
        line('Kappa', '1995-03-01', 2_000),
        line('Kappa', '1999-03-01', 3_000),
        line('Kappa', '2003-03-01', 4_000),
      ];
    }
    const report = await importRevenue(database, source(), {
      workspaceId: firm.workspaceId,
      userId: null,
      sourceName: 'test',
      format: 'csv',
      unknownCustomers: 'create',
      withProblems: 'import-nothing',
    });
    expect(report.written).toBe(true);
    // 2000–2003 in full, and before 2000 only Kappa's latest year: 1999
    const rows = await portfolioRows(database.db, firm.workspaceId, 2003);
    expect(rows.map((r) => r.year).sort()).toEqual([1999, 2003]);
  });
});
