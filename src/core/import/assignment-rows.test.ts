import { describe, expect, it } from 'vitest';
import {
  assignmentMappingProblems,
  interpretAssignmentRows,
  interpretAssignmentRowsAsync,
  type AssignmentCandidate,
  type AssignmentReadOptions,
} from './assignment-rows.ts';
import type { Cell, SourceRow } from './cell.ts';
import { proposeAssignmentMapping } from './headers.ts';
import { findHeaderRow } from './layout.ts';
import { isRowProblem } from './revenue-rows.ts';

const numbered = (rows: Cell[][]): SourceRow[] =>
  rows.map((cells, i) => ({ rowNumber: i + 1, cells }));

function optionsFor(rows: Cell[][]): AssignmentReadOptions {
  const header = findHeaderRow(rows, 'assignments');
  return {
    mapping: proposeAssignmentMapping(rows[header] ?? []),
    headerRowNumber: header + 1,
    decimalSeparator: ',',
    dateOrder: 'dmy',
  };
}

const read = (rows: Cell[][]) => [...interpretAssignmentRows(numbered(rows), optionsFor(rows))];

describe('interpretAssignmentRows', () => {
  it('reads an assignments export', () => {
    const results = read([
      ['Opdrachten 2024'],
      [
        'Klantnummer',
        'Klant',
        'Opdracht',
        'Dienst',
        'Startdatum',
        'Einddatum',
        'Honorarium',
        'Uren',
        'Behandelaar',
      ],
      [
        '1001',
        'Bouwbedrijf De Vries',
        'Jaarrekening 2024',
        'Accountancy',
        '01-01-2025',
        '31-03-2025',
        '€ 4.500,00',
        '30',
        'J.Jansen@Kantoor.nl',
      ],
      ['1002', 'Jansen & Zonen', 'Advies herstructurering', null, '', '', '', '', 'Piet de Boer'],
    ]);
    expect(results).toEqual<AssignmentCandidate[]>([
      {
        rowNumber: 3,
        customer: { code: '1001', name: 'Bouwbedrijf De Vries', kvkNumber: null, vatNumber: null },
        title: 'Jaarrekening 2024',
        serviceLine: 'Accountancy',
        startDate: '2025-01-01',
        endDate: '2025-03-31',
        feeCents: 450000,
        hours: '30',
        professional: 'j.jansen@kantoor.nl',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
      {
        rowNumber: 4,
        customer: { code: '1002', name: 'Jansen & Zonen', kvkNumber: null, vatNumber: null },
        title: 'Advies herstructurering',
        serviceLine: null,
        startDate: null,
        endDate: null,
        feeCents: null,
        hours: null,
        professional: 'Piet de Boer',
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
  });

  it('carries a group customer down and leaves totals out', () => {
    const results = read([
      ['Klant', 'Opdracht', 'Fee'],
      ['Bouwbedrijf De Vries'],
      [null, 'Jaarrekening', '1.000,00'],
      [null, 'Aangifte', '500,00'],
      ['Totaal', null, '1.500,00'],
    ]);
    expect(results.map((item) => (isRowProblem(item) ? item.reason : item.customer.name))).toEqual([
      'Bouwbedrijf De Vries',
      'Bouwbedrijf De Vries',
      "this row is a total ('Totaal') and is not an assignment",
    ]);
    expect(results.filter(isRowProblem).map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'total.labelledNotAssignment', params: { label: "'Totaal'" } },
    ]);
    // a total is left out on purpose: counted as skipped, never as a refused row
    expect(results.filter(isRowProblem).map((problem) => problem.skipped)).toEqual([true]);
  });

  it('says what keeps a row out', () => {
    const results = read([
      ['Klant', 'Opdracht', 'Begin', 'Eind', 'Budget'],
      ['', '', '31-02-2025', '01-01-2025', '-5'],
      ['De Vries', 'Advies', '01-02-2025', '01-01-2025', 'veel'],
    ]);
    expect(results).toEqual([
      {
        rowNumber: 2,
        field: 'customer',
        code: 'customer.missing',
        params: {},
        reason: 'there is no customer: no code, KvK number or name',
      },
      {
        rowNumber: 2,
        field: 'title',
        code: 'assignment.noTitle',
        params: {},
        reason: 'the assignment has no title or service line',
      },
      {
        rowNumber: 2,
        field: 'startDate',
        code: 'date.notExisting',
        params: { cell: "'31-02-2025'" },
        reason: "'31-02-2025' is not an existing date",
      },
      {
        rowNumber: 2,
        field: 'fee',
        code: 'assignment.negativeFee',
        params: { cell: "'-5'" },
        reason: "'-5' is a negative fee",
      },
      {
        rowNumber: 3,
        field: 'endDate',
        code: 'assignment.endsBeforeStart',
        params: { end: '2025-01-01', start: '2025-02-01' },
        reason: 'the assignment ends (2025-01-01) before it starts (2025-02-01)',
      },
      {
        rowNumber: 3,
        field: 'fee',
        code: 'amount.notAnAmount',
        params: { cell: "'veel'" },
        reason: "'veel' is not an amount",
      },
    ]);
  });

  it('streams rows that arrive asynchronously', async () => {
    const rows: Cell[][] = [
      ['Klant', 'Opdracht'],
      ['A', 'X'],
      ['A', 'X'],
    ];
    async function* arriving() {
      yield* numbered(rows);
    }
    const results: unknown[] = [];
    for await (const item of interpretAssignmentRowsAsync(arriving(), optionsFor(rows)))
      results.push(item);
    const [first, second] = results as AssignmentCandidate[];
    expect(results).toHaveLength(2);
    expect(first?.fingerprint).not.toBe(second?.fingerprint);
  });
});

describe('assignmentMappingProblems', () => {
  it('asks for a title or service line', () => {
    expect(assignmentMappingProblems({ customerName: 0 })).toEqual([
      {
        code: 'columns.titleMissing',
        params: {},
        reason: "Choose the column with the assignment's title or its service line.",
      },
    ]);
    expect(assignmentMappingProblems({ customerName: 0, title: 1 })).toEqual([]);
  });
});
