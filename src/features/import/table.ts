// What both readers (CSV and XLSX) give: a table of rows, and the one rule for a row past the
// bounds. Apart from read-table.ts so that the workbook reader does not import its caller.
import type { SourceRow } from '../../core/import/cell.ts';
import { because, type ReasonCode } from '../../core/import/problem-reason.ts';
import type { CsvDelimiter, TextEncoding } from './encoding.ts';
import { importRefusal } from './import-refusal.ts';
import { maxColumns, type ReadBounds } from '../../kernel/read-bounds.ts';

/** An opened export. Its rows can be iterated once; each carries its number as shown (1-based). */
export type Table = {
  format: 'csv' | 'xlsx';
  rows: AsyncIterable<SourceRow>;
  /** XLSX: the workbook's sheets in their order, and the one whose rows these are. */
  sheetNames?: string[];
  sheetName?: string;
  /** CSV: what the file turned out to be written in. */
  encoding?: TextEncoding;
  delimiter?: CsvDelimiter;
  /** Releases the file when the rows are not read to their end (reading them does so itself). */
  close(): Promise<void>;
};

/** A row past the bounds: too many rows, or more columns than a spreadsheet has. */
export function rowBeyond(bounds: ReadBounds, count: number, row: SourceRow): unknown {
  if (count > bounds.maxRows) return unreadable('file.tooManyRows', { max: bounds.maxRows });
  if (row.cells.length > maxColumns)
    return unreadable('file.tooManyColumns', { row: String(row.rowNumber), max: maxColumns });
  return null;
}

const unreadable = (code: ReasonCode, params: Record<string, string | number> = {}) =>
  importRefusal(because(code, params));
