import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  blockedByRefusedRows,
  refusedRowsTable,
  summariseReport,
  type RowProblem,
} from './importReport.ts';

const customers = {
  matched: { byCode: 1, byKvk: 0, byName: 2 },
  created: [],
  createdCount: 1,
  unknown: [],
  unknownLines: 0,
};
const problems: RowProblem[] = [
  {
    rowNumber: 4,
    field: 'invoiceDate',
    code: 'date.notExisting',
    params: { cell: "'31-02-2024'" },
    reason: "'31-02-2024' is not an existing date",
  },
  {
    rowNumber: 9,
    field: null,
    code: 'total.notRevenue',
    params: {},
    reason: 'this row is a total and is not revenue',
    skipped: true,
  },
];

describe('summarising a report', () => {
  it('reads a check of revenue: what it would write, with the totals rows apart', () => {
    const summary = summariseReport('revenue', {
      importId: null,
      written: false,
      rowsRead: 9,
      linesRead: 6,
      linesWritten: 0,
      linesAlreadyPresent: 2,
      linesToWrite: 4,
      rowsRefused: 1,
      rowsSkipped: 1,
      revenueWrittenCents: 0,
      revenueToWriteCents: 123_450,
      paymentsUpdated: 3,
      problems,
      customers,
    });
    expect(summary).toMatchObject({
      itemsRead: 6,
      toWrite: 4,
      alreadyPresent: 2,
      revenueCents: 123_450,
      paymentsUpdated: 3,
      refused: [problems[0]],
      skipped: [problems[1]],
    });
    expect(blockedByRefusedRows(summary, false)).toBe(true);
    expect(blockedByRefusedRows(summary, true)).toBe(false);
  });

  it('reads a done import of assignments: what it wrote', () => {
    const summary = summariseReport('assignments', {
      importId: '00000000-0000-4000-8000-000000000000',
      written: true,
      rowsRead: 3,
      assignmentsRead: 3,
      assignmentsWritten: 2,
      assignmentsAlreadyPresent: 1,
      assignmentsToWrite: 2,
      rowsRefused: 0,
      rowsSkipped: 0,
      professionalsUnknown: ['iemand'],
      problems: [],
      customers,
    });
    expect(summary).toMatchObject({
      written: true,
      toWrite: 2,
      alreadyPresent: 1,
      revenueCents: null,
      professionalsUnknown: ['iemand'],
    });
  });
});

describe('the refused rows as a file', () => {
  it('has the row number, and the field and the reason in the user’s words', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const table = refusedRowsTable([problems[0]!], {
      t,
      fieldLabel: (f) => `[${f}]`,
      reasonText: (problem) => `<${problem.code}>`,
    });
    expect(table.columns.map((column) => column.kind)).toEqual(['integer', 'text', 'text']);
    expect(table.rows).toEqual([[4, '[invoiceDate]', '<date.notExisting>']]);
  });
});
