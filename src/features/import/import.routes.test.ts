import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let workspaceId: string;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
});
afterAll(async () => database.close());

const csv = [
  'Klant,Datum,Bedrag,Factuur',
  'Bakkerij Jansen,2024-02-01,"1,250.00",A1',
  'Bakkerij Jansen,2024-03-01,-250.00,A2',
  'Garage Smit,2024-04-01,800.00,A3',
  'Garage Smit,niet-een-datum,100.00,A4',
].join('\n');

const upload = (client: Client, path: string, body: string, headers = {}) =>
  client.request('POST', path, body, { 'content-type': 'application/octet-stream', ...headers });

describe('importing revenue through the API', () => {
  it('checks a file, shows the columns and a preview, and writes nothing', async () => {
    const check = await upload(owner, '/api/v1/imports/revenue/check?fileName=omzet.csv', csv);
    expect(check.status).toBe(200);
    expect(check.body.table).toMatchObject({
      headers: ['Klant', 'Datum', 'Bedrag', 'Factuur'],
      mappingFrom: 'proposed',
      choices: { mapping: { customerName: 0, invoiceDate: 1, amount: 2, invoiceNumber: 3 } },
    });
    expect(check.body.table.preview[0]).toEqual({
      rowNumber: 2,
      cells: ['Bakkerij Jansen', '2024-02-01', '1,250.00', 'A1'],
    });
    expect(check.body.report).toMatchObject({
      written: false,
      linesRead: 3,
      rowsRefused: 1,
      linesToWrite: 3,
      linesAlreadyPresent: 0,
      revenueToWriteCents: 180_000,
    });
    expect(check.body.columnProblems).toEqual([]);
    expect(check.body.report.problems[0]).toMatchObject({
      rowNumber: 5,
      field: 'invoiceDate',
      code: 'date.notADate',
      params: { cell: "'niet-een-datum'" },
    });
    const lines = await database.pool.query('select count(*)::int as n from revenue_lines');
    expect(lines.rows[0].n).toBe(0);
  });

  it('imports the good rows, or nothing when asked, in one transaction', async () => {
    const nothing = await upload(
      owner,
      '/api/v1/imports/revenue?fileName=omzet.csv&importGoodRows=false',
      csv,
    );
    expect(nothing.body.report).toMatchObject({ written: false, rowsRefused: 1 });
    const done = await upload(owner, '/api/v1/imports/revenue?fileName=omzet.csv', csv);
    expect(done.status).toBe(200);
    expect(done.body.report).toMatchObject({
      written: true,
      linesWritten: 3,
      revenueWrittenCents: 180_000,
      customers: { createdCount: 2 },
    });
    const portfolio = await owner.get('/api/v1/portfolio?year=2024');
    expect(portfolio.body.revenueCents).toBe(180_000);
    const again = await upload(owner, '/api/v1/imports/revenue?fileName=omzet.csv', csv);
    expect(again.body.report).toMatchObject({ linesWritten: 0, linesAlreadyPresent: 3 });
    expect(again.body.table.mappingFrom).toBe('remembered');
    const checkAgain = await upload(owner, '/api/v1/imports/revenue/check?fileName=o.csv', csv);
    expect(checkAgain.body.report).toMatchObject({
      linesToWrite: 0,
      linesAlreadyPresent: 3,
      revenueToWriteCents: 0,
    });
  });

  it('shows the columns of a file it cannot read yet, and reads it once they are chosen', async () => {
    const unknownHeaders = ['Wie,Wanneer,Hoeveel', 'Bakkerij Jansen,2024-05-01,99.00'].join('\n');
    const check = await upload(
      owner,
      '/api/v1/imports/revenue/check?fileName=x.csv',
      unknownHeaders,
    );
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ format: 'csv', report: null, table: { headers: [] } });
    expect(check.body.columnProblems[0]).toMatchObject({
      code: 'columns.noRevenueHeader',
      reason: expect.stringMatching(/^No header row/),
    });
    expect(check.body.table.preview[0]).toEqual({
      rowNumber: 1,
      cells: ['Wie', 'Wanneer', 'Hoeveel'],
    });
    const mapping = encodeURIComponent(
      JSON.stringify({ customerName: 1, invoiceDate: 2, amount: 3 }),
    );
    const mapped = await upload(
      owner,
      `/api/v1/imports/revenue/check?fileName=x.csv&mapping=${mapping}&skipRows=1`,
      unknownHeaders,
    );
    expect(mapped.body.columnProblems).toEqual([]);
    expect(mapped.body.report).toMatchObject({ linesRead: 1, revenueToWriteCents: 9_900 });
    const noDate = encodeURIComponent(JSON.stringify({ customerName: 'Klant', amount: 'Bedrag' }));
    const incomplete = await upload(
      owner,
      `/api/v1/imports/revenue/check?fileName=omzet.csv&mapping=${noDate}`,
      csv,
    );
    expect(incomplete.body).toMatchObject({
      report: null,
      columnProblems: [
        {
          code: 'columns.invoiceDateMissing',
          params: {},
          reason: 'Choose the column with the invoice date.',
        },
      ],
      table: { headers: ['Klant', 'Datum', 'Bedrag', 'Factuur'], mappingFrom: 'given' },
    });
    const run = await upload(
      owner,
      `/api/v1/imports/revenue?fileName=omzet.csv&mapping=${noDate}`,
      csv,
    );
    expect(run.status).toBe(400);
    expect(run.body.error.message).toMatch(/invoice date/);
    expect(run.body.error.reason).toEqual({ code: 'columns.invoiceDateMissing', params: {} });
  });

  it('refuses bad choices and files that are not revenue, with a reason', async () => {
    const noName = await upload(owner, '/api/v1/imports/revenue/check', csv);
    expect(noName.status).toBe(400);
    expect(noName.body.error.details[0].field).toBe('fileName');
    const badMapping = await upload(
      owner,
      '/api/v1/imports/revenue/check?fileName=a&mapping=%7B',
      csv,
    );
    expect(badMapping.body.error.details[0].field).toBe('mapping');
    const empty = await upload(owner, '/api/v1/imports/revenue/check?fileName=a', '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.reason).toEqual({ code: 'file.empty', params: {} });
    const pdf = await upload(owner, '/api/v1/imports/revenue/check?fileName=a.pdf', '%PDF-1.7 …');
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.message).toMatch(/PDF/);
    expect(pdf.body.error.reason).toEqual({ code: 'file.pdf', params: {} });
    const foreign = await upload(
      owner,
      '/api/v1/imports/revenue/check?fileName=factuur.xml',
      '<?xml version="1.0"?><Invoice/>',
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toMatchObject({
      message: 'This is not an XML Auditfile Financieel: its root element is <Invoice>',
      reason: { code: 'xaf.foreignRoot', params: { element: 'Invoice' } },
    });
  });

  it('lets only those who may change records import', async () => {
    const viewer = (await newUser(app, database, workspaceId, 'viewer')).client;
    const refused = await upload(viewer, '/api/v1/imports/revenue?fileName=omzet.csv', csv);
    expect(refused.status).toBe(403);
  });
});
