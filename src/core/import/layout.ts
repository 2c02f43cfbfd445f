// Report-style exports: title rows above the header, a group row per customer with its lines
// below it, subtotals and totals, page headers repeated after page breaks, and a footer.
import { cellText, type Cell, type SourceRow } from './cell.ts';
import { parseDate, type DateOrder, type DateReading } from './date.ts';
import { headerKey, proposeAssignmentMapping, proposeMapping } from './headers.ts';
import type { SourceCustomer } from './revenue-line.ts';
import { groupRowCustomer, type CustomerColumns } from './source-customer.ts';

/** What a row below the header is; only data rows can become lines. */
export type RowKind = 'data' | 'blank' | 'header' | 'group' | 'total' | 'footer';

/** What classifyRow needs to know about the columns. */
export type RowLayout = {
  dateColumn: number | undefined;
  dateOrder: DateOrder;
  /** Reads the date column; parseDate in the date order unless given (to share a cache). */
  readDate?: (cell: Cell | undefined) => DateReading;
  /** Amount columns (and hours): what totals add up and lines carry. */
  valueColumns: readonly number[];
  customerColumns: readonly number[];
  /** Whether every line has a date, so that a label and an amount without one is a total. */
  linesHaveDates: boolean;
  /** The header row as headerKey() gives it, to recognise it when a page repeats it. */
  headerKeys?: readonly string[];
  /** Texts of the title rows above the header, as headerKey() gives them. */
  pageTexts?: ReadonlySet<string>;
};

const HEADER_SEARCH_ROWS = 50;
const TOTAL_WORDS =
  'sub ?totaal|subtotal|sub total|totaal|totalen|total|totals|eindtotaal|grand total|generaal totaal|totaal generaal|som|sum';
const TOTAL = new RegExp(`^(?:${TOTAL_WORDS})(?: |$)`);
const TOTAL_ONLY = new RegExp(`^(?:${TOTAL_WORDS})$`);
const FOOTER =
  /^(?:einde (?:van )?(?:het )?(?:rapport|overzicht|report)|end of (?:the )?report|pagina \d+|page \d+|afgedrukt op|printed on|print date|printdatum|datum afdruk|gegenereerd op|generated on|aangemaakt op|created on)(?: |$)/;

/**
 * The index of the header row among a table's first rows: the row that maps the most known
 * fields, at least a date or customer and an amount (for assignments: a customer and a title,
 * service line, start date or fee). -1 when no row does.
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  kind: 'revenue' | 'assignments' = 'revenue',
): number {
  let best = -1;
  let bestCount = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const has = (mapping: object, ...fields: string[]) => fields.some((field) => field in mapping);
    let enough: boolean;
    let count: number;
    if (kind === 'revenue') {
      const mapping = proposeMapping(cells);
      count = Object.keys(mapping).length;
      enough =
        has(mapping, 'invoiceDate', 'customerCode', 'customerName') &&
        has(mapping, 'amount', 'grossAmount', 'debit', 'credit');
    } else {
      const mapping = proposeAssignmentMapping(cells);
      count = Object.keys(mapping).length;
      enough =
        has(mapping, 'customerCode', 'customerName') &&
        has(mapping, 'title', 'serviceLine', 'startDate', 'fee');
    }
    if (enough && count > bestCount) [best, bestCount] = [index, count];
  });
  return best;
}

/**
 * What a row below the header is. Without a date, a row is a footer when a text says so
 * ("Pagina 2", "Einde rapport"), a total when a text starts with a total word and it carries an
 * amount, or when its only text stands beside amounts; a group when it has no amounts and names
 * only a customer (or has one text). A row with a date (1950–2099) is always data.
 */
export function classifyRow(cells: readonly Cell[], layout: RowLayout): RowKind {
  // a dated row is never blank: the common case needs no more than its date
  if (layout.dateColumn !== undefined) {
    const cell = cells[layout.dateColumn];
    if (isDated(layout.readDate ? layout.readDate(cell) : parseDate(cell, layout.dateOrder))) {
      return 'data';
    }
  }
  const texts = cells.map(cellText);
  const filled = texts.flatMap((text, column) => (text === '' ? [] : [column]));
  if (filled.length === 0) return 'blank';
  if (repeatsPageHeader(texts, filled, layout)) return 'header';
  const values = filled.filter((column) => layout.valueColumns.includes(column));
  const labels = filled
    .filter((column) => !layout.valueColumns.includes(column))
    .map((column) => ({ column, key: headerKey(texts[column]) }));
  if (labels.some(({ key }) => FOOTER.test(key))) return 'footer';
  const totalLabel = labels.some(
    ({ key }) => TOTAL.test(key) && (values.length > 0 || TOTAL_ONLY.test(key)),
  );
  // A lone label beside amounts, such as the customer's name on its subtotal; a text in the
  // date column is rather a line with a date that could not be read.
  const loneLabel =
    labels.length === 0 || (labels.length === 1 && labels[0]?.column !== layout.dateColumn);
  if (totalLabel || (layout.linesHaveDates && values.length > 0 && loneLabel)) {
    return 'total';
  }
  const onlyCustomer = labels.every(({ column }) => layout.customerColumns.includes(column));
  if (values.length === 0 && (onlyCustomer || labels.length === 1)) return 'group';
  return 'data';
}

/** A plausible date of business: a code such as 1001 in the date column reads as 1902. */
function isDated(reading: DateReading): boolean {
  return reading.ok && reading.date >= '1950' && reading.date < '2100';
}

function repeatsPageHeader(texts: readonly string[], filled: number[], layout: RowLayout) {
  const { headerKeys = [], pageTexts } = layout;
  const keys = filled.map((column) => headerKey(texts[column]));
  if (pageTexts && keys.every((key) => pageTexts.has(key))) return true;
  const matching = filled.filter((column, i) => keys[i] !== '' && keys[i] === headerKeys[column]);
  return matching.length >= 2 && matching.length * 2 >= filled.length;
}

export type RowWalkOptions = {
  /** The header row's number; rows above it are titles. 0 when the table has no header. */
  headerRowNumber: number;
  /** Rows the user said to leave out, by number. */
  skipRows?: Iterable<number>;
  layout: Omit<RowLayout, 'headerKeys' | 'pageTexts'>;
  customerColumns: CustomerColumns;
};

/** Where a row stands: left out, a total (never revenue), or a line with the group's customer. */
export type RowPlace =
  | { kind: 'skip' }
  | { kind: 'total'; label: string | null; hasValue: boolean }
  | { kind: 'line'; groupCustomer: SourceCustomer | null };

const SKIP: RowPlace = { kind: 'skip' };
const MAX_PAGE_TEXTS = 200;

/**
 * Walks the rows of a table in order, keeping only constant state: the header, the titles above
 * it and the customer of the current group, carried down to its lines until a total ends it.
 */
export function createRowWalker(options: RowWalkOptions): (row: SourceRow) => RowPlace {
  const skip = new Set(options.skipRows ?? []);
  const pageTexts = new Set<string>();
  const layout: RowLayout = { ...options.layout, headerKeys: [], pageTexts };
  let group: SourceCustomer | null = null;
  return ({ rowNumber, cells }) => {
    if (rowNumber < options.headerRowNumber) {
      for (const cell of cells) {
        const key = headerKey(cell);
        if (key !== '' && pageTexts.size < MAX_PAGE_TEXTS) pageTexts.add(key);
      }
      return SKIP;
    }
    if (rowNumber === options.headerRowNumber) layout.headerKeys = cells.map(headerKey);
    if (rowNumber <= options.headerRowNumber || skip.has(rowNumber)) return SKIP;
    const kind = classifyRow(cells, layout);
    switch (kind) {
      case 'blank':
      case 'header':
      case 'footer':
        return SKIP;
      case 'group':
        group = groupRowCustomer(cells, options.customerColumns);
        return SKIP;
      case 'total': {
        group = null;
        const hasValue = options.layout.valueColumns.some(
          (column) => cellText(cells[column]) !== '',
        );
        const label = cells
          .map(cellText)
          .find((text, column) => text !== '' && !options.layout.valueColumns.includes(column));
        return { kind: 'total', label: label ?? null, hasValue };
      }
      case 'data':
        return { kind: 'line', groupCustomer: group };
    }
  };
}
