import { describe, expect, it } from 'vitest';
import {
  headerKey,
  proposeAssignmentMapping,
  proposeMapping,
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
    expect(fieldOf('Vervaldatum')).toBeUndefined();
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
