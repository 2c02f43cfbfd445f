import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { because } from '../../core/import/problem-reason.ts';
import type { RevenueLineCandidate, RowProblem } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import { importRevenue, type RevenueImportOptions } from './revenue-import.service.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let workspaceId: string;
let knownId: string;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  const known = await owner.post('/api/v1/organizations', {
    name: 'Bouwbedrijf De Vries B.V.',
    customerCode: 'D1001',
  });
  knownId = known.body.id as string;
});
afterAll(async () => database.close());

const line = (
  rowNumber: number,
  customer: { code?: string; name?: string },
  invoiceDate: string,
  amountCents: number,
): RevenueLineCandidate => ({
  rowNumber,
  customer: {
    code: customer.code ?? null,
    name: customer.name ?? null,
    kvkNumber: null,
    vatNumber: null,
  },
  invoiceDate,
  amountCents,
  invoiceNumber: `F${rowNumber}`,
  serviceLine: 'Advies',
  hours: '2.50',
  costCents: null,
  fingerprint: `test-${rowNumber}-${amountCents}`,
});

async function* stream(items: (RevenueLineCandidate | RowProblem)[]) {
  for (const item of items) yield item;
}

const options = (over: Partial<RevenueImportOptions> = {}): RevenueImportOptions => ({
  workspaceId,
  userId: null,
  sourceName: 'omzet.csv',
  format: 'csv',
  unknownCustomers: 'create',
  withProblems: 'import-good-rows',
  ...over,
});

async function snapshot() {
  const counts = await database.pool.query<{ lines: string; organizations: string }>(
    `select (select count(*) from revenue_lines) as lines,
            (select count(*) from organizations) as organizations`,
  );
  const years = await database.pool.query(
    `select organization_id, fiscal_year, revenue_cents::text, lines::text, credit_notes::text
       from client_years order by 1, 2`,
  );
  return { ...counts.rows[0], years: years.rows };
}

const firstFile = [
  line(2, { code: 'd1001' }, '2024-03-01', 150_000),
  line(3, { code: 'D1001' }, '2024-11-30', -20_000),
  // one client spelled two ways: the new client takes the most recent spelling
  line(4, { name: 'CAFE ZWAAN' }, '2023-06-15', 80_000),
  line(5, { name: 'Café Zwaan' }, '2024-01-10', 45_050),
];

describe('importing revenue', () => {
  it('writes the lines, creates unknown customers as clients and sums the years', async () => {
    const report = await importRevenue(database, stream(firstFile), options());
    expect(report).toMatchObject({
      written: true,
      rowsRead: 4,
      linesWritten: 4,
      linesAlreadyPresent: 0,
      rowsRefused: 0,
      revenueWrittenCents: 255_050,
      customers: { matched: { byCode: 1, byKvk: 0, byName: 0 }, createdCount: 1 },
    });
    const zwaan = report.customers.created[0]!;
    const created = await owner.get(`/api/v1/organizations/${zwaan.id}`);
    expect(created.body).toMatchObject({
      name: 'Café Zwaan',
      status: 'client',
      clientSince: '2023-06-15',
    });
    const history = await owner.get(`/api/v1/audit/organization/${zwaan.id}`);
    expect(history.body.items[0].action).toBe('create');

    const { years } = await snapshot();
    expect(years).toEqual(
      [
        {
          organization_id: knownId,
          fiscal_year: 2024,
          revenue_cents: '130000',
          lines: '2',
          credit_notes: '1',
        },
        {
          organization_id: zwaan.id,
          fiscal_year: 2023,
          revenue_cents: '80000',
          lines: '1',
          credit_notes: '0',
        },
        {
          organization_id: zwaan.id,
          fiscal_year: 2024,
          revenue_cents: '45050',
          lines: '1',
          credit_notes: '0',
        },
      ].sort(
        (a, b) =>
          a.organization_id.localeCompare(b.organization_id) || a.fiscal_year - b.fiscal_year,
      ),
    );
  });

  it('never doubles revenue when the same or an overlapping file comes again', async () => {
    const before = await snapshot();
    const again = await importRevenue(database, stream(firstFile), options());
    expect(again).toMatchObject({ linesWritten: 0, linesAlreadyPresent: 4 });
    expect(await snapshot()).toEqual(before);
    const overlapping = await importRevenue(
      database,
      stream([...firstFile.slice(2), line(6, { code: 'D1001' }, '2025-02-01', 99_999)]),
      options(),
    );
    expect(overlapping).toMatchObject({ linesWritten: 1, linesAlreadyPresent: 2 });
  });

  it('writes nothing when told so and a row is wrong, and says which row and why', async () => {
    const before = await snapshot();
    const problem: RowProblem = {
      rowNumber: 8,
      field: 'invoiceDate',
      ...because('date.notExisting', { cell: "'31-13-2024'" }),
    };
    const report = await importRevenue(
      database,
      stream([line(7, { code: 'D1001' }, '2025-03-01', 1_000), problem]),
      options({ withProblems: 'import-nothing' }),
    );
    expect(report).toMatchObject({ written: false, rowsRefused: 1, problems: [problem] });
    expect(await snapshot()).toEqual(before);
  });

  it('lists unknown customers instead of creating them when asked', async () => {
    const before = await snapshot();
    const report = await importRevenue(
      database,
      stream([line(9, { name: 'Onbekend B.V.' }, '2025-04-01', 5_000)]),
      options({ unknownCustomers: 'refuse', dryRun: true }),
    );
    expect(report.customers.unknown).toMatchObject([
      { name: 'Onbekend B.V.', lines: 1, reason: 'unknown' },
    ]);
    expect(report).toMatchObject({ written: false, rowsRefused: 1 });
    expect(await snapshot()).toEqual(before);
  });

  it('leaves the database as it was when the source fails halfway', async () => {
    const before = await snapshot();
    async function* failing() {
      yield line(10, { name: 'Halverwege' }, '2025-05-01', 1_000);
      throw new Error('the file could not be read further');
    }
    await expect(importRevenue(database, failing(), options())).rejects.toThrow(
      'could not be read',
    );
    expect(await snapshot()).toEqual(before);
  });
});
