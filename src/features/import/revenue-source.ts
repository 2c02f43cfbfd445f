// A revenue file opened for import, whatever it is: an XML Auditfile Financieel needs no
// mapping; a CSV or XLSX export gets its header row found, its columns mapped (given, remembered
// for this source, or proposed from the headers) and its number and date styles detected.
import { open } from 'node:fs/promises';
import { DomainError } from '../../core/errors.ts';
import { detectDecimalSeparator } from '../../core/import/amount.ts';
import { cellText, type SourceRow } from '../../core/import/cell.ts';
import { detectDateOrder } from '../../core/import/date.ts';
import { headerKey, proposeMapping, type Mapping } from '../../core/import/headers.ts';
import { findHeaderRow } from '../../core/import/layout.ts';
import type { RevenueLineCandidate, RowProblem } from '../../core/import/revenue-line.ts';
import {
  interpretRevenueRowsAsync,
  revenueMappingProblems,
  type RevenueReadOptions,
} from '../../core/import/revenue-rows.ts';
import { openTable } from './read-table.ts';
import { readAuditfile } from './xaf/read-auditfile.ts';

export type ReadingChoices = Omit<RevenueReadOptions, 'skipRows' | 'occurrenceMemory'>;

export type RevenueSource = {
  format: 'csv' | 'xlsx' | 'xaf';
  items: AsyncIterable<RevenueLineCandidate | RowProblem>;
  /** The firm's name as the file gives it (an audit file's company), for a firm made on first use. */
  firmName: string | null;
  /** Closes the file when the items are not read to the end. */
  close: () => Promise<void>;
  /** Tables: the header row's cells, how the columns are read, and the key to remember that by. */
  table?: {
    headers: string[];
    choices: ReadingChoices;
    sourceKey: string;
    mappingFrom: MappingFrom;
    /** The first rows below the header as text, for a preview. */
    preview: { rowNumber: number; cells: string[] }[];
  };
};

export type MappingFrom = 'given' | 'remembered' | 'proposed';

export type SourceOverrides = {
  sheetName?: string;
  /** Field → column: a header's text or a 1-based column number. */
  mapping?: Record<string, string | number>;
  skipRows?: number[];
  remembered?: (sourceKey: string) => Promise<Partial<ReadingChoices> | undefined>;
};

const sampleRows = 200;

export async function openRevenueSource(
  path: string,
  overrides: SourceOverrides = {},
): Promise<RevenueSource> {
  if (await isAuditfile(path)) {
    const file = await readAuditfile(path);
    return {
      format: 'xaf',
      items: file.lines,
      firmName: file.header.companyName ?? null,
      close: async () => void (await file.lines.return?.()),
    };
  }
  const table = await openTable(
    path,
    overrides.sheetName ? { sheetName: overrides.sheetName } : {},
  );
  const rows = table.rows[Symbol.asyncIterator]();
  const head: SourceRow[] = [];
  while (head.length < sampleRows) {
    const next = await rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  const headerIndex = findHeaderRow(head.map((row) => row.cells));
  if (headerIndex < 0 && !overrides.mapping) {
    throw new DomainError(
      'invalid_input',
      'No header row with a customer or date and an amount was found in the first rows; ' +
        'say which columns hold what with --mapping',
    );
  }
  const headerRow = head[Math.max(headerIndex, 0)]!;
  const headers = headerIndex < 0 ? [] : headerRow.cells.map(cellText);
  const sourceKey = headers.map(headerKey).join('|');
  const remembered =
    overrides.remembered && sourceKey ? await overrides.remembered(sourceKey) : undefined;
  const mapping = overrides.mapping
    ? mappingFromNames(overrides.mapping, headers)
    : (remembered?.mapping ?? proposeMapping(headers));
  const mappingFrom: MappingFrom = overrides.mapping
    ? 'given'
    : remembered?.mapping
      ? 'remembered'
      : 'proposed';
  const below = head.slice(headerIndex + 1);
  const column = (index: number | undefined) =>
    index === undefined ? [] : below.map((row) => row.cells[index] ?? null);
  const amounts = [
    mapping.amount,
    mapping.grossAmount,
    mapping.debit,
    mapping.credit,
    mapping.cost,
  ].flatMap(column);
  const choices: ReadingChoices = {
    mapping,
    headerRowNumber: headerIndex < 0 ? 0 : headerRow.rowNumber,
    decimalSeparator: remembered?.decimalSeparator ?? detectDecimalSeparator(amounts),
    dateOrder: remembered?.dateOrder ?? detectDateOrder(column(mapping.invoiceDate)),
    ...(remembered?.amountIncludesVat !== undefined
      ? { amountIncludesVat: remembered.amountIncludesVat }
      : {}),
    ...(remembered?.debitCreditSide ? { debitCreditSide: remembered.debitCreditSide } : {}),
  };
  const problems = revenueMappingProblems(choices);
  if (problems.length > 0) {
    throw new DomainError(
      'invalid_input',
      `The columns cannot be read as revenue: ${problems.join(' ')}`,
    );
  }
  async function* all(): AsyncGenerator<SourceRow> {
    yield* head;
    for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
  }
  return {
    format: table.format,
    items: interpretRevenueRowsAsync(all(), { ...choices, skipRows: overrides.skipRows ?? [] }),
    firmName: null,
    close: async () => void (await rows.return?.()),
    table: {
      headers,
      choices,
      sourceKey,
      mappingFrom,
      preview: below.slice(0, 20).map((row) => ({
        rowNumber: row.rowNumber,
        cells: row.cells.map((cell) => cellText(cell).slice(0, 200)),
      })),
    },
  };
}

/** A mapping given as field → header text or 1-based column number, as column indexes. */
function mappingFromNames(given: Record<string, string | number>, headers: string[]): Mapping {
  const mapping: Record<string, number> = {};
  for (const [field, column] of Object.entries(given)) {
    const asNumber =
      typeof column === 'number' ? column : /^\d+$/.test(column.trim()) ? Number(column) : NaN;
    const index = Number.isInteger(asNumber)
      ? asNumber - 1
      : headers.findIndex((header) => headerKey(header) === headerKey(column));
    if (index < 0) {
      throw new DomainError('invalid_input', `--mapping: no column "${column}" for ${field}`);
    }
    mapping[field] = index;
  }
  return mapping as Mapping;
}

/** An audit file is XML; a table is never. */
async function isAuditfile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('latin1').replace(/\0/g, '');
    // any XML goes to the audit file reader, which says so when it is another kind of XML
    return /^(\uFEFF|ï»¿|þÿ|ÿþ)?\s*<[?!a-zA-Z]/.test(text);
  } finally {
    await handle.close();
  }
}
