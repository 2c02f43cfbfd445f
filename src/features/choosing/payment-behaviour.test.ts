// The paid dates of an accounting export: read with the lines, updated by a later export of the
// same lines, and the client's payment days scored from them (decision 0041).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { paymentDays } from '../../core/portfolio/payment-days.ts';
import type { Database } from '../../db/connection.ts';
import { clientPaymentDays } from './scores.repo.ts';

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

const upload = (path: string, body: string) =>
  owner.request('POST', path, body, { 'content-type': 'application/octet-stream' });

const header = 'Klant;Factuurdatum;Bedrag;Factuur;Vervaldatum;Betaaldatum';
const first = [
  header,
  'Bakkerij Jansen;01-02-2024;1000,00;A1;02-03-2024;02-03-2024',
  'Bakkerij Jansen;01-05-2024;3000,00;A2;31-05-2024;10-07-2024',
  'Bakkerij Jansen;01-06-2024;-500,00;A3;;',
  'Garage Smit;01-11-2024;500,00;A4;01-12-2024;',
].join('\n');
const year2024 = { from: '2024-01-01', to: '2024-12-31', today: '2024-12-31' };

async function idOf(name: string): Promise<string> {
  const found = await database.pool.query<{ id: string }>(
    'select id from organizations where workspace_id = $1 and name = $2',
    [workspaceId, name],
  );
  return found.rows[0]!.id;
}

describe('paid dates from an accounting export', () => {
  it('recognises the due and paid date columns and keeps them with the lines', async () => {
    const check = await upload('/api/v1/imports/revenue/check?fileName=omzet.csv', first);
    expect(check.status).toBe(200);
    expect(check.body.table.choices.mapping).toMatchObject({ dueDate: 4, paidDate: 5 });
    const done = await upload('/api/v1/imports/revenue?fileName=omzet.csv', first);
    expect(done.status).toBe(200);
    expect(done.body.report).toMatchObject({ linesWritten: 4, paymentsUpdated: 0 });
    const lines = await database.pool.query<{
      invoice_number: string;
      due_on: string | null;
      paid_on: string | null;
      payment_tracked: boolean;
    }>(
      `select invoice_number, due_on::text, paid_on::text, payment_tracked from revenue_lines
        where workspace_id = $1 order by invoice_number`,
      [workspaceId],
    );
    expect(lines.rows).toEqual([
      { invoice_number: 'A1', due_on: '2024-03-02', paid_on: '2024-03-02', payment_tracked: true },
      { invoice_number: 'A2', due_on: '2024-05-31', paid_on: '2024-07-10', payment_tracked: true },
      { invoice_number: 'A3', due_on: null, paid_on: null, payment_tracked: true },
      { invoice_number: 'A4', due_on: '2024-12-01', paid_on: null, payment_tracked: true },
    ]);
  });

  it('measures each client’s payment days as the core rule does, open invoices aged to today', async () => {
    const measured = await clientPaymentDays(database.db, workspaceId, year2024);
    const jansen = await idOf('Bakkerij Jansen');
    const smit = await idOf('Garage Smit');
    // Jansen: € 1.000 in 30 days and € 3.000 in 70, the credit note left out: 60
    expect(measured.get(jansen)).toBe(60);
    // Smit: open since 1 November, 60 days at the year's end
    expect(measured.get(smit)).toBe(60);
    expect(measured.get(smit)).toBe(
      paymentDays([{ invoiceDate: '2024-11-01', paidOn: null, amountCents: 50_000 }], '2024-12-31'),
    );
    // later in the year's measure, the open invoice keeps ageing
    const later = await clientPaymentDays(database.db, workspaceId, {
      ...year2024,
      today: '2025-01-30',
    });
    expect(later.get(smit)).toBe(90);
  });

  it('updates the payment of lines imported before from a later export, without writing them again', async () => {
    const paidLater = first.replace('01-12-2024;', '01-12-2024;15-01-2025');
    const check = await upload('/api/v1/imports/revenue/check?fileName=omzet-jan.csv', paidLater);
    expect(check.body.report).toMatchObject({ linesToWrite: 0, paymentsUpdated: 1 });
    const done = await upload('/api/v1/imports/revenue?fileName=omzet-jan.csv', paidLater);
    expect(done.body.report).toMatchObject({
      linesWritten: 0,
      linesAlreadyPresent: 4,
      paymentsUpdated: 1,
    });
    const measured = await clientPaymentDays(database.db, workspaceId, {
      ...year2024,
      today: '2025-03-01',
    });
    expect(measured.get(await idOf('Garage Smit'))).toBe(75);
    // the same export again changes nothing
    const again = await upload('/api/v1/imports/revenue?fileName=omzet-jan.csv', paidLater);
    expect(again.body.report).toMatchObject({ linesWritten: 0, paymentsUpdated: 0 });
  });

  it('leaves what an export without paid dates says about payments as it was', async () => {
    const withoutPayments = first
      .split('\n')
      .map((row) => row.split(';').slice(0, 4).join(';'))
      .join('\n');
    const done = await upload('/api/v1/imports/revenue?fileName=zonder.csv', withoutPayments);
    expect(done.body.report).toMatchObject({ linesWritten: 0, paymentsUpdated: 0 });
    const measured = await clientPaymentDays(database.db, workspaceId, {
      ...year2024,
      today: '2025-03-01',
    });
    expect(measured.get(await idOf('Garage Smit'))).toBe(75);
  });

  it('refuses a paid date that is no date, naming the column', async () => {
    const wrong = [header, 'Garage Smit;01-10-2024;200,00;A9;;31-02-2024'].join('\n');
    const check = await upload('/api/v1/imports/revenue/check?fileName=fout.csv', wrong);
    expect(check.status).toBe(200);
    expect(check.body.report.rowsRefused).toBe(1);
    expect(check.body.report.problems[0]).toMatchObject({ rowNumber: 2, field: 'paidDate' });
  });

  it('scores payment behaviour from the payment days', async () => {
    const criteria = (await owner.get('/api/v1/criteria')).body.items as {
      id: string;
      key: string;
    }[];
    const payment = criteria.find((c) => c.key === 'paymentBehaviour')!;
    const on = await owner.patch(`/api/v1/criteria/${payment.id}`, {
      active: true,
      source: 'data',
      dataMapping: { measure: 'paymentDays', direction: 'lowerIsBetter', thresholds: [90, 60, 30] },
    });
    expect(on.status).toBe(200);
    const matrix = await owner.get('/api/v1/scoring-matrix?year=2024');
    expect(matrix.status).toBe(200);
    const column = matrix.body.criteria.findIndex((c: { id: string }) => c.id === payment.id);
    const scoreOf = (name: string) =>
      matrix.body.clients.find((c: { name: string }) => c.name === name).scores[column];
    // Jansen pays in 60 days: within 90 and 60, not 30
    expect(scoreOf('Bakkerij Jansen')).toBe(2);
  });
});
