// The sales exports of the common Dutch accounting packages map with no manual step: each
// fixture's columns are proposed right from its headers and cells, and its clients are created
// with their codes and names, through the core mapping and through the API.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { proposeMapping, type RevenueField } from '../../core/import/headers.ts';
import type { Database } from '../../db/connection.ts';
import { openRevenueSource } from './revenue-source.ts';
import { readTableHead } from './table-head.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/imports/packages/${name}`, import.meta.url));

type Expected = Partial<Record<RevenueField, string>>;

/** Each export's columns as they must map: field → header. */
const packages: Record<string, Expected> = {
  'exact-online-nl.csv': {
    invoiceNumber: 'Boekstuknummer',
    invoiceDate: 'Factuurdatum',
    customerCode: 'Debiteur: Code',
    customerName: 'Debiteur: Naam',
    description: 'Omschrijving',
    amount: 'Bedrag excl. btw',
    vatAmount: 'Btw-bedrag',
    grossAmount: 'Bedrag incl. btw',
  },
  'exact-online-en.csv': {
    invoiceDate: 'Invoice date',
    customerCode: 'Account: Code',
    customerName: 'Account: Name',
    description: 'Description',
    amount: 'Amount excl. VAT',
    vatAmount: 'VAT amount',
    grossAmount: 'Amount incl. VAT',
  },
  'twinfield-nl.csv': {
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    customerCode: 'Debiteur',
    customerName: 'Naam',
    description: 'Omschrijving',
    amount: 'Bedrag excl. btw',
    vatAmount: 'Btw',
    grossAmount: 'Bedrag incl. btw',
  },
  'twinfield-en.csv': {
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    customerCode: 'Customer',
    customerName: 'Name',
    description: 'Description',
    amount: 'Amount excl. VAT',
    vatAmount: 'VAT',
    grossAmount: 'Amount incl. VAT',
  },
  'moneybird-nl.csv': {
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    dueDate: 'Vervaldatum',
    customerName: 'Contact',
    customerCode: 'Klantnummer',
    amount: 'Totaal excl. btw',
    vatAmount: 'Btw',
    grossAmount: 'Totaal incl. btw',
  },
  'moneybird-en.csv': {
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    dueDate: 'Due date',
    customerName: 'Contact',
    customerCode: 'Customer number',
    amount: 'Total excl. VAT',
    vatAmount: 'VAT',
    grossAmount: 'Total incl. VAT',
  },
  'e-boekhouden-nl.csv': {
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Datum',
    customerCode: 'Relatiecode',
    customerName: 'Relatie',
    description: 'Omschrijving',
    amount: 'Bedrag excl. BTW',
    vatAmount: 'BTW',
    grossAmount: 'Bedrag incl. BTW',
  },
  'e-boekhouden-en.csv': {
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Date',
    customerCode: 'Relation code',
    customerName: 'Relation',
    description: 'Description',
    amount: 'Amount excl. VAT',
    vatAmount: 'VAT',
    grossAmount: 'Amount incl. VAT',
  },
  'afas-nl.csv': {
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    customerCode: 'Debiteur',
    customerName: 'Naam debiteur',
    description: 'Omschrijving',
    amount: 'Bedrag excl. btw',
    vatAmount: 'Btw-bedrag',
    grossAmount: 'Bedrag incl. btw',
  },
  'afas-en.csv': {
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    customerCode: 'Debtor',
    customerName: 'Debtor name',
    description: 'Description',
    amount: 'Amount excl. VAT',
    vatAmount: 'VAT amount',
    grossAmount: 'Amount incl. VAT',
  },
  'snelstart-nl.csv': {
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    customerCode: 'Klant',
    customerName: 'Naam',
    description: 'Omschrijving',
    amount: 'Bedrag excl. BTW',
    vatAmount: 'BTW',
    grossAmount: 'Factuurbedrag',
    dueDate: 'Vervaldatum',
  },
  'yuki-nl.csv': {
    invoiceNumber: 'Factuurnummer',
    invoiceDate: 'Factuurdatum',
    customerName: 'Relatie',
    customerCode: 'Relatiecode',
    description: 'Omschrijving',
    amount: 'Bedrag excl. BTW',
    vatAmount: 'BTW-bedrag',
    grossAmount: 'Totaalbedrag',
  },
  'yuki-en.csv': {
    invoiceNumber: 'Invoice number',
    invoiceDate: 'Invoice date',
    customerName: 'Contact',
    customerCode: 'Contact code',
    description: 'Description',
    amount: 'Amount excl. VAT',
    vatAmount: 'VAT amount',
    grossAmount: 'Total amount',
  },
  'visionplanner-nl.csv': {
    customerCode: 'Debiteurnummer',
    customerName: 'Debiteurnaam',
    invoiceDate: 'Boekdatum',
    invoiceNumber: 'Boekstuk',
    description: 'Omschrijving',
    amount: 'Bedrag',
  },
  'visionplanner-en.csv': {
    customerCode: 'Debtor number',
    customerName: 'Debtor name',
    invoiceDate: 'Booking date',
    description: 'Description',
    amount: 'Amount',
  },
};

/** The three clients every fixture invoices, by code, and their revenue. */
const clients = [
  { code: /^1000$|^10000$/, name: 'Bouwbedrijf De Vries B.V.' },
  { code: /^1001$|^10001$/, name: 'Café de Zwaan' },
  { code: /^1002$|^10002$/, name: 'Tandartspraktijk Smile' },
];
const revenueCents = 405_000;

describe('the sales exports of Dutch accounting packages', () => {
  it('has a fixture for each package named in the tests and nothing more', () => {
    const names = Object.keys(packages).map((file) => file.replace(/-(nl|en)\.csv$/, ''));
    expect([...new Set(names)].sort()).toEqual([
      'afas',
      'e-boekhouden',
      'exact-online',
      'moneybird',
      'snelstart',
      'twinfield',
      'visionplanner',
      'yuki',
    ]);
  });

  for (const [file, expected] of Object.entries(packages)) {
    it(`maps ${file} from its headers and cells, and reads its clients`, async () => {
      const head = await readTableHead(fixture(file), { kind: 'revenue', mappingGiven: false });
      await head.close();
      const mapping = proposeMapping(head.headers, head.column);
      const named = Object.fromEntries(
        Object.entries(mapping).map(([field, column]) => [field, head.headers[column]]),
      );
      expect(named).toEqual(expected);

      const source = await openRevenueSource(fixture(file));
      const lines = [];
      for await (const item of source.items) lines.push(item);
      expect(lines.filter((item) => 'reason' in item)).toEqual([]);
      const customers = lines.map((item) => ('customer' in item ? item.customer : null));
      customers.forEach((customer, index) => {
        expect(customer?.code).toMatch(clients[index]!.code);
        expect(customer?.name).toBe(clients[index]!.name);
      });
      const sum = lines.reduce(
        (total, item) => total + ('amountCents' in item ? item.amountCents : 0),
        0,
      );
      expect(sum).toBe(revenueCents);
    });
  }
});

describe('the sales exports through the API', () => {
  let database: Database;
  let app: TestApp;
  beforeAll(async () => {
    database = await freshDatabase();
    app = testApp(database);
  });
  afterAll(async () => database.close());

  it('creates each package’s clients with their codes and names, with no manual step', async () => {
    for (const file of Object.keys(packages)) {
      const { owner } = await newFirm(app);
      const done = await owner.request(
        'POST',
        `/api/v1/imports/revenue?fileName=${file}`,
        readFileSync(fixture(file), 'utf8'),
        { 'content-type': 'application/octet-stream' },
      );
      expect(done.status, file).toBe(200);
      expect(done.body.columnProblems ?? [], file).toEqual([]);
      expect(done.body.report, file).toMatchObject({
        written: true,
        linesWritten: 3,
        rowsRefused: 0,
        revenueWrittenCents: revenueCents,
        customers: { createdCount: 3 },
      });
      const created = done.body.report.customers.created as { name: string; code: string }[];
      expect(created.map((client) => client.name).sort(), file).toEqual(
        clients.map((client) => client.name).sort(),
      );
      for (const client of created) {
        const expected = clients.find((c) => c.name === client.name)!;
        expect(client.code, file).toMatch(expected.code);
      }
    }
  });
});
