// A client's page shows its revenue per year, its share and ABC class and the norms it is served
// by; the share, class and revenue are the portfolio's own, compared here for one client.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let owner: Client;
let schemeId: string;
const ids: Record<string, string> = {};

const clock = () => new Date('2026-03-01T10:00:00Z');

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id as string;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  for (const [name, revenue] of [
    ['Atlas Bouw', [2016, 100_00, 2024, 300_000_00, 2025, 700_000_00]],
    ['Boreas Zorg', [2025, 200_000_00]],
    ['Ceres Handel', [2025, 100_000_00]],
  ] as const) {
    const id = (await owner.post('/api/v1/organizations', { name })).body.id as string;
    ids[name] = id;
    for (let i = 0; i < revenue.length; i += 2)
      await database.pool.query(
        `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
           costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes,
           credit_cents, first_invoice_date, service_lines)
         values ($1, $2, $3, $4, 0, 0, 0, 1, 0, 0, $5, '{}')`,
        [workspaceId, id, revenue[i], revenue[i + 1], `${revenue[i]}-02-01`],
      );
  }
  await owner.request('PUT', `/api/v1/organizations/${ids['Atlas Bouw']}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Test',
  });
});
afterAll(async () => database.close());

describe("a client's figures", () => {
  it("answers the portfolio's share, ABC class and revenue for the client", async () => {
    const portfolio = await owner.get('/api/v1/portfolio');
    expect(portfolio.status).toBe(200);
    for (const id of Object.values(ids)) {
      const figures = await owner.get(`/api/v1/organizations/${id}/figures`);
      expect(figures.status).toBe(200);
      const row = portfolio.body.clients.find((client: { id: string }) => client.id === id);
      expect(figures.body.year).toBe(portfolio.body.year);
      expect(figures.body.basisPoints).toBe(row.basisPoints);
      expect(figures.body.abcClass).toBe(row.abcClass);
      expect(figures.body.revenue.at(-1).revenueCents).toBe(row.revenueCents);
    }
  });

  it('shows ten fiscal years of revenue, oldest first, a year without revenue as 0', async () => {
    const figures = (await owner.get(`/api/v1/organizations/${ids['Atlas Bouw']}/figures`)).body;
    expect(figures.year).toBe(2025);
    expect(figures.basisPoints).toBe(7000);
    expect(figures.revenue.map((y: { fiscalYear: number }) => y.fiscalYear)).toEqual([
      2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(figures.revenue[0].revenueCents).toBe(100_00);
    expect(figures.revenue[1].revenueCents).toBe(0);
    expect(figures.revenue[8].revenueCents).toBe(300_000_00);
  });

  it("judges the client by its category's norms, and a client without one by the defaults", async () => {
    const concepts = (await owner.get(`/api/v1/category-schemes/${schemeId}/service-concepts`)).body
      .items as { categoryKey: string; personalContactIntervalDays: number | null }[];
    const conceptA = concepts.find((concept) => concept.categoryKey === 'A')!;
    const atlas = (await owner.get(`/api/v1/organizations/${ids['Atlas Bouw']}/figures`)).body;
    expect(atlas.category).toBe('A');
    expect(atlas.norms.personalContactIntervalDays).toBe(conceptA.personalContactIntervalDays);
    const boreas = (await owner.get(`/api/v1/organizations/${ids['Boreas Zorg']}/figures`)).body;
    expect(boreas.category).toBeNull();
    expect(boreas.norms.personalContactIntervalDays).not.toBe(conceptA.personalContactIntervalDays);
  });

  it("lists the client's assignments, the latest start first", async () => {
    const id = ids['Boreas Zorg']!;
    const workspaceId = (
      await database.pool.query('select workspace_id from organizations where id = $1', [id])
    ).rows[0].workspace_id as string;
    for (const [title, start] of [
      ['Jaarrekening 2024', '2025-02-01'],
      ['Advies herstructurering', '2025-06-01'],
    ])
      await database.pool.query(
        `insert into assignments (workspace_id, id, organization_id, title, start_date, fee_cents)
         values ($1, $2, $3, $4, $5, 500000)`,
        [workspaceId, randomUUID(), id, title, start],
      );
    const figures = (await owner.get(`/api/v1/organizations/${id}/figures`)).body;
    expect(figures.assignments.map((a: { title: string }) => a.title)).toEqual([
      'Advies herstructurering',
      'Jaarrekening 2024',
    ]);
    const atlas = (await owner.get(`/api/v1/organizations/${ids['Atlas Bouw']}/figures`)).body;
    expect(atlas.assignments).toEqual([]);
  });

  it('answers 404 for an organisation that is not there', async () => {
    const answer = await owner.get(`/api/v1/organizations/${randomUUID()}/figures`);
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBeDefined();
  });
});
