// The import never invents a client's name: a header that may hold the code or the name is read
// by its cells, a new client takes the most recent spelling, and when the file gives no name the
// import stops with the reason instead of naming clients by their code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
});
afterAll(async () => database.close());

const invoices = readFileSync(
  fileURLToPath(
    new URL(
      '../../../test/fixtures/imports/tables/debiteurnummer-en-debiteur.csv',
      import.meta.url,
    ),
  ),
  'utf8',
);
const upload = (client: Client, path: string, body: string) =>
  client.request('POST', path, body, { 'content-type': 'application/octet-stream' });

async function organizationsOf(workspaceId: string) {
  const result = await database.pool.query<{ name: string; customer_code: string | null }>(
    'select name, customer_code from organizations where workspace_id = $1 order by name',
    [workspaceId],
  );
  return result.rows.map((row) => [row.customer_code, row.name]);
}

describe('the names of the clients an import creates', () => {
  it('reads "Debiteurnummer;Debiteur" as code and name, and takes the latest spelling', async () => {
    const { owner, workspaceId } = await newFirm(app);
    const check = await upload(owner, '/api/v1/imports/revenue/check?fileName=f.csv', invoices);
    expect(check.body.columnProblems).toEqual([]);
    expect(check.body.table.choices.mapping).toMatchObject({ customerCode: 2, customerName: 3 });
    const done = await upload(owner, '/api/v1/imports/revenue?fileName=f.csv', invoices);
    expect(done.body.report).toMatchObject({ written: true, linesWritten: 3 });
    expect(await organizationsOf(workspaceId)).toEqual([
      ['1000', 'Bouwbedrijf de Vries Holding B.V.'],
      ['1001', 'Café de Zwaan'],
    ]);
  });

  it('stops, with the reason, when new clients would be named by their code', async () => {
    const { owner, workspaceId } = await newFirm(app);
    const codesOnly = [
      'Factuurnummer;Factuurdatum;Debiteurnummer;Debiteur;Bedrag excl. btw',
      'F1;15-01-2024;1000;1000;100,00',
      'F2;16-01-2024;1001;1001;200,00',
    ].join('\n');
    const check = await upload(owner, '/api/v1/imports/revenue/check?fileName=c.csv', codesOnly);
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      report: null,
      table: { choices: { mapping: { customerCode: 2 } } },
      columnProblems: [
        {
          code: 'columns.customerNameMissing',
          params: { count: 2, code: '1000' },
          reason:
            "New clients would be named by their code (such as 1000; 2 in all): choose the column with the client's name.",
        },
      ],
    });
    expect(check.body.table.choices.mapping.customerName).toBeUndefined();
    const run = await upload(owner, '/api/v1/imports/revenue?fileName=c.csv', codesOnly);
    expect(run.status).toBe(400);
    expect(run.body.error.reason).toEqual({
      code: 'columns.customerNameMissing',
      params: { count: 2, code: '1000' },
    });
    expect(await organizationsOf(workspaceId)).toEqual([]);

    // clients the firm has already are found by their code: no name is needed for them
    await owner.post('/api/v1/organizations', { name: 'Jansen B.V.', customerCode: '1000' });
    await owner.post('/api/v1/organizations', { name: 'Smit Advies', customerCode: '1001' });
    const known = await upload(owner, '/api/v1/imports/revenue?fileName=c.csv', codesOnly);
    expect(known.body.report).toMatchObject({ written: true, linesWritten: 2 });
    expect(known.body.report.customers.matched.byCode).toBe(2);
  });

  it('adds the name to a mapping remembered without it', async () => {
    const { owner, workspaceId } = await newFirm(app);
    await owner.post('/api/v1/organizations', { name: 'De Vries', customerCode: '1000' });
    await owner.post('/api/v1/organizations', { name: 'Zwaan', customerCode: '1001' });
    const withoutName = encodeURIComponent(
      JSON.stringify({ customerCode: 'Debiteurnummer', invoiceDate: 2, amount: 6 }),
    );
    const first = await upload(
      owner,
      `/api/v1/imports/revenue?fileName=f.csv&mapping=${withoutName}`,
      invoices,
    );
    expect(first.body.report).toMatchObject({ written: true, linesWritten: 3 });
    const next = invoices + 'F24-004;01-07-2024;1002;Nieuw Advies B.V.;Advies;100,00\r\n';
    const again = await upload(owner, '/api/v1/imports/revenue?fileName=g.csv', next);
    expect(again.body.table).toMatchObject({
      mappingFrom: 'remembered',
      choices: { mapping: { customerCode: 2, customerName: 3 } },
    });
    expect(again.body.report).toMatchObject({ written: true, linesWritten: 1 });
    expect(await organizationsOf(workspaceId)).toEqual([
      ['1000', 'De Vries'],
      ['1002', 'Nieuw Advies B.V.'],
      ['1001', 'Zwaan'],
    ]);
  });

  it('stops the assignments import too rather than name a client by its code', async () => {
    const { owner, workspaceId } = await newFirm(app);
    const assignments = ['Klantnummer;Opdracht;Startdatum', '2001;Jaarrekening;01-02-2025'].join(
      '\n',
    );
    const check = await upload(
      owner,
      '/api/v1/imports/assignments/check?fileName=o.csv',
      assignments,
    );
    expect(check.body.columnProblems[0]).toMatchObject({
      code: 'columns.customerNameMissing',
      params: { count: 1, code: '2001' },
    });
    expect(await organizationsOf(workspaceId)).toEqual([]);
  });
});

describe('the names of the clients an audit file creates', () => {
  const auditfile = (version: string) =>
    readFileSync(
      fileURLToPath(
        new URL(`../../../test/fixtures/imports/xaf/revenue-${version}.xaf`, import.meta.url),
      ),
      'utf8',
    );

  it.each(['3.2', '4.0'])(
    'takes each name from the relations, where the transactions give only the code (XAF %s)',
    async (version) => {
      const { owner, workspaceId } = await newFirm(app);
      const done = await upload(
        owner,
        `/api/v1/imports/revenue?fileName=a-${version}.xaf`,
        auditfile(version),
      );
      expect(done.status).toBe(200);
      expect(done.body.report).toMatchObject({ written: true });
      expect(await organizationsOf(workspaceId)).toEqual([
        ['1001', 'Bakkerij De Korenschoof B.V.'],
        ['1002', 'Stichting Zorgnetwerk Oost'],
      ]);
    },
  );
});
