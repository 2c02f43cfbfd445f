import { describe, expect, it } from 'vitest';
import {
  customerColumnKind,
  headerKey,
  proposeAssignmentMapping,
  proposeMapping,
  withProposedName,
  type RevenueField,
} from './headers.ts';

const fieldOf = (header: string): RevenueField | undefined => {
  const mapping = proposeMapping([header]);
  return (Object.keys(mapping) as RevenueField[])[0];
};

describe('headerKey', () => {
  it('folds case, accents and punctuation', () => {
    expect(headerKey(' Debiteurnr. ')).toBe('debiteurnr');
    expect(headerKey('KvK-nummer')).toBe('kvk nummer');
    expect(headerKey('BTW %')).toBe('btw procent');
    expect(headerKey('Bedrag excl. BTW (€)')).toBe('bedrag excl btw');
    expect(headerKey('Catégorie')).toBe('categorie');
  });
});

describe('proposeMapping', () => {
  it('recognises each header on its own', () => {
    const expected: Record<string, RevenueField> = {
      Debiteur: 'customerCode',
      Debiteurnummer: 'customerCode',
      'Debiteurnr.': 'customerCode',
      Relatiecode: 'customerCode',
      'Customer ID': 'customerCode',
      Klant: 'customerName',
      Klantnaam: 'customerName',
      Relatie: 'customerName',
      Naam: 'customerName',
      Customer: 'customerName',
      'Customer name': 'customerName',
      Client: 'customerName',
      Account: 'customerName',
      KvK: 'kvkNumber',
      'KvK-nummer': 'kvkNumber',
      'Chamber of Commerce': 'kvkNumber',
      'BTW-nummer': 'vatNumber',
      'VAT number': 'vatNumber',
      Factuurdatum: 'invoiceDate',
      Datum: 'invoiceDate',
      Vervaldatum: 'dueDate',
      'Due date': 'dueDate',
      Betaaldatum: 'paidDate',
      'Datum betaling': 'paidDate',
      'Paid date': 'paidDate',
      'Payment date': 'paidDate',
      Boekdatum: 'invoiceDate',
      'Invoice date': 'invoiceDate',
      Date: 'invoiceDate',
      Bedrag: 'amount',
      Omzet: 'amount',
      'Bedrag excl. btw': 'amount',
      Netto: 'amount',
      'Net amount': 'amount',
      Amount: 'amount',
      Revenue: 'amount',
      'Bedrag incl. btw': 'grossAmount',
      Bruto: 'grossAmount',
      Gross: 'grossAmount',
      Totaal: 'grossAmount',
      BTW: 'vatAmount',
      'BTW-bedrag': 'vatAmount',
      VAT: 'vatAmount',
      'BTW %': 'vatRate',
      'BTW-tarief': 'vatRate',
      'VAT rate': 'vatRate',
      Factuurnummer: 'invoiceNumber',
      Factuurnr: 'invoiceNumber',
      Invoice: 'invoiceNumber',
      'Invoice number': 'invoiceNumber',
      Dienst: 'serviceLine',
      Dienstverlening: 'serviceLine',
      Product: 'serviceLine',
      Service: 'serviceLine',
      'Service line': 'serviceLine',
      Uren: 'hours',
      'Aantal uren': 'hours',
      Hours: 'hours',
      Kostprijs: 'cost',
      Kosten: 'cost',
      Cost: 'cost',
      Marge: 'margin',
      Margin: 'margin',
      'D/C': 'debitCredit',
      'Debet/Credit': 'debitCredit',
      'Debit/Credit': 'debitCredit',
      'Dr/Cr': 'debitCredit',
      Debet: 'debit',
      Credit: 'credit',
      Omschrijving: 'description',
      Description: 'description',
    };
    for (const [header, field] of Object.entries(expected)) {
      expect(fieldOf(header), header).toBe(field);
    }
    expect(fieldOf('')).toBeUndefined();
  });

  it('prefers the most specific header and never maps a column twice', () => {
    const mapping = proposeMapping([
      'Datum',
      'Factuurdatum',
      'Bedrag incl. btw',
      'BTW',
      'Bedrag excl. btw',
      'Debiteur',
      'Naam',
      null,
      'Onbekend',
    ]);
    expect(mapping).toEqual({
      invoiceDate: 1,
      grossAmount: 2,
      vatAmount: 3,
      amount: 4,
      customerCode: 5,
      customerName: 6,
    });
  });

  it('finds a synonym inside a longer header when nothing says it better', () => {
    expect(proposeMapping(['Klant', 'Omzet 2024 (EUR)', 'Datum factuur'])).toEqual({
      customerName: 0,
      amount: 1,
      invoiceDate: 2,
    });
  });
});

describe('proposeAssignmentMapping', () => {
  it('recognises the columns of an assignments export', () => {
    expect(
      proposeAssignmentMapping([
        'Klantnummer',
        'Klant',
        'Opdracht',
        'Dienst',
        'Startdatum',
        'Einddatum',
        'Honorarium',
        'Budget uren',
        'Behandelaar',
      ]),
    ).toEqual({
      customerCode: 0,
      customerName: 1,
      title: 2,
      serviceLine: 3,
      startDate: 4,
      endDate: 5,
      fee: 6,
      hours: 7,
      professional: 8,
    });
    expect(
      proposeAssignmentMapping(['Client', 'Project', 'Begin', 'Eind', 'Fee', 'E-mail']),
    ).toEqual({ customerName: 0, title: 1, startDate: 2, endDate: 3, fee: 4, professional: 5 });
    expect(
      proposeAssignmentMapping(['Relatie', 'Omschrijving', 'Start', 'End', 'Budget', 'Partner']),
    ).toEqual({
      customerName: 0,
      title: 1,
      startDate: 2,
      endDate: 3,
      fee: 4,
      professional: 5,
    });
  });
});

describe('a header that may hold the code or the name', () => {
  const cells = (columns: Record<number, unknown[]>) => (column: number) => columns[column] ?? [];
  const invoices = [
    'Factuurnummer',
    'Factuurdatum',
    'Debiteurnummer',
    'Debiteur',
    'Omschrijving',
    'Bedrag excl. btw',
  ];

  it('gives "Debiteur" the name when "Debiteurnummer" holds the code', () => {
    const below = cells({
      2: ['1000', '1001'],
      3: ['Bouwbedrijf De Vries B.V.', 'Café Het Plein'],
    });
    expect(proposeMapping(invoices, below)).toMatchObject({ customerCode: 2, customerName: 3 });
    // without cells too: the code is taken by the more specific header
    expect(proposeMapping(invoices)).toMatchObject({ customerCode: 2, customerName: 3 });
  });

  it('never makes a column of codes the name', () => {
    const below = cells({ 2: ['1000', '1001'], 3: ['1000', '1001'] });
    const mapping = proposeMapping(invoices, below);
    expect(mapping.customerCode).toBe(2);
    expect(mapping.customerName).toBeUndefined();
  });

  it('decides by the cells: digits and short codes are the code, words the name', () => {
    const codes = cells({ 0: ['  1000', 'C-01', 'DEB1002', 1003] });
    const names = cells({ 0: ['Jansen', 'De Vries & Zn', '3M Nederland B.V.'] });
    for (const header of ['Debiteur', 'Klant', 'Relatie', 'Customer', 'Contact']) {
      expect(proposeMapping([header, 'Datum', 'Bedrag'], codes), header).toMatchObject({
        customerCode: 0,
      });
      expect(proposeMapping([header, 'Datum', 'Bedrag'], names), header).toMatchObject({
        customerName: 0,
      });
    }
    expect(
      proposeMapping(['Klant', 'Klantnaam', 'Datum', 'Bedrag'], cells({ 0: ['1000'] })),
    ).toMatchObject({ customerCode: 0, customerName: 1 });
    expect(proposeAssignmentMapping(['Debiteur', 'Opdracht'], cells({ 0: ['Jansen BV'] }))).toEqual(
      { customerName: 0, title: 1 },
    );
  });

  it('tells codes from names by most of the filled cells', () => {
    expect(customerColumnKind(['1000', '', null, '1001 - Bouwbedrijf De Vries', '1002'])).toBe(
      'customerCode',
    );
    expect(customerColumnKind(['Jansen', 'Philips', 'R100'])).toBe('customerName');
    expect(customerColumnKind(['', null])).toBeUndefined();
  });
});

describe('withProposedName', () => {
  it('adds the name proposed now to a remembered mapping without one, on a free column', () => {
    const remembered = { invoiceNumber: 0, invoiceDate: 1, customerCode: 2, amount: 5 };
    const proposed = { ...remembered, customerName: 3, description: 4 };
    expect(withProposedName(remembered, proposed)).toEqual({ ...remembered, customerName: 3 });
    expect(withProposedName({ ...remembered, description: 3 }, proposed)).toEqual({
      ...remembered,
      description: 3,
    });
    const named = { ...remembered, customerName: 4 };
    expect(withProposedName(named, proposed)).toBe(named);
    expect(withProposedName(remembered, remembered)).toBe(remembered);
  });
});
