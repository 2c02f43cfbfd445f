// Revenue and assignment reports read the same way on the page: what was read, what the import
// writes (or wrote), what it leaves out and why, and which clients it found or makes.
import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client.ts';
import type { ExportTable } from '../export/table.ts';
import type { ImportKind } from './importFields.ts';

type RevenueReport = Schemas['RevenueImportResult']['report'];
type AssignmentReport = Schemas['AssignmentImportResult']['report'];
export type RowProblem = RevenueReport['problems'][number];

export type ImportSummary = {
  kind: ImportKind;
  written: boolean;
  rowsRead: number;
  /** Revenue lines or assignments read from the file. */
  itemsRead: number;
  /** Not there yet and with a known or new client: what the import writes, or wrote. */
  toWrite: number;
  alreadyPresent: number;
  /** Revenue only: lines imported before whose payment the file updates. */
  paymentsUpdated: number;
  /** Revenue only: the total of the lines to write. */
  revenueCents: number | null;
  rowsRefused: number;
  refused: RowProblem[];
  /** Totals rows, left out on purpose. */
  skipped: RowProblem[];
  rowsSkipped: number;
  customers: RevenueReport['customers'];
  professionalsUnknown: string[];
};

export function summariseReport(kind: 'revenue', report: RevenueReport): ImportSummary;
export function summariseReport(kind: 'assignments', report: AssignmentReport): ImportSummary;
export function summariseReport(
  kind: ImportKind,
  report: RevenueReport | AssignmentReport,
): ImportSummary {
  const common = {
    written: report.written,
    rowsRead: report.rowsRead,
    rowsRefused: report.rowsRefused,
    rowsSkipped: report.rowsSkipped,
    refused: report.problems.filter((problem) => !problem.skipped),
    skipped: report.problems.filter((problem) => problem.skipped),
    customers: report.customers,
  };
  if ('linesRead' in report) {
    return {
      ...common,
      kind,
      itemsRead: report.linesRead,
      toWrite: report.written ? report.linesWritten : report.linesToWrite,
      alreadyPresent: report.linesAlreadyPresent,
      paymentsUpdated: report.paymentsUpdated,
      revenueCents: report.written ? report.revenueWrittenCents : report.revenueToWriteCents,
      professionalsUnknown: [],
    };
  }
  return {
    ...common,
    kind,
    itemsRead: report.assignmentsRead,
    toWrite: report.written ? report.assignmentsWritten : report.assignmentsToWrite,
    alreadyPresent: report.assignmentsAlreadyPresent,
    paymentsUpdated: 0,
    revenueCents: null,
    professionalsUnknown: report.professionalsUnknown,
  };
}

/** Whether confirming would write nothing because the user chose all or nothing. */
export function blockedByRefusedRows(summary: ImportSummary, importGoodRows: boolean): boolean {
  return summary.rowsRefused > 0 && !importGoodRows;
}

/** The refused rows as a file for the user to correct the export with, in the user's words. */
export function refusedRowsTable(
  refused: readonly RowProblem[],
  {
    t,
    fieldLabel,
    reasonText,
  }: {
    t: TFunction;
    fieldLabel: (field: string) => string;
    reasonText: (problem: RowProblem) => string;
  },
): ExportTable {
  return {
    name: t('imports.refused.title'),
    columns: [
      { header: t('imports.refused.row'), kind: 'integer' },
      { header: t('imports.refused.field'), kind: 'text' },
      { header: t('imports.refused.reason'), kind: 'text' },
    ],
    rows: refused.map((problem) => [
      problem.rowNumber,
      problem.field ? fieldLabel(problem.field) : null,
      reasonText(problem),
    ]),
  };
}
