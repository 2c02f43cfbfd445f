// A table whose columns cannot be read as asked (no header row found, or a mapping that misses a
// column the import needs). The error carries what was read of the table's head, so that a
// check can show the columns and let the user say which one holds what.
import { DomainError } from '../../core/errors.ts';
import type { DecimalSeparator } from '../../core/import/amount.ts';
import type { DateOrder } from '../../core/import/date.ts';
import { because, type ProblemReason, type ReasonCode } from '../../core/import/problem-reason.ts';

export type MappingFrom = 'given' | 'remembered' | 'proposed';

/** A table's head as a user sees it: its columns, how they are read, and its first rows. */
export type TableOutline = {
  headers: string[];
  sourceKey: string;
  mappingFrom: MappingFrom;
  choices: {
    mapping: Record<string, number>;
    headerRowNumber: number;
    decimalSeparator: DecimalSeparator | null;
    dateOrder: DateOrder;
  };
  preview: { rowNumber: number; cells: string[] }[];
  /** XLSX: the workbook's sheets, and the one read. */
  sheetNames?: string[];
  sheetName?: string;
};

/** The error says the first problem in the user's language; a check shows them all. */
export class UnreadableColumns extends DomainError {
  readonly format: 'csv' | 'xlsx';
  readonly table: TableOutline;
  readonly problems: ProblemReason[];

  constructor(
    found: { format: 'csv' | 'xlsx'; table: TableOutline; problems: ProblemReason[] },
    message: string,
  ) {
    const [first] = found.problems;
    super('invalid_input', message, undefined, first && { code: first.code, params: first.params });
    this.format = found.format;
    this.table = found.table;
    this.problems = found.problems;
  }
}

// The field each reason about a missing column asks for.
const missingField: Partial<Record<ReasonCode, string>> = {
  'columns.invoiceDateMissing': 'invoiceDate',
  'columns.amountMissing': 'amount',
  'columns.vatMissing': 'vatAmount',
  'columns.titleMissing': 'title',
  'columns.customerMissing': 'customerName',
  'columns.customerNameMissing': 'customerName',
};

/**
 * The refusal's words for the command line: the reasons, then the --mapping to give, written
 * out with the columns as read and the missing fields to fill in (a given mapping replaces the
 * proposed one, so it names them all).
 */
export function columnsRefusal(
  what: 'revenue' | 'assignments',
  table: TableOutline,
  problems: readonly ProblemReason[],
): string {
  const reasons = problems.map((problem) => problem.reason).join(' ');
  const named: Record<string, string | number> = {};
  const byColumn = Object.entries(table.choices.mapping).sort((a, b) => a[1] - b[1]);
  for (const [field, column] of byColumn) {
    named[field] = table.headers[column] || column + 1;
  }
  const missing = problems.flatMap((problem) => missingField[problem.code] ?? []);
  for (const field of missing) named[field] = '<column>';
  const hint = missing.length > 0 ? ` Give --mapping '${JSON.stringify(named)}'.` : '';
  return `The columns cannot be read as ${what}: ${reasons}${hint}`;
}

/** The columns refused because new clients would have no name, as a check shows it. */
export function namelessClientsRefusal(
  what: 'revenue' | 'assignments',
  format: 'csv' | 'xlsx',
  table: TableOutline,
  nameless: { count: number; example: string },
): UnreadableColumns {
  const problems = [
    because('columns.customerNameMissing', { count: nameless.count, code: nameless.example }),
  ];
  return new UnreadableColumns({ format, table, problems }, columnsRefusal(what, table, problems));
}
