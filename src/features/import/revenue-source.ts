// A revenue file opened for import, whatever it is: an XML Auditfile Financieel needs no
// mapping; a CSV or XLSX export gets its header row found, its columns mapped (given, remembered
// for this source, or proposed from the headers) and its number and date styles detected.
import { open } from 'node:fs/promises';
import { detectDecimalSeparator } from '../../core/import/amount.ts';
import { detectDateOrder } from '../../core/import/date.ts';
import { proposeMapping, withProposedName, type Mapping } from '../../core/import/headers.ts';
import type { RevenueLineCandidate, RowProblem } from '../../core/import/revenue-line.ts';
import {
  interpretRevenueRowsAsync,
  revenueMappingProblems,
  type RevenueReadOptions,
} from '../../core/import/revenue-rows.ts';
import { readAuditfileOffThread } from './off-thread.ts';
import type { ReadBounds } from '../../kernel/read-bounds.ts';
import { mappingFromNames, readTableHead } from './table-head.ts';
import {
  columnsRefusal,
  UnreadableColumns,
  type MappingFrom,
  type TableOutline,
} from './unreadable-columns.ts';

export type ReadingChoices = Omit<RevenueReadOptions, 'skipRows' | 'occurrenceMemory'>;

export type RevenueSource = {
  format: 'csv' | 'xlsx' | 'xaf';
  items: AsyncIterable<RevenueLineCandidate | RowProblem>;
  /** The firm's name as the file gives it (an audit file's company), for a firm made on first use. */
  firmName: string | null;
  /** Closes the file when the items are not read to the end. */
  close: () => Promise<void>;
  /** Tables: the header row's cells, how the columns are read, and the key to remember that by. */
  table?: TableOutline & { choices: ReadingChoices };
};

export type SourceOverrides = {
  sheetName?: string;
  /** Field → column: a header's text or a 1-based column number. */
  mapping?: Record<string, string | number>;
  skipRows?: number[];
  remembered?: (sourceKey: string) => Promise<Partial<ReadingChoices> | undefined>;
  /** How far reading the file may go; the settings' bounds when not given. */
  bounds?: ReadBounds;
};

export async function openRevenueSource(
  path: string,
  overrides: SourceOverrides = {},
): Promise<RevenueSource> {
  if (await isAuditfile(path)) {
    const file = await readAuditfileOffThread(path, overrides.bounds);
    return {
      format: 'xaf',
      items: file.lines,
      firmName: file.header.companyName ?? null,
      close: async () => void (await file.lines.return?.()),
    };
  }
  const table = await readTableHead(path, {
    sheetName: overrides.sheetName,
    kind: 'revenue',
    mappingGiven: overrides.mapping !== undefined,
    bounds: overrides.bounds,
  });
  const { headers, sourceKey, column } = table;
  const remembered =
    overrides.remembered && sourceKey ? await overrides.remembered(sourceKey) : undefined;
  const mapping: Mapping = overrides.mapping
    ? mappingFromNames(overrides.mapping, headers)
    : remembered?.mapping
      ? withProposedName(remembered.mapping, proposeMapping(headers, column))
      : proposeMapping(headers, column);
  const mappingFrom: MappingFrom = overrides.mapping
    ? 'given'
    : remembered?.mapping
      ? 'remembered'
      : 'proposed';
  const amounts = [
    mapping.amount,
    mapping.grossAmount,
    mapping.debit,
    mapping.credit,
    mapping.cost,
  ].flatMap(column);
  const choices: ReadingChoices = {
    mapping,
    headerRowNumber: table.headerRowNumber,
    decimalSeparator: remembered?.decimalSeparator ?? detectDecimalSeparator(amounts),
    dateOrder: remembered?.dateOrder ?? detectDateOrder(column(mapping.invoiceDate)),
    ...(remembered?.amountIncludesVat !== undefined
      ? { amountIncludesVat: remembered.amountIncludesVat }
      : {}),
    ...(remembered?.debitCreditSide ? { debitCreditSide: remembered.debitCreditSide } : {}),
  };
  const outline = {
    headers,
    choices,
    sourceKey,
    mappingFrom,
    preview: table.preview,
    ...(table.sheetNames ? { sheetNames: table.sheetNames } : {}),
    ...(table.sheetName ? { sheetName: table.sheetName } : {}),
  };
  const problems = revenueMappingProblems(choices);
  if (problems.length > 0) {
    await table.close();
    throw new UnreadableColumns(
      { format: table.format, table: outline, problems },
      columnsRefusal('revenue', outline, problems),
    );
  }
  return {
    format: table.format,
    items: interpretRevenueRowsAsync(table.rows(), {
      ...choices,
      skipRows: overrides.skipRows ?? [],
    }),
    firmName: null,
    close: table.close,
    table: outline,
  };
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
