// Opening an export as a table of rows: CSV in whatever encoding and delimiter the accounting
// package chose, or an XLSX workbook. Rows stream from the file, so a file of a million rows
// takes no more memory than one of ten.
import { read } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { parse } from 'csv-parse';
import type { SourceRow } from '../../core/import/cell.ts';
import { because, type ReasonCode } from '../../core/import/problem-reason.ts';
import {
  createChunkDecoder,
  detectDelimiter,
  detectEncoding,
  looksBinary,
  type CsvDelimiter,
  type TextEncoding,
} from './encoding.ts';
import { fileChunks } from './file-chunks.ts';
import { importRefusal } from './import-refusal.ts';
import { defaultReadBounds, type ReadBounds } from '../../kernel/read-bounds.ts';
import { openWorkbook } from './read-workbook.ts';
import { rowBeyond, type Table } from './table.ts';

export type { Table };

export type OpenTableOptions = {
  /** XLSX: the sheet to read; the first visible one when not given. */
  sheetName?: string;
  /** CSV: overrides what the file's first 64 KB suggest. */
  delimiter?: CsvDelimiter;
  encoding?: TextEncoding;
  /** How far the reading may go (rows, columns, nesting, unpacked size). */
  bounds?: ReadBounds;
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
 * empty file, an old .xls, a PDF or binary data, and for a file past its bounds.
 */
export async function openTable(path: string, options: OpenTableOptions = {}): Promise<Table> {
  const file = await open(path, 'r');
  let table: Table;
  try {
    table = await readTable(file.fd, options);
  } catch (error) {
    await file.close();
    throw error;
  }
  const fileClosed = async () => void (await file.close().catch(() => undefined));
  const rows = (async function* () {
    try {
      yield* table.rows;
    } finally {
      await fileClosed();
    }
  })();
  return {
    ...table,
    rows,
    close: async () => {
      await table.close();
      await rows.return(undefined);
      await fileClosed();
    },
  };
}

const readAt = promisify(read);

/**
 * Reads a table from a file descriptor the caller opened and closes: the reading thread is
 * handed the descriptor, so a reading that is stopped never leaves the file open.
 */
export async function readTable(fd: number, options: OpenTableOptions = {}): Promise<Table> {
  const bounds = options.bounds ?? defaultReadBounds;
  const { bytesRead, buffer } = await readAt(fd, Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
  const head = buffer.subarray(0, bytesRead);
  if (head.length === 0) throw unreadable('file.empty');
  const signature = Buffer.from(head.subarray(0, 4)).toString('hex');
  if (signature === '504b0304') return openWorkbook(fd, options.sheetName, bounds);
  const notTable = NOT_TABLES.get(signature);
  if (notTable !== undefined) throw unreadable(notTable);
  const detected = detectEncoding(head);
  const encoding = options.encoding ?? detected.encoding;
  const bomLength = encoding === detected.encoding ? detected.bomLength : 0;
  const text = createChunkDecoder(encoding).write(head.subarray(bomLength));
  if (looksBinary(text)) throw unreadable('file.binary');
  if (text.trim() === '' && head.length < HEAD_BYTES) throw unreadable('file.empty');
  const delimiter = options.delimiter ?? detectDelimiter(text, head.length < HEAD_BYTES);
  const rows = csvRows(fd, encoding, bomLength, delimiter, bounds);
  const close = async () => void (await rows.return(undefined));
  return { format: 'csv', encoding, delimiter, rows, close };
}

async function* csvRows(
  fd: number,
  encoding: TextEncoding,
  start: number,
  delimiter: CsvDelimiter,
  bounds: ReadBounds,
): AsyncGenerator<SourceRow> {
  const decoder = createChunkDecoder(encoding);
  const text = Readable.from(
    (async function* () {
      for await (const chunk of fileChunks(fd, start, HEAD_BYTES)) {
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
      const row = { rowNumber, cells };
      const beyond = rowBeyond(bounds, rowNumber, row);
      if (beyond) throw beyond;
      yield row;
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

const unreadable = (code: ReasonCode, params: Record<string, string | number> = {}) =>
  importRefusal(because(code, params));
