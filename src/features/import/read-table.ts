// Opening an export as a table of rows: CSV in whatever encoding and delimiter the accounting
// package chose, or an XLSX workbook. Rows stream from the file, so a file of a million rows
// takes no more memory than one of ten.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { Cell, SourceRow } from '../../core/import/cell.ts';
import { because, type ReasonCode } from '../../core/import/problem-reason.ts';
import {
  createChunkDecoder,
  detectDelimiter,
  detectEncoding,
  looksBinary,
  type CsvDelimiter,
  type TextEncoding,
} from './encoding.ts';
import { importRefusal } from './import-refusal.ts';

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

export type OpenTableOptions = {
  /** XLSX: the sheet to read; the first visible one when not given. */
  sheetName?: string;
  /** CSV: overrides what the file's first 64 KB suggest. */
  delimiter?: CsvDelimiter;
  encoding?: TextEncoding;
};

const HEAD_BYTES = 64 * 1024;
// Files that are no table, known by their first four bytes.
const NOT_TABLES = new Map<string, ReasonCode>([
  ['d0cf11e0', 'file.oldExcel'],
  ['25504446', 'file.pdf'],
]);
const MAX_ROW_CHARACTERS = 1_000_000;

/**
 * Opens a CSV or XLSX export for reading: an XLSX by its ZIP signature whatever the file is
 * called, anything else as CSV text. Throws invalid_input, with a sentence for the user, for an
 * empty file, an old .xls, a PDF or binary data.
 */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<Table> {
  const file = await open(path, 'r');
  const head = await file
    .read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0)
    .then(({ bytesRead, buffer }) => buffer.subarray(0, bytesRead))
    .finally(() => file.close());
  if (head.length === 0) throw unreadable('file.empty');
  const signature = Buffer.from(head.subarray(0, 4)).toString('hex');
  if (signature === '504b0304') return openWorkbook(path, options.sheetName);
  const notTable = NOT_TABLES.get(signature);
  if (notTable !== undefined) throw unreadable(notTable);
  const detected = detectEncoding(head);
  const encoding = options.encoding ?? detected.encoding;
  const bomLength = encoding === detected.encoding ? detected.bomLength : 0;
  const text = createChunkDecoder(encoding).write(head.subarray(bomLength));
  if (looksBinary(text)) throw unreadable('file.binary');
  if (text.trim() === '' && head.length < HEAD_BYTES) throw unreadable('file.empty');
  const delimiter = options.delimiter ?? detectDelimiter(text, head.length < HEAD_BYTES);
  const rows = csvRows(path, encoding, bomLength, delimiter);
  const close = async () => void (await rows.return(undefined));
  return { format: 'csv', encoding, delimiter, rows, close };
}

async function* csvRows(
  path: string,
  encoding: TextEncoding,
  start: number,
  delimiter: CsvDelimiter,
): AsyncGenerator<SourceRow> {
  const decoder = createChunkDecoder(encoding);
  const text = Readable.from(
    (async function* () {
      for await (const chunk of createReadStream(path, { start, highWaterMark: HEAD_BYTES })) {
        const text = decoder.write(chunk as Buffer);
        if (text) yield text;
      }
      const rest = decoder.end();
      if (rest) yield rest;
    })(),
  );
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_ROW_CHARACTERS,
  });
  text.on('error', (error) => parser.destroy(error));
  text.pipe(parser);
  try {
    // every record counts, blank ones included, so the number is the record's count so far
    let rowNumber = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      const cells: (string | null)[] = record;
      for (let i = 0; i < cells.length; i++) if (cells[i] === '') cells[i] = null;
      yield { rowNumber, cells };
    }
  } catch (error) {
    throw csvProblem(error);
  } finally {
    text.destroy();
    parser.destroy();
  }
}

const CSV_PROBLEMS: Record<string, ReasonCode> = {
  CSV_QUOTE_NOT_CLOSED: 'file.quoteNotClosed',
  CSV_MAX_RECORD_SIZE: 'file.rowTooLong',
  CSV_INVALID_CLOSING_QUOTE: 'file.quoteInQuotedField',
};

/** csv-parse's errors in words a user reads. */
function csvProblem(error: unknown): unknown {
  const { code, records } = error as { code?: unknown; records?: unknown };
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return error;
  // a row number names a place, so it is written as a spreadsheet shows it: no thousands
  const row = typeof records === 'number' ? String(records + 1) : '?';
  const reason = CSV_PROBLEMS[code] ?? 'file.notCsv';
  return unreadable(
    reason,
    reason === 'file.rowTooLong' ? { row, max: MAX_ROW_CHARACTERS } : { row },
  );
}

type WorkbookModel = {
  model?: { sheets?: { name: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
};
type SheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name?: string };

async function openWorkbook(path: string, sheetName: string | undefined): Promise<Table> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets = reader[Symbol.asyncIterator]() as AsyncGenerator<SheetReader>;
  const first = await sheets.next().catch(() => {
    throw unreadable('file.damagedWorkbook');
  });
  if (first.done) throw unreadable('file.noWorksheets');
  let started = false;
  let released: Promise<void> | undefined;
  // exceljs copies each sheet to a temporary file and opens it before a sheet is chosen; passing
  // the remaining sheets closes those files and lets exceljs delete them.
  const close = () =>
    (released ??= (async () => {
      if (!started) closeSheet(first.value);
      try {
        for (let rest = await sheets.next(); !rest.done; rest = await sheets.next())
          closeSheet(rest.value);
      } catch {
        await sheets.return(undefined);
      }
    })());
  const { model, properties } = reader as unknown as WorkbookModel;
  const sheetNames = model?.sheets?.map((sheet) => sheet.name);
  if (sheetName !== undefined && sheetNames && !sheetNames.includes(sheetName)) {
    await close();
    throw unreadable('file.noSuchSheet', { sheet: sheetName, sheets: sheetNames.join(', ') });
  }
  const wanted = sheetName ?? model?.sheets?.find((sheet) => !sheet.state?.includes('idden'))?.name;
  const date1904 = properties?.model?.date1904 === true;
  const rows = (async function* (): AsyncGenerator<SourceRow> {
    started = true;
    try {
      let sheet: IteratorResult<SheetReader> = first;
      for (; !sheet.done; sheet = await sheets.next()) {
        const worksheet = sheet.value;
        if (wanted !== undefined && worksheet.name !== wanted) {
          closeSheet(worksheet);
          continue;
        }
        for await (const row of worksheet) {
          yield { rowNumber: row.number, cells: cellsOf(row, date1904) };
        }
        return;
      }
    } catch {
      throw unreadable('file.damagedWorksheet');
    } finally {
      await close();
    }
    throw unreadable('file.sheetNotFound', { sheet: wanted ?? '' });
  })();
  return { format: 'xlsx', sheetNames, sheetName: wanted, rows, close };
}

function closeSheet(sheet: SheetReader): void {
  const source = (sheet as { iterator?: unknown }).iterator;
  // Its temporary file may be deleted before it opens: that is no error any more.
  if (source instanceof Readable) source.on('error', () => undefined).destroy();
}

function cellsOf(row: ExcelJS.Row, date1904: boolean): Cell[] {
  const values = Array.isArray(row.values) ? (row.values as (ExcelJS.CellValue | undefined)[]) : [];
  return values.slice(1).map((value, i) => {
    const cell = cellOf(value);
    // A formula's result stays a number even when the cell shows a date.
    const formula = typeof value === 'object' && value !== null && !(value instanceof Date);
    const isDate = formula && typeof cell === 'number' && isDateFormat(row.getCell(i + 1).numFmt);
    return isDate ? excelDate(cell, date1904) : cell;
  });
}

function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('result' in value)
    return value.result === undefined ? null : cellOf(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellOf(value.text);
  return null;
}

/** A number format that shows a date or time, once quoted text and [colour] codes are out. */
function isDateFormat(format: string | undefined): boolean {
  const bare = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/general/i.test(bare);
}

function excelDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? 1462 : 0) - 25569; // 25569: 1970-01-01 in the 1900 system
  return new Date(Math.round(days * 86_400_000));
}

const unreadable = (code: ReasonCode, params: Record<string, string | number> = {}) =>
  importRefusal(because(code, params));
