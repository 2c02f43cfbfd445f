// One fact, one computation: a client's figures read the same on the portfolio and on the annual
// review of the same year, for a year that is over and for the year that runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { RevenueLineCandidate } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import { assignments } from '../../db/schema.ts';
import { newId } from '../../kernel/ids.ts';
import { importRevenue } from '../import/revenue-import.service.ts';
import { portfolioReport } from '../portfolio/portfolio.service.ts';
import { annualReviewReport } from './review.service.ts';

let database: Database;
let owner: Client;
let workspaceId: string;

let row = 0;
const line = (name: string, invoiceDate: string, euros: number): RevenueLineCandidate => ({
  rowNumber: ++row,
  customer: { code: null, kvkNumber: null, vatNumber: null, name },
  invoiceDate,
  amountCents: euros * 100,
  invoiceNumber: `F${row}`,
  serviceLine: 'Advies',
  hours: null,
  costCents: null,
  fingerprint: `line-${row}`,
});

beforeAll(async () => {
  database = await freshDatabase();
  ({ owner, workspaceId } = await newFirm(testApp(database)));
  async function* source() {
    yield* [
      line('Alfa', '2022-05-10', 10_000),
      line('Alfa', '2023-05-10', 12_000),
      line('Alfa', '2024-03-01', 15_000),
      line('Beta', '2023-02-01', 5_000),
      line('Beta', '2024-02-01', 4_000),
      line('Gamma', '2024-07-01', 2_000),
    ];
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
  // Alfa's first assignment began a year before its first invoice: the relationship starts there
  const alfa = (await owner.get('/api/v1/organizations?q=Alfa')).body.items[0].id;
  await database.db.insert(assignments).values({
    workspaceId,
    id: newId(),
    organizationId: alfa,
    title: 'Verkenning',
    startDate: '2021-06-15',
    endDate: '2021-09-30',
  });
});
afterAll(async () => database.close());

type Figures = {
  revenueCents: number;
  basisPoints: number | null;
  changeRatio: number | null;
  relationshipMonths: number | null;
};

function byName(
  portfolio: { clients: (Figures & { name: string })[] },
  review: {
    clients: {
      name: string;
      revenueCents: number;
      shareBasisPoints: number | null;
      changeRatio: number | null;
      relationship: { totalMonths: number } | null;
    }[];
  },
) {
  const fromPortfolio = Object.fromEntries(
    portfolio.clients.map((c) => [
      c.name,
      {
        revenueCents: c.revenueCents,
        basisPoints: c.basisPoints,
        changeRatio: c.changeRatio,
        relationshipMonths: c.relationshipMonths,
      },
    ]),
  );
  const fromReview = Object.fromEntries(
    review.clients.map((c) => [
      c.name,
      {
        revenueCents: c.revenueCents,
        basisPoints: c.shareBasisPoints,
        changeRatio: c.changeRatio,
        relationshipMonths: c.relationship?.totalMonths ?? null,
      },
    ]),
  );
  return { fromPortfolio, fromReview };
}

describe('the portfolio and the annual review of the same year', () => {
  it('show the same revenue, share, growth and relationship length for a year that is over', async () => {
    const portfolio = await owner.get('/api/v1/portfolio?year=2024');
    const review = await owner.get('/api/v1/review?year=2024');
    expect(portfolio.status).toBe(200);
    expect(review.status).toBe(200);
    expect(portfolio.body.referenceDate).toBe('2024-12-31');
    expect(review.body.referenceDate).toBe('2024-12-31');
    const { fromPortfolio, fromReview } = byName(portfolio.body, review.body);
    expect(Object.keys(fromPortfolio).sort()).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(fromReview).toEqual(fromPortfolio);
    // from the first assignment, 2021-06-15, to the end of 2024: 3 years and 6 months
    expect(fromPortfolio.Alfa!.relationshipMonths).toBe(42);
    expect(review.body.revenueCents).toBe(portfolio.body.revenueCents);
    expect(review.body.activeClients).toBe(portfolio.body.activeClients);
  });

  it('measure the running year to today on both', async () => {
    const today = '2024-08-31';
    const portfolio = await portfolioReport(database.db, workspaceId, 2024, today);
    const review = await annualReviewReport(database.db, workspaceId, 2024, today);
    expect(portfolio.referenceDate).toBe(today);
    expect(review.referenceDate).toBe(today);
    const { fromPortfolio, fromReview } = byName(portfolio, review);
    expect(fromReview).toEqual(fromPortfolio);
    // 2021-06-15 to 2024-08-31: 3 years and 2 months, not the 3 years and 6 months to come
    expect(fromPortfolio.Alfa!.relationshipMonths).toBe(38);
  });

  it('measure the running year to the firm’s day on both, over HTTP, also just after midnight', async () => {
    // half past midnight in Amsterdam on 1 September is still 31 August in UTC
    const clocked = new Client(testApp(database, {}, () => new Date('2024-08-31T22:30:00Z')));
    clocked.cookie = owner.cookie;
    clocked.csrf = owner.csrf;
    const portfolio = await clocked.get('/api/v1/portfolio?year=2024');
    const review = await clocked.get('/api/v1/review?year=2024');
    expect(portfolio.status).toBe(200);
    expect(review.status).toBe(200);
    expect(review.body.referenceDate).toBe('2024-09-01');
    expect(portfolio.body.referenceDate).toBe('2024-09-01');
    const { fromPortfolio, fromReview } = byName(portfolio.body, review.body);
    expect(fromReview).toEqual(fromPortfolio);
    // the client's page shows its share and class from the same report
    const alfa = (await owner.get('/api/v1/organizations?q=Alfa')).body.items[0].id;
    const figures = await clocked.get(`/api/v1/organizations/${alfa}/figures`);
    expect(figures.status).toBe(200);
  });
});
