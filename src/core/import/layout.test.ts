import { describe, expect, it } from 'vitest';
import type { Cell, SourceRow } from './cell.ts';
import { classifyRow, createRowWalker, findHeaderRow, type RowLayout } from './layout.ts';

// Debiteur | Naam | Factuurdatum | Omschrijving | Bedrag
const layout: RowLayout = {
  dateColumn: 2,
  dateOrder: 'dmy',
  valueColumns: [4],
  customerColumns: [0, 1],
  linesHaveDates: true,
};
const kind = (cells: Cell[], more: Partial<RowLayout> = {}) =>
  classifyRow(cells, { ...layout, ...more });

describe('findHeaderRow', () => {
  it('skips title rows and finds the row that maps the most fields', () => {
    const rows = [
      ['Omzet per debiteur'],
      ['Periode 2024', null],
      [],
      ['Debiteur', 'Naam', 'Factuurdatum', 'Omschrijving', 'Bedrag'],
      ['1001', 'Bouwbedrijf De Vries', '15-01-2024', 'Advies', '1.000,00'],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });

  it('needs a date or customer and an amount', () => {
    expect(findHeaderRow([['Omzet'], ['Klant', 'Omschrijving']])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
    expect(findHeaderRow([['Klant', 'Debet', 'Credit']])).toBe(0);
  });

  it('looks only at the first 50 rows', () => {
    const rows = [...Array.from({ length: 50 }, () => ['x']), ['Klant', 'Bedrag']];
    expect(findHeaderRow(rows)).toBe(-1);
  });

  it('finds the header of an assignments export', () => {
    expect(
      findHeaderRow([['Opdrachten'], ['Klant', 'Opdracht', 'Honorarium']], 'assignments'),
    ).toBe(1);
    expect(findHeaderRow([['Klant', 'Opdracht', 'Honorarium']])).toBe(-1);
  });
});

describe('classifyRow', () => {
  it('sees data, blank and footer rows', () => {
    expect(kind(['1001', 'De Vries', '15-01-2024', 'Advies', '1.000,00'])).toBe('data');
    expect(kind([null, '', '  '])).toBe('blank');
    expect(kind([])).toBe('blank');
    expect(kind(['Pagina 2 van 3'])).toBe('footer');
    expect(kind(['Afgedrukt op: 12-01-2025 10:14', null, null, 'Page 1/3'])).toBe('footer');
    expect(kind(['Einde rapport'])).toBe('footer');
  });

  it('sees totals by their words or as a lone label beside an amount', () => {
    expect(kind(['Totaal debiteur 1001', null, null, null, '3.500,00'])).toBe('total');
    expect(kind(['Subtotaal', null, null, null, '3.500,00'])).toBe('total');
    expect(kind([null, null, null, 'Eindtotaal', '12.000,00'])).toBe('total');
    expect(kind(['Grand total', null, null, null, '12.000,00'])).toBe('total');
    expect(kind(['Totaal'])).toBe('total');
    expect(kind([null, 'Bouwbedrijf De Vries', null, null, '3.500,00'])).toBe('total');
    expect(kind([null, null, null, null, '3.500,00'])).toBe('total');
  });

  it('never takes a dated row for a total, nor a customer called Total for one', () => {
    expect(kind(['1002', 'Total Energies B.V.', '15-01-2024', 'Advies', '500,00'])).toBe('data');
    expect(kind([null, 'Total Energies B.V.'])).toBe('group');
  });

  it('sees group rows, in the customer columns or as one label anywhere', () => {
    expect(kind(['1001', 'Bouwbedrijf De Vries'])).toBe('group');
    expect(kind([null, null, '1001 Bouwbedrijf De Vries'])).toBe('group');
    expect(kind([1001, null, null])).toBe('group');
    expect(kind([null, null, 1001, null, null])).toBe('group');
  });

  it('keeps rows that lack something as data, so the reader can say what', () => {
    expect(kind(['1001', 'De Vries', '31-13-2024', 'Advies', '1.000,00'])).toBe('data');
    expect(kind(['1001', 'De Vries', null, 'Advies', null])).toBe('data');
  });

  it('sees a header or title repeated after a page break', () => {
    const headerKeys = ['debiteur', 'naam', 'factuurdatum', 'omschrijving', 'bedrag'];
    expect(
      kind(['Debiteur', 'Naam', 'Factuurdatum', 'Omschrijving', 'Bedrag'], { headerKeys }),
    ).toBe('header');
    expect(kind(['Omzet per debiteur'], { pageTexts: new Set(['omzet per debiteur']) })).toBe(
      'header',
    );
  });

  it('lets an undated line with a value be data when lines need no date', () => {
    expect(kind([null, 'De Vries', null, null, '500'], { linesHaveDates: false })).toBe('data');
    expect(kind([null, 'De Vries', null, null, null], { linesHaveDates: false })).toBe('group');
    expect(kind(['1001', 'De Vries', null, 'Jaarrekening', '500'], { linesHaveDates: false })).toBe(
      'data',
    );
  });
});

describe('createRowWalker', () => {
  const rows: Cell[][] = [
    ['Omzet per debiteur'],
    ['Debiteur', 'Naam', 'Factuurdatum', 'Omschrijving', 'Bedrag'],
    ['1001', 'Bouwbedrijf De Vries'],
    [null, null, '15-01-2024', 'Advies', '1.000,00'],
    [null, null, '20-02-2024', 'Advies', '2.500,00'],
    ['Totaal 1001', null, null, null, '3.500,00'],
    [null, null, '01-03-2024', 'Zwerfregel', '10,00'],
    ['Omzet per debiteur'],
    ['Debiteur', 'Naam', 'Factuurdatum', 'Omschrijving', 'Bedrag'],
    ['Eindtotaal', null, null, null, '3.510,00'],
  ];
  const walk = (skipRows: number[] = []) => {
    const place = createRowWalker({
      headerRowNumber: 2,
      skipRows,
      layout,
      customerColumns: { customerCode: 0, customerName: 1 },
    });
    return rows.map((cells, i): [number, ReturnType<typeof place>] => {
      const row: SourceRow = { rowNumber: i + 1, cells };
      return [row.rowNumber, place(row)];
    });
  };

  it('carries the group customer down to its lines until a total ends the group', () => {
    const places = walk();
    const group = { code: '1001', name: 'Bouwbedrijf De Vries', kvkNumber: null, vatNumber: null };
    expect(places.filter(([, place]) => place.kind !== 'skip')).toEqual([
      [4, { kind: 'line', groupCustomer: group }],
      [5, { kind: 'line', groupCustomer: group }],
      [6, { kind: 'total', label: 'Totaal 1001', hasValue: true }],
      [7, { kind: 'line', groupCustomer: null }],
      [10, { kind: 'total', label: 'Eindtotaal', hasValue: true }],
    ]);
  });

  it('leaves out the rows the user names', () => {
    const places = walk([5, 7]);
    expect(places.filter(([, place]) => place.kind === 'line').map(([n]) => n)).toEqual([4]);
  });
});
