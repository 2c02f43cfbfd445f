// The first rows of an export, read ahead to find its header and sample its columns; the rows
// then stream on from the start, the sampled ones included.
import { cellText, type Cell, type SourceRow } from '../../core/import/cell.ts';
import { headerKey } from '../../core/import/headers.ts';
import { findHeaderRow } from '../../core/import/layout.ts';
import { because } from '../../core/import/problem-reason.ts';
import { importRefusal } from './import-refusal.ts';
import { openTableOffThread } from './off-thread.ts';
import type { ReadBounds } from '../../kernel/read-bounds.ts';
import { UnreadableColumns } from './unreadable-columns.ts';

const sampleRows = 200;

export type TableHead = {
  format: 'csv' | 'xlsx';
  /** The header row's cells as text; empty when none was found and a mapping was given. */
  headers: string[];
  headerRowNumber: number;
  /** The key a mapping is remembered by: the header row's cells as compared. */
  sourceKey: string;
  /** The sampled rows below the header. */
  below: SourceRow[];
  column: (index: number | undefined) => Cell[];
  rows: () => AsyncGenerator<SourceRow>;
  close: () => Promise<void>;
  preview: { rowNumber: number; cells: string[] }[];
  /** XLSX: the workbook's sheets, and the one read. */
  sheetNames?: string[];
  sheetName?: string;
};

const previewRows = 20;
const previewOf = (rows: SourceRow[]) =>
  rows.slice(0, previewRows).map((row) => ({
    rowNumber: row.rowNumber,
    cells: row.cells.map((cell) => cellText(cell).slice(0, 200)),
  }));

export async function readTableHead(
  path: string,
  options: {
    sheetName?: string | undefined;
    kind: 'revenue' | 'assignments';
    mappingGiven: boolean;
    bounds?: ReadBounds | undefined;
  },
): Promise<TableHead> {
  const table = await openTableOffThread(path, options);
  const rows = table.rows[Symbol.asyncIterator]();
  const head: SourceRow[] = [];
  while (head.length < sampleRows) {
    const next = await rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  const headerIndex = findHeaderRow(
    head.map((row) => row.cells),
    options.kind,
  );
  const sheets = table.sheetNames
    ? { sheetNames: table.sheetNames, ...(table.sheetName ? { sheetName: table.sheetName } : {}) }
    : {};
  if (headerIndex < 0 && !options.mappingGiven) {
    await rows.return?.();
    const problem = because(
      options.kind === 'revenue' ? 'columns.noRevenueHeader' : 'columns.noAssignmentHeader',
    );
    throw new UnreadableColumns(
      {
        format: table.format,
        table: {
          headers: [],
          sourceKey: '',
          mappingFrom: 'proposed',
          choices: { mapping: {}, headerRowNumber: 0, decimalSeparator: null, dateOrder: 'dmy' },
          preview: previewOf(head),
          ...sheets,
        },
        problems: [problem],
      },
      `${problem.reason.replace(/\.$/, '')}; say which columns hold what with --mapping`,
    );
  }
  const headerRow = head[Math.max(headerIndex, 0)];
  const headers = headerIndex < 0 || !headerRow ? [] : headerRow.cells.map(cellText);
  const below = head.slice(headerIndex + 1);
  return {
    format: table.format,
    headers,
    headerRowNumber: headerIndex < 0 || !headerRow ? 0 : headerRow.rowNumber,
    sourceKey: headers.map(headerKey).join('|'),
    below,
    column: (index) => (index === undefined ? [] : below.map((row) => row.cells[index] ?? null)),
    rows: async function* () {
      yield* head;
      for (let next = await rows.next(); !next.done; next = await rows.next()) yield next.value;
    },
    close: async () => void (await rows.return?.()),
    preview: previewOf(below),
    ...sheets,
  };
}

/** A mapping given as field → header text or 1-based column number, as column indexes. */
export function mappingFromNames(
  given: Record<string, string | number>,
  headers: string[],
): Record<string, number> {
  const mapping: Record<string, number> = {};
  for (const [field, column] of Object.entries(given)) {
    const asNumber =
      typeof column === 'number' ? column : /^\d+$/.test(column.trim()) ? Number(column) : NaN;
    const index = Number.isInteger(asNumber)
      ? asNumber - 1
      : headers.findIndex((header) => headerKey(header) === headerKey(column));
    if (index < 0) {
      throw importRefusal(because('columns.notFound', { column, field }), {
        field: 'mapping',
        message: `--mapping: no column "${column}" for ${field}`,
      });
    }
    mapping[field] = index;
  }
  return mapping;
}
