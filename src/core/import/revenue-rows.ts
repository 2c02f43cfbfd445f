// Turning the rows of a revenue export into revenue line candidates, or into the problems that
// keep a row out. Rows stream through one at a time: a file of millions of rows is never held.
import { invalidField } from '../errors.ts';
import { parseAmount } from './amount.ts';
import { cellText, quoteCell, type Cell, type SourceRow } from './cell.ts';
import { customerKey } from './customer-match.ts';
import { createDateReader, type DateOrder } from './date.ts';
import { canonicalLine, createLineFingerprinter } from './fingerprint.ts';
import { columnProblems, type Mapping } from './headers.ts';
import { parseHours } from './hours.ts';
import { createRowWalker } from './layout.ts';
import { amountSource, readNetAmount, type AmountOptions } from './revenue-amount.ts';
import type { RevenueLineCandidate, RowProblem, SourceCustomer } from './revenue-line.ts';
import { because, reasonOf, type ProblemReason } from './problem-reason.ts';
import { readCustomer } from './source-customer.ts';

export type RevenueReadOptions = AmountOptions & {
  mapping: Mapping;
  /** The header row's number (1-based); rows above it are titles. 0 when there is no header. */
  headerRowNumber: number;
  dateOrder: DateOrder;
  /** Rows the user said to leave out, by number. */
  skipRows?: Iterable<number>;
  /** How many distinct lines to remember for numbering identical ones (memory stays bounded). */
  occurrenceMemory?: number;
};

export type RevenueRowResult = RevenueLineCandidate | RowProblem;

/** Whether an item an interpreter yields is a row problem rather than a candidate. */
export function isRowProblem(item: { rowNumber: number }): item is RowProblem {
  return 'reason' in item;
}

/** What is missing or wrong in a mapping before any row can be read. */
export function revenueMappingProblems(
  options: Pick<RevenueReadOptions, 'mapping' | 'amountIncludesVat'>,
): ProblemReason[] {
  const { mapping } = options;
  const problems = columnProblems(mapping);
  const source = amountSource(mapping, options.amountIncludesVat);
  if (!('kind' in source)) problems.push(source);
  if (mapping.invoiceDate === undefined) problems.push(because('columns.invoiceDateMissing'));
  return problems;
}

/**
 * Reads one row at a time into candidates and problems (none for titles, blanks, group rows and
 * footers; a problem for a total that carries an amount, since totals are never revenue). Keeps
 * only the current group's customer and a bounded occurrence counter between rows. Throws
 * invalid_input when the mapping cannot give lines.
 */
export function createRevenueRowReader(
  options: RevenueReadOptions,
): (row: SourceRow) => RevenueRowResult[] {
  const problems = revenueMappingProblems(options);
  const source = amountSource(options.mapping, options.amountIncludesVat);
  if (problems.length > 0 || !('kind' in source)) {
    throw invalidField('mapping', problems.map((problem) => problem.reason).join(' '));
  }
  const { mapping, dateOrder, decimalSeparator } = options;
  const defined = (...columns: (number | undefined)[]) =>
    columns.filter((column): column is number => column !== undefined);
  const readDate = createDateReader(dateOrder);
  const place = createRowWalker({
    headerRowNumber: options.headerRowNumber,
    skipRows: options.skipRows,
    customerColumns: mapping,
    layout: {
      dateColumn: mapping.invoiceDate,
      dateOrder,
      readDate,
      valueColumns: defined(
        mapping.amount,
        mapping.grossAmount,
        mapping.vatAmount,
        mapping.debit,
        mapping.credit,
        mapping.cost,
        mapping.margin,
        mapping.hours,
      ),
      customerColumns: defined(
        mapping.customerCode,
        mapping.customerName,
        mapping.kvkNumber,
        mapping.vatNumber,
      ),
      linesHaveDates: true,
    },
  });
  const fingerprint = createLineFingerprinter(options.occurrenceMemory);

  /** A date column that may be empty (an invoice not paid yet): null when it is. */
  const optionalDate = (cell: Cell) => (cellText(cell) === '' ? null : readDate(cell));

  const readLine = (
    rowNumber: number,
    cells: readonly Cell[],
    group: SourceCustomer | null,
  ): RevenueRowResult[] => {
    const found: RowProblem[] = [];
    const own = readCustomer(cells, mapping);
    const customer = own.ok ? (own.customer ?? group) : null;
    const problem = (field: string, why: ProblemReason) =>
      found.push({ rowNumber, field, ...reasonOf(why) });
    if (!own.ok) problem(own.field, own);
    else if (customer === null) problem('customer', because('customer.missing'));
    const date = readDate(cellAt(cells, mapping.invoiceDate));
    if (!date.ok) problem('invoiceDate', date);
    const amount = readNetAmount(cells, source, mapping.debitCredit, options);
    if (!amount.ok) problem(amount.field, amount);
    const hours = parseHours(cellAt(cells, mapping.hours), decimalSeparator);
    if (!hours.ok) problem('hours', hours);
    // A margin column gives the cost as amount − margin.
    const costField = mapping.cost !== undefined ? 'cost' : 'margin';
    const costCell = cellAt(cells, mapping.cost ?? mapping.margin);
    const cost = cellText(costCell) === '' ? null : parseAmount(costCell, decimalSeparator);
    if (cost?.ok === false) problem(costField, cost);
    const dueDate = optionalDate(cellAt(cells, mapping.dueDate));
    if (dueDate?.ok === false) problem('dueDate', dueDate);
    const paidDate = optionalDate(cellAt(cells, mapping.paidDate));
    if (paidDate?.ok === false) problem('paidDate', paidDate);
    if (
      customer === null ||
      !date.ok ||
      !amount.ok ||
      !hours.ok ||
      cost?.ok === false ||
      dueDate?.ok === false ||
      paidDate?.ok === false
    )
      return found;

    const invoiceNumber = oneLine(cells, mapping.invoiceNumber);
    const serviceLine = oneLine(cells, mapping.serviceLine);
    const canonical = canonicalLine([
      customerKey(customer),
      date.date,
      amount.cents,
      invoiceNumber,
      serviceLine,
      oneLine(cells, mapping.description),
    ]);
    const costCents =
      cost === null ? null : costField === 'cost' ? cost.cents : amount.cents - cost.cents;
    return [
      {
        rowNumber,
        customer,
        invoiceDate: date.date,
        amountCents: amount.cents,
        invoiceNumber,
        serviceLine,
        hours: hours.hours,
        costCents,
        ...(mapping.dueDate === undefined ? {} : { dueDate: dueDate?.date ?? null }),
        ...(mapping.paidDate === undefined ? {} : { paidDate: paidDate?.date ?? null }),
        fingerprint: fingerprint(canonical),
      },
    ];
  };

  return ({ rowNumber, cells }) => {
    const where = place({ rowNumber, cells });
    switch (where.kind) {
      case 'skip':
        return [];
      case 'total': {
        if (!where.hasValue) return [];
        const why =
          where.label === null
            ? because('total.notRevenue')
            : because('total.labelledNotRevenue', { label: quoteCell(where.label) });
        return [{ rowNumber, field: null, ...why, skipped: true }];
      }
      case 'line':
        return readLine(rowNumber, cells, where.groupCustomer);
    }
  };
}

function cellAt(cells: readonly Cell[], column: number | undefined): Cell {
  return column === undefined ? null : (cells[column] ?? null);
}

/** The cell as text on one line, null when empty. */
function oneLine(cells: readonly Cell[], column: number | undefined): string | null {
  const text = cellText(cellAt(cells, column));
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text) || null;
}

/** The candidates and problems of a table's rows, lazily, in row order. */
export function interpretRevenueRows(
  rows: Iterable<SourceRow>,
  options: RevenueReadOptions,
): Generator<RevenueRowResult> {
  const read = createRevenueRowReader(options);
  return (function* () {
    for (const row of rows) yield* read(row);
  })();
}

/** interpretRevenueRows for rows that arrive asynchronously, as table readers stream them. */
export function interpretRevenueRowsAsync(
  rows: AsyncIterable<SourceRow> | Iterable<SourceRow>,
  options: RevenueReadOptions,
): AsyncGenerator<RevenueRowResult> {
  const read = createRevenueRowReader(options);
  return (async function* () {
    for await (const row of rows) yield* read(row);
  })();
}
