// Turning the rows of an assignments (opdrachten) export into assignment candidates, or into the
// problems that keep a row out; rows stream through one at a time, as for revenue.
import { invalidField } from '../errors.ts';
import { parseAmount, type DecimalSeparator } from './amount.ts';
import { cellText, quoteCell, type Cell, type SourceRow } from './cell.ts';
import { customerKey } from './customer-match.ts';
import { parseDate, type DateOrder, type DateReading } from './date.ts';
import { canonicalLine, createLineFingerprinter } from './fingerprint.ts';
import { columnProblems, type AssignmentField, type Mapping } from './headers.ts';
import { parseHours } from './hours.ts';
import { createRowWalker } from './layout.ts';
import type { RowProblem, SourceCustomer } from './revenue-line.ts';
import { because, reasonOf, type ProblemReason } from './problem-reason.ts';
import { readCustomer } from './source-customer.ts';

/** One assignment read from a source, before it is matched to an organisation and written. */
export type AssignmentCandidate = {
  /** The file's row number (1-based), for messages. */
  rowNumber: number;
  customer: SourceCustomer;
  title: string | null;
  serviceLine: string | null;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
  /** The agreed fee or budget in integer cents, excluding VAT as exports of assignments give it. */
  feeCents: number | null;
  /** Budgeted hours as a decimal string with at most two decimals ("12.5"). */
  hours: string | null;
  /** The responsible professional as the source names them: a name, or an email in lower case. */
  professional: string | null;
  /** Identifies the assignment across imports; identical rows differ by their occurrence. */
  fingerprint: string;
};

export type AssignmentRowResult = AssignmentCandidate | RowProblem;

export type AssignmentReadOptions = {
  mapping: Mapping<AssignmentField>;
  /** The header row's number (1-based); rows above it are titles. 0 when there is no header. */
  headerRowNumber: number;
  decimalSeparator: DecimalSeparator | null;
  dateOrder: DateOrder;
  skipRows?: Iterable<number>;
  occurrenceMemory?: number;
};

/** What is missing or wrong in an assignments mapping. */
export function assignmentMappingProblems(mapping: Mapping<AssignmentField>): ProblemReason[] {
  const problems = columnProblems(mapping);
  if (mapping.title === undefined && mapping.serviceLine === undefined) {
    problems.push(because('columns.titleMissing'));
  }
  return problems;
}

/**
 * Reads one row at a time into assignment candidates and problems, like the revenue reader:
 * group rows name the customer of the rows below them, totals are never assignments.
 */
export function createAssignmentRowReader(
  options: AssignmentReadOptions,
): (row: SourceRow) => AssignmentRowResult[] {
  const { mapping, dateOrder, decimalSeparator } = options;
  const problems = assignmentMappingProblems(mapping);
  if (problems.length > 0) {
    throw invalidField('mapping', problems.map((problem) => problem.reason).join(' '));
  }
  const defined = (...columns: (number | undefined)[]) =>
    columns.filter((column): column is number => column !== undefined);
  const place = createRowWalker({
    headerRowNumber: options.headerRowNumber,
    skipRows: options.skipRows,
    customerColumns: mapping,
    layout: {
      dateColumn: mapping.startDate,
      dateOrder,
      valueColumns: defined(mapping.fee, mapping.hours),
      customerColumns: defined(
        mapping.customerCode,
        mapping.customerName,
        mapping.kvkNumber,
        mapping.vatNumber,
      ),
      linesHaveDates: false,
    },
  });
  const fingerprint = createLineFingerprinter(options.occurrenceMemory);

  const readAssignment = (
    rowNumber: number,
    cells: readonly Cell[],
    group: SourceCustomer | null,
  ) => {
    const found: RowProblem[] = [];
    const problem = (field: string, why: ProblemReason) =>
      found.push({ rowNumber, field, ...reasonOf(why) });
    const at = (column: number | undefined) =>
      column === undefined ? null : (cells[column] ?? null);
    const text = (column: number | undefined) => cellText(at(column)).replace(/\s+/g, ' ') || null;
    const optionalDate = (column: number | undefined): DateReading | null =>
      text(column) === null ? null : parseDate(at(column), dateOrder);

    const own = readCustomer(cells, mapping);
    const customer = own.ok ? (own.customer ?? group) : null;
    if (!own.ok) problem(own.field, own);
    else if (customer === null) problem('customer', because('customer.missing'));
    const title = text(mapping.title);
    const serviceLine = text(mapping.serviceLine);
    if (title === null && serviceLine === null) problem('title', because('assignment.noTitle'));
    const start = optionalDate(mapping.startDate);
    if (start?.ok === false) problem('startDate', start);
    const end = optionalDate(mapping.endDate);
    if (end?.ok === false) problem('endDate', end);
    if (start?.ok && end?.ok && end.date < start.date) {
      problem(
        'endDate',
        because('assignment.endsBeforeStart', { end: end.date, start: start.date }),
      );
    }
    const fee = text(mapping.fee) === null ? null : parseAmount(at(mapping.fee), decimalSeparator);
    if (fee?.ok === false) problem('fee', fee);
    if (fee?.ok && fee.cents < 0) {
      problem('fee', because('assignment.negativeFee', { cell: quoteCell(at(mapping.fee)) }));
    }
    const hours = parseHours(at(mapping.hours), decimalSeparator);
    if (!hours.ok) problem('hours', hours);
    if (found.length > 0 || customer === null || fee?.ok === false || !hours.ok) return found;

    const professional = text(mapping.professional);
    const assignment = {
      rowNumber,
      customer,
      title,
      serviceLine,
      startDate: start?.ok ? start.date : null,
      endDate: end?.ok ? end.date : null,
      feeCents: fee?.ok ? fee.cents : null,
      hours: hours.hours,
      professional: professional?.includes('@') ? professional.toLowerCase() : professional,
    };
    const canonical = canonicalLine([
      customerKey(customer),
      title,
      serviceLine,
      assignment.startDate,
      assignment.endDate,
      assignment.feeCents,
      assignment.professional,
    ]);
    return [{ ...assignment, fingerprint: fingerprint(canonical) }];
  };

  return ({ rowNumber, cells }): AssignmentRowResult[] => {
    const where = place({ rowNumber, cells });
    switch (where.kind) {
      case 'skip':
        return [];
      case 'total': {
        if (!where.hasValue) return [];
        const why =
          where.label === null
            ? because('total.notAssignment')
            : because('total.labelledNotAssignment', { label: quoteCell(where.label) });
        return [{ rowNumber, field: null, ...why, skipped: true }];
      }
      case 'line':
        return readAssignment(rowNumber, cells, where.groupCustomer);
    }
  };
}

/** The assignments and problems of a table's rows, lazily, in row order. */
export function interpretAssignmentRows(
  rows: Iterable<SourceRow>,
  options: AssignmentReadOptions,
): Generator<AssignmentRowResult> {
  const read = createAssignmentRowReader(options);
  return (function* () {
    for (const row of rows) yield* read(row);
  })();
}

/** interpretAssignmentRows for rows that arrive asynchronously, as table readers stream them. */
export function interpretAssignmentRowsAsync(
  rows: AsyncIterable<SourceRow> | Iterable<SourceRow>,
  options: AssignmentReadOptions,
): AsyncGenerator<AssignmentRowResult> {
  const read = createAssignmentRowReader(options);
  return (async function* () {
    for await (const row of rows) yield* read(row);
  })();
}
