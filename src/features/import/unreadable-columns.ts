// A table whose columns cannot be read as asked (no header row found, or a mapping that misses a
// column the import needs). The error carries what was read of the table's head, so that a
// check can show the columns and let the user say which one holds what.
import { DomainError } from '../../core/errors.ts';
import type { DecimalSeparator } from '../../core/import/amount.ts';
import type { DateOrder } from '../../core/import/date.ts';
import type { ProblemReason } from '../../core/import/problem-reason.ts';

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
