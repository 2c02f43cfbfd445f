import { describe, expect, it } from 'vitest';
import type { Cell, SourceRow } from './cell.ts';
import { proposeMapping } from './headers.ts';
import { findHeaderRow } from './layout.ts';
import type { ProblemReason } from './problem-reason.ts';
import type { RevenueLineCandidate, RowProblem } from './revenue-line.ts';
import {
  createRevenueRowReader,
  interpretRevenueRows,
  isRowProblem,
  revenueMappingProblems,
  type RevenueReadOptions,
} from './revenue-rows.ts';

const numbered = (rows: Cell[][]): SourceRow[] =>
  rows.map((cells, i) => ({ rowNumber: i + 1, cells }));

/** Reads a table the way an import does: find the header, propose the mapping, interpret. */
function read(rows: Cell[][], options: Partial<RevenueReadOptions> = {}) {
  const header = findHeaderRow(rows);
  const results = [
    ...interpretRevenueRows(numbered(rows), {
      mapping: proposeMapping(rows[header] ?? []),
      headerRowNumber: header + 1,
      decimalSeparator: ',',
      dateOrder: 'dmy',
      ...options,
    }),
  ];
  const lines = results.filter((item): item is RevenueLineCandidate => !isRowProblem(item));
  const problems = results.filter(isRowProblem);
  return { lines, problems, sum: lines.reduce((total, line) => total + line.amountCents, 0) };
}

describe('interpretRevenueRows', () => {
  it('reads a plain export, credit notes negative', () => {
    const { lines, problems } = read([
      [
        'Debiteur',
        'Naam',
        'KvK',
        'Factuurdatum',
        'Factuurnr',
        'Dienst',
        'Uren',
        'Bedrag excl. btw',
        'Marge',
      ],
      [
        '1001',
        'Bouwbedrijf De Vries B.V.',
        '12345678',
        '15-01-2024',
        'F24-001',
        'Advies',
        '7,5',
        '1.000,00',
        '400,00',
      ],
      [
        '1001',
        'Bouwbedrijf De Vries B.V.',
        '12345678',
        '20-02-2024',
        'C24-001',
        'Advies',
        '',
        '-250,00',
        '',
      ],
    ]);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        rowNumber: 2,
        customer: {
          code: '1001',
          name: 'Bouwbedrijf De Vries B.V.',
          kvkNumber: '12345678',
          vatNumber: null,
        },
        invoiceDate: '2024-01-15',
        amountCents: 100000,
        invoiceNumber: 'F24-001',
        serviceLine: 'Advies',
        hours: '7.5',
        costCents: 60000,
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
      expect.objectContaining({ rowNumber: 3, amountCents: -25000, hours: null, costCents: null }),
    ]);
  });

  it('reads a report: titles, group rows carried down, subtotals and a grand total left out', () => {
    const { lines, problems, sum } = read([
      ['Omzet per debiteur'],
      ['Periode 2024'],
      [],
      ['Debiteur', 'Naam', 'Factuurdatum', 'Omschrijving', 'Bedrag'],
      ['1001', 'Bouwbedrijf De Vries'],
      [null, null, '15-01-2024', 'Advies', '1.000,00'],
      [null, null, '20-02-2024', 'Advies', '2.500,00'],
      ['Totaal 1001', null, null, null, '3.500,00'],
      ['1002', 'Jansen & Zonen'],
      [null, null, '03-03-2024', 'Jaarrekening', '1.250,50'],
      [null, 'Jansen & Zonen', null, null, '1.250,50'],
      ['Pagina 1 van 2'],
      ['Omzet per debiteur'],
      ['Debiteur', 'Naam', 'Factuurdatum', 'Omschrijving', 'Bedrag'],
      ['1003 - Bakkerij Het Zoete Broodje'],
      [null, null, '04-04-2024', 'Loonadministratie', '-100,00'],
      ['Eindtotaal', null, null, null, '4.650,50'],
      ['Afgedrukt op 12-01-2025'],
      ['Einde rapport'],
    ]);
    expect(sum).toBe(465050);
    expect(lines.map((line) => [line.rowNumber, line.customer.code, line.customer.name])).toEqual([
      [6, '1001', 'Bouwbedrijf De Vries'],
      [7, '1001', 'Bouwbedrijf De Vries'],
      [10, '1002', 'Jansen & Zonen'],
      [16, '1003', 'Bakkerij Het Zoete Broodje'],
    ]);
    expect(problems).toEqual([
      {
        rowNumber: 8,
        field: null,
        code: 'total.labelledNotRevenue',
        params: { label: "'Totaal 1001'" },
        reason: "this row is a total ('Totaal 1001') and is not revenue",
        skipped: true,
      },
      {
        rowNumber: 11,
        field: null,
        code: 'total.labelledNotRevenue',
        params: { label: "'Jansen & Zonen'" },
        reason: "this row is a total ('Jansen & Zonen') and is not revenue",
        skipped: true,
      },
      {
        rowNumber: 17,
        field: null,
        code: 'total.labelledNotRevenue',
        params: { label: "'Eindtotaal'" },
        reason: "this row is a total ('Eindtotaal') and is not revenue",
        skipped: true,
      },
    ]);
  });

  it('reads unsigned amounts with a D/C column, credit as revenue', () => {
    const { lines } = read([
      ['Klant', 'Datum', 'Bedrag', 'D/C'],
      ['De Vries', '01-01-2024', '100,00', 'C'],
      ['De Vries', '02-01-2024', '40,00', 'D'],
    ]);
    expect(lines.map((line) => line.amountCents)).toEqual([10000, -4000]);
  });

  it('reads separate debit and credit columns as credit minus debit', () => {
    const { lines } = read([
      ['Klant', 'Datum', 'Debet', 'Credit'],
      ['De Vries', '01-01-2024', '', '100,00'],
      ['De Vries', '02-01-2024', '40,00', ''],
    ]);
    expect(lines.map((line) => line.amountCents)).toEqual([10000, -4000]);
  });

  it('takes the net amount out of gross amounts with a VAT rate or a VAT amount', () => {
    const byRate = read([
      ['Klant', 'Datum', 'Bedrag incl. btw', 'BTW %'],
      ['De Vries', '01-01-2024', '121,00', '21%'],
      ['De Vries', '02-01-2024', '109,00', '9'],
      ['De Vries', '03-01-2024', '-60,50', '21'],
    ]);
    expect(byRate.lines.map((line) => line.amountCents)).toEqual([10000, 10000, -5000]);
    const byAmount = read([
      ['Klant', 'Datum', 'Totaal', 'BTW'],
      ['De Vries', '01-01-2024', '121,00', '21,00'],
    ]);
    expect(byAmount.lines.map((line) => line.amountCents)).toEqual([10000]);
    const saidGross = read(
      [
        ['Klant', 'Datum', 'Bedrag', 'BTW'],
        ['De Vries', '01-01-2024', '121,00', '21,00'],
      ],
      {
        amountIncludesVat: true,
      },
    );
    expect(saidGross.lines.map((line) => line.amountCents)).toEqual([10000]);
  });

  it('reads XLSX cells: Date objects, serial numbers and numeric amounts', () => {
    const { lines } = read([
      ['Debiteur', 'Factuurdatum', 'Bedrag'],
      [1001, new Date(Date.UTC(2024, 11, 31)), 1234.56],
      [1001, 45657, -0.5],
    ]);
    expect(lines.map((line) => [line.customer.code, line.invoiceDate, line.amountCents])).toEqual([
      ['1001', '2024-12-31', 123456],
      ['1001', '2024-12-31', -50],
    ]);
  });

  it('says for every field what keeps a row out, with the row number a spreadsheet shows', () => {
    const { lines, problems } = read([
      ['Titel'],
      ['Debiteur', 'KvK', 'Datum', 'Bedrag', 'Uren'],
      ['', '', '31-02-2024', '12abc', 'veel'],
      ['1001', '123', '01-01-2024', '10', ''],
      ['1001', '', '', '', ''],
    ]);
    expect(lines).toEqual([]);
    expect(problems).toEqual<RowProblem[]>([
      {
        rowNumber: 3,
        field: 'customer',
        code: 'customer.missing',
        params: {},
        reason: 'there is no customer: no code, KvK number or name',
      },
      {
        rowNumber: 3,
        field: 'invoiceDate',
        code: 'date.notExisting',
        params: { cell: "'31-02-2024'" },
        reason: "'31-02-2024' is not an existing date",
      },
      {
        rowNumber: 3,
        field: 'amount',
        code: 'amount.notAnAmount',
        params: { cell: "'12abc'" },
        reason: "'12abc' is not an amount",
      },
      {
        rowNumber: 3,
        field: 'hours',
        code: 'hours.notHours',
        params: { cell: "'veel'" },
        reason: "'veel' is not a number of hours",
      },
      {
        rowNumber: 4,
        field: 'kvkNumber',
        code: 'customer.notAKvkNumber',
        params: { cell: "'123'" },
        reason: "'123' is not a KvK number (8 digits)",
      },
    ]);
  });

  it('leaves out the rows the user names', () => {
    const rows: Cell[][] = [
      ['Klant', 'Datum', 'Bedrag'],
      ['A', '01-01-2024', '1'],
      ['B', '01-01-2024', '2'],
    ];
    expect(read(rows, { skipRows: [2] }).lines.map((line) => line.customer.name)).toEqual(['B']);
  });

  it('gives identical lines their own fingerprints, the same on every reading', () => {
    const rows: Cell[][] = [
      ['Klant', 'Datum', 'Bedrag', 'Factuurnr'],
      ['A', '01-01-2024', '100,00', 'F1'],
      ['A', '01-01-2024', '100,00', 'F1'],
      ['A', '01-01-2024', '100,00', 'F2'],
    ];
    const first = read(rows).lines.map((line) => line.fingerprint);
    expect(new Set(first).size).toBe(3);
    expect(read(rows).lines.map((line) => line.fingerprint)).toEqual(first);
    // The same lines in an XLSX (typed cells) or with other spacing are the same lines.
    const typed = read([
      ['Klant', 'Datum', 'Bedrag', 'Factuurnr'],
      ['A ', new Date(Date.UTC(2024, 0, 1)), 100, 'F1'],
    ]);
    expect(typed.lines[0]?.fingerprint).toBe(first[0]);
  });

  it('streams: rows are read only as the lines are asked for', () => {
    let produced = 0;
    function* endless(): Generator<SourceRow> {
      yield { rowNumber: 1, cells: ['Klant', 'Datum', 'Bedrag'] };
      for (let rowNumber = 2; ; rowNumber += 1) {
        produced += 1;
        yield { rowNumber, cells: [`Klant ${rowNumber % 7}`, '01-01-2024', String(rowNumber)] };
      }
    }
    const lines = interpretRevenueRows(endless(), {
      mapping: { customerName: 0, invoiceDate: 1, amount: 2 },
      headerRowNumber: 1,
      decimalSeparator: ',',
      dateOrder: 'dmy',
    });
    const firstThree = [lines.next().value, lines.next().value, lines.next().value];
    expect(firstThree.map((line) => line?.rowNumber)).toEqual([2, 3, 4]);
    expect(produced).toBe(3);
  });
});

describe('revenueMappingProblems and createRevenueRowReader', () => {
  it('say what the mapping lacks', () => {
    const reasons = (problems: ProblemReason[]) => problems.map((problem) => problem.reason);
    const missing = revenueMappingProblems({ mapping: { customerName: 0 } });
    expect(reasons(missing)).toEqual([
      'Choose the column with the amount, or the debit and credit columns.',
      'Choose the column with the invoice date.',
    ]);
    expect(missing.map((problem) => problem.code)).toEqual([
      'columns.amountMissing',
      'columns.invoiceDateMissing',
    ]);
    const twice = revenueMappingProblems({ mapping: { invoiceDate: 1, amount: 1 } });
    expect(reasons(twice)).toEqual(['Column 2 is chosen for both invoiceDate and amount.']);
    expect(twice[0]).toMatchObject({
      code: 'columns.chosenTwice',
      params: { column: 2, other: 'invoiceDate', field: 'amount' },
    });
  });

  it('refuses to read with a mapping that cannot give lines', () => {
    const options: RevenueReadOptions = {
      mapping: { customerName: 0 },
      headerRowNumber: 1,
      decimalSeparator: ',',
      dateOrder: 'dmy',
    };
    expect(() => createRevenueRowReader(options)).toThrow(/Choose the column with the amount/);
    expect(() => interpretRevenueRows([], options)).toThrow(/invoice date/);
  });
});
