import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import type { RevenueLineCandidate } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import { importRevenue } from '../import/revenue-import.service.ts';
import { annualReviewReport } from './review.service.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let workspaceId: string;

let row = 0;
const line = (
  name: string,
  invoiceDate: string,
  euros: number,
  hours: number | null = null,
): RevenueLineCandidate => ({
  rowNumber: ++row,
  customer: { code: null, kvkNumber: null, vatNumber: null, name },
  invoiceDate,
  amountCents: euros * 100,
  invoiceNumber: `F${row}`,
  serviceLine: 'Advies',
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

type ReviewClient = { id: string; name: string; flags: string[]; decision: any };

let ids: Record<string, string>;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  await load([
    line('Atlas', '2022-03-01', 80_000, 800),
    line('Atlas', '2023-03-01', 100_000, 1000),
    line('Boreas', '2023-04-01', 50_000, 500),
    // € 20 an hour, against a median of € 100: less than half
    line('Castor', '2023-05-01', 20_000, 1000),
    // two credit notes in the year
    line('Dione', '2023-06-01', 10_000),
    line('Dione', '2023-07-01', -400),
    line('Dione', '2023-08-01', -400),
  ]);
  const review = await owner.get('/api/v1/review?year=2023');
  ids = Object.fromEntries(review.body.clients.map((c: ReviewClient) => [c.name, c.id]));
});
afterAll(async () => database.close());

describe('the annual review', () => {
  it('shows the figures per client, flagged clients first, then by revenue', async () => {
    const review = await owner.get('/api/v1/review?year=2023');
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({
      year: 2023,
      period: { from: '2023-01-01', to: '2023-12-31' },
      referenceDate: '2023-12-31',
      revenueCents: 17_920_000,
      activeClients: 4,
      flaggedClients: 2,
    });
    const clients: ReviewClient[] = review.body.clients;
    expect(clients.map((c) => c.name)).toEqual(['Castor', 'Dione', 'Atlas', 'Boreas']);
    expect(clients.map((c) => c.flags)).toEqual([
      ['revenue_per_hour_below_median'],
      ['many_credit_notes'],
      [],
      [],
    ]);
    expect(clients[2]).toMatchObject({
      revenueCents: 10_000_000,
      shareBasisPoints: 5580,
      hours: 1000,
      revenuePerHourCents: 10_000,
      changeCents: 2_000_000,
      changeRatio: 0.25,
      relationship: { since: '2022-03-01', years: 1, months: 9 },
      serviceLines: ['Advies'],
      decision: null,
    });
    expect(clients[1]).toMatchObject({
      revenueCents: 920_000,
      hours: null,
      revenuePerHourCents: null,
      creditNoteCount: 2,
      creditNoteCents: 80_000,
    });
  });

  it('measures relationships to today while the year lasts', async () => {
    const review = await annualReviewReport(database.db, workspaceId, 2023, '2023-09-01');
    expect(review.referenceDate).toBe('2023-09-01');
    expect(review.clients.find((c) => c.name === 'Atlas')?.relationship).toMatchObject({
      years: 1,
      months: 6,
    });
  });

  it('records decisions as history, audited, the latest of the year in the review', async () => {
    const first = await owner.post(`/api/v1/organizations/${ids.Castor}/decisions`, {
      year: 2023,
      decision: 'improve',
      note: '  Have the conversation about rates  ',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      organizationId: ids.Castor,
      year: 2023,
      decision: 'improve',
      note: 'Have the conversation about rates',
      userName: 'Olga Owner',
    });
    const second = await owner.post(`/api/v1/organizations/${ids.Castor}/decisions`, {
      year: 2023,
      decision: 'part_ways',
    });
    expect(second.status).toBe(201);
    expect(second.body.note).toBeNull();
    await owner.post(`/api/v1/organizations/${ids.Castor}/decisions`, {
      year: 2022,
      decision: 'invest',
    });

    const review = await owner.get('/api/v1/review?year=2023');
    const castor = review.body.clients.find((c: ReviewClient) => c.name === 'Castor');
    expect(castor.decision).toMatchObject({
      id: second.body.id,
      decision: 'part_ways',
      userName: 'Olga Owner',
    });
    expect(Date.parse(castor.decision.createdAt)).not.toBeNaN();

    const history = await owner.get(`/api/v1/organizations/${ids.Castor}/decisions`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((d: { decision: string }) => d.decision)).toEqual([
      'invest',
      'part_ways',
      'improve',
    ]);

    const audit = await owner.get(`/api/v1/audit/organization/${ids.Castor}`);
    const decided = audit.body.items.filter((e: { action: string }) => e.action === 'decide');
    expect(decided).toHaveLength(3);
    expect(decided[2].changes).toEqual({
      year: [null, 2023],
      decision: [null, 'improve'],
      note: [null, 'Have the conversation about rates'],
    });
    expect(decided[2].userName).toBe('Olga Owner');
  });

  it("answers 404 for another firm's organisation and for unknown ids", async () => {
    const other = await newFirm(app, 'Other firm');
    const theirs = await other.owner.post('/api/v1/organizations', { name: 'Their client' });
    const post = await owner.post(`/api/v1/organizations/${theirs.body.id}/decisions`, {
      year: 2023,
      decision: 'invest',
    });
    expect(post.status).toBe(404);
    expect((await owner.get(`/api/v1/organizations/${theirs.body.id}/decisions`)).status).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await owner.get(`/api/v1/organizations/${unknown}/decisions`)).status).toBe(404);
    expect(
      (await other.owner.get(`/api/v1/organizations/${theirs.body.id}/decisions`)).body.items,
    ).toEqual([]);
    // and the other firm's review shows nothing of ours
    expect((await other.owner.get('/api/v1/review?year=2023')).body.clients).toEqual([]);
  });

  it('says which field is wrong and why', async () => {
    const answer = await owner.post(`/api/v1/organizations/${ids.Atlas}/decisions`, {
      year: 2023.5,
      decision: 'fire',
      note: 'x'.repeat(2001),
    });
    expect(answer.status).toBe(400);
    const fields = answer.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['decision', 'note', 'year']);
    const missing = await owner.post(`/api/v1/organizations/${ids.Atlas}/decisions`, {
      decision: 'invest',
    });
    expect(missing.body.error.details[0].field).toBe('year');
    const extra = await owner.post(`/api/v1/organizations/${ids.Atlas}/decisions`, {
      year: 2023,
      decision: 'invest',
      score: 3,
    });
    expect(extra.status).toBe(400);
    const year = await owner.get('/api/v1/review?year=twee');
    expect(year.status).toBe(400);
    expect(year.body.error.details[0].field).toBe('year');
  });

  it('lets a viewer read the review and the decisions, not record one', async () => {
    const { client } = await newUser(app, database, workspaceId, 'viewer');
    expect((await client.get('/api/v1/review?year=2023')).status).toBe(200);
    expect((await client.get(`/api/v1/organizations/${ids.Atlas}/decisions`)).status).toBe(200);
    const refused = await client.post(`/api/v1/organizations/${ids.Atlas}/decisions`, {
      year: 2023,
      decision: 'invest',
    });
    expect(refused.status).toBe(403);
    expect((await owner.get(`/api/v1/organizations/${ids.Atlas}/decisions`)).body.items).toEqual(
      [],
    );
  });

  it('reviews the latest year with revenue when no year is asked', async () => {
    const review = await owner.get('/api/v1/review');
    expect(review.body.year).toBe(2023);
  });

  it('documents a recorded decision as never empty; only a client may have none yet', async () => {
    const { components } = (await owner.get('/api/openapi.json')).body;
    const orNone = { anyOf: [{ $ref: '#/components/schemas/ClientDecision' }, { type: 'null' }] };
    expect(components.schemas.ClientDecision.type).toBe('object');
    expect(components.schemas.AnnualReview.properties.clients.items.properties.decision).toEqual({
      ...orNone,
      description: "The latest decision recorded for this year's review",
    });
    expect(
      components.schemas.AcquisitionCost.properties.newClients.items.properties.latestDecision,
    ).toEqual(orNone);
  });
});
