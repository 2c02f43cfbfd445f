import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let ownerEmail: string;
let workspaceId: string;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId, email: ownerEmail } = await newFirm(app));
  await owner.post('/api/v1/organizations', { name: 'Bouwbedrijf De Vries B.V.' });
});
afterAll(async () => database.close());

const csv = () =>
  [
    'Klant;Opdracht;Dienst;Startdatum;Einddatum;Honorarium;Uren;Medewerker',
    `Bouwbedrijf de Vries BV;Strategie 2025;Advies;01-02-2025;30-06-2025;12.500,00;100;${ownerEmail}`,
    'Nieuwe Klant;Training;Training;15-03-2025;;2.000,00;16;Iemand Anders',
    'Nieuwe Klant;Coaching;Advies;31-02-2025;;1.000,00;8;',
  ].join('\n');

const upload = (client: Client, path: string, body: string) =>
  client.request('POST', path, body, { 'content-type': 'application/octet-stream' });

const assignmentCount = async () =>
  (await database.pool.query('select count(*)::int as n from assignments')).rows[0].n as number;

describe('importing assignments through the API', () => {
  it('checks a file: its columns, the clients it knows and would create, its problems', async () => {
    const check = await upload(
      owner,
      '/api/v1/imports/assignments/check?fileName=opdrachten.csv',
      csv(),
    );
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      format: 'csv',
      columnProblems: [],
      table: {
        headers: [
          'Klant',
          'Opdracht',
          'Dienst',
          'Startdatum',
          'Einddatum',
          'Honorarium',
          'Uren',
          'Medewerker',
        ],
        mappingFrom: 'proposed',
        choices: { mapping: { customerName: 0, title: 1, fee: 5 }, decimalSeparator: ',' },
      },
      report: {
        written: false,
        assignmentsRead: 2,
        assignmentsToWrite: 2,
        assignmentsAlreadyPresent: 0,
        rowsRefused: 1,
        professionalsUnknown: ['iemand anders'],
        customers: { matched: { byName: 1 }, createdCount: 1 },
      },
    });
    expect(check.body.report.problems).toEqual([
      {
        rowNumber: 4,
        field: 'startDate',
        code: 'date.notExisting',
        params: { cell: "'31-02-2025'" },
        reason: "'31-02-2025' is not an existing date",
      },
    ]);
    expect(await assignmentCount()).toBe(0);
  });

  it('imports in one transaction and never doubles an assignment', async () => {
    const nothing = await upload(
      owner,
      '/api/v1/imports/assignments?fileName=opdrachten.csv&importGoodRows=false',
      csv(),
    );
    expect(nothing.body.report).toMatchObject({ written: false, rowsRefused: 1 });
    expect(await assignmentCount()).toBe(0);
    const done = await upload(owner, '/api/v1/imports/assignments?fileName=opdrachten.csv', csv());
    expect(done.status).toBe(200);
    expect(done.body.report).toMatchObject({
      written: true,
      assignmentsWritten: 2,
      customers: { createdCount: 1, created: [{ name: 'Nieuwe Klant' }] },
    });
    const owned = await database.pool.query(
      `select a.title, u.email from assignments a join users u on u.id = a.professional_id`,
    );
    expect(owned.rows).toEqual([{ title: 'Strategie 2025', email: ownerEmail }]);
    const check = await upload(
      owner,
      '/api/v1/imports/assignments/check?fileName=opdrachten.csv',
      csv(),
    );
    expect(check.body.report).toMatchObject({
      assignmentsToWrite: 0,
      assignmentsAlreadyPresent: 2,
    });
    const again = await upload(owner, '/api/v1/imports/assignments?fileName=opdrachten.csv', csv());
    expect(again.body.report).toMatchObject({
      assignmentsWritten: 0,
      assignmentsAlreadyPresent: 2,
    });
    expect(await assignmentCount()).toBe(2);
  });

  it('remembers the columns chosen for a file, for the next file of the same shape', async () => {
    const file =
      'Klant;Project X;Startdatum;Honorarium\nBouwbedrijf De Vries;Audit;01-09-2025;800,00';
    const mapping = encodeURIComponent(
      JSON.stringify({
        customerName: 'Klant',
        title: 'Project X',
        startDate: 'Startdatum',
        fee: 'Honorarium',
      }),
    );
    const done = await upload(
      owner,
      `/api/v1/imports/assignments?fileName=projecten.csv&mapping=${mapping}`,
      file,
    );
    expect(done.body.report).toMatchObject({ written: true, assignmentsWritten: 1 });
    const next = await upload(
      owner,
      '/api/v1/imports/assignments/check?fileName=projecten-2.csv',
      'Klant;Project X;Startdatum;Honorarium\nBouwbedrijf De Vries;Review;01-10-2025;400,00',
    );
    expect(next.body.table).toMatchObject({
      mappingFrom: 'remembered',
      choices: { mapping: { customerName: 0, title: 1, startDate: 2, fee: 3 } },
    });
    expect(next.body.report).toMatchObject({ assignmentsToWrite: 1, rowsRefused: 0 });
  });

  it('leaves the lines of unknown clients out when asked not to create them', async () => {
    const other = await newFirm(app);
    const check = await upload(
      other.owner,
      '/api/v1/imports/assignments/check?fileName=o.csv&createCustomers=false',
      csv(),
    );
    expect(check.body.report).toMatchObject({
      assignmentsToWrite: 0,
      customers: { createdCount: 0, unknownLines: 2 },
    });
  });

  it('shows the columns when it cannot tell which holds what', async () => {
    const check = await upload(
      owner,
      '/api/v1/imports/assignments/check?fileName=o.csv',
      'Wie;Wat\nBakkerij Jansen;Jaarrekening',
    );
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ report: null, table: { headers: [] } });
    expect(check.body.columnProblems).toHaveLength(1);
    const mapping = encodeURIComponent(JSON.stringify({ customerName: 1, title: 2 }));
    const mapped = await upload(
      owner,
      `/api/v1/imports/assignments/check?fileName=o.csv&mapping=${mapping}&skipRows=1`,
      'Wie;Wat\nBakkerij Jansen;Jaarrekening',
    );
    expect(mapped.body.report).toMatchObject({ assignmentsRead: 1, rowsRefused: 0 });
  });

  it('lets only those who may change records import, and refuses what is no table', async () => {
    const viewer = (await newUser(app, database, workspaceId, 'viewer')).client;
    const refused = await upload(viewer, '/api/v1/imports/assignments?fileName=o.csv', csv());
    expect(refused.status).toBe(403);
    const pdf = await upload(owner, '/api/v1/imports/assignments/check?fileName=a.pdf', '%PDF-1.7');
    expect(pdf.status).toBe(400);
    expect(pdf.body.error.message).toMatch(/PDF/);
  });
});
