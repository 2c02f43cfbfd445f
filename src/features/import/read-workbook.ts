// Opening an XLSX workbook as a table of rows. The archive is read through its central directory:
// the sheet list, shared strings and styles first, each found by its name, then only the chosen
// sheet, whose rows stream. exceljs's own streaming reader passes over the archive once in stored
// order and, under load, loses parts of it (the sheet list, whole sheets); see decision 0016.
// exceljs still parses each part's XML. Each part is measured as it unpacks: its size after
// decompression and how deep its elements nest stay within the reading's bounds.
import { fstat } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { Transform, pipeline, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { DomainError } from '../../core/errors.ts';
import type { Cell, SourceRow } from '../../core/import/cell.ts';
import { because, type ReasonCode } from '../../core/import/problem-reason.ts';
import { DescriptorReader } from './file-chunks.ts';
import { importRefusal } from './import-refusal.ts';
import { maxWholePartBytes, mebibytes, type ReadBounds } from '../../kernel/read-bounds.ts';
import { rowBeyond, type Table } from './table.ts';
import { XmlDepthGauge } from './xml-depth.ts';

const fstatOf = promisify(fstat);
/** An XLSX holds a few parts per sheet; a directory far larger than that is no workbook. */
const MAX_PARTS = 100_000;

type Relationship = { Id: string; Target: string; Type?: string };
type SheetEntry = { id: number; name: string; rId: string; state?: string };
/** The parts of exceljs's WorkbookReader that parse one part each. */
type PartParser = {
  options: unknown;
  model?: { sheets?: SheetEntry[] };
  workbookRels?: Relationship[];
  properties?: { model?: { date1904?: boolean } };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseStyles(part: Readable): Promise<void>;
};
type SheetRows = AsyncIterable<ExcelJS.Row>;
type SheetReaderOptions = {
  workbook: PartParser;
  id: number;
  iterator: Readable;
  options: unknown;
};
// exceljs declares its sheet reader's type but exports only the workbook reader that makes them.
const SheetReader = createRequire(import.meta.url)(
  'exceljs/lib/stream/xlsx/worksheet-reader.js',
) as new (options: SheetReaderOptions) => SheetRows;

/** A workbook read from a file descriptor that the caller closes. */
export async function openWorkbook(
  fd: number,
  sheetName: string | undefined,
  bounds: ReadBounds,
): Promise<Table> {
  const { size } = await fstatOf(fd);
  const zip = await yauzl
    .fromRandomAccessReaderPromise(new DescriptorReader(fd), size, {
      lazyEntries: true,
      autoClose: false,
    })
    .catch(() => Promise.reject(unreadable('file.damagedWorkbook')));
  const opened: Readable[] = [];
  let unpacked = 0;
  const unpacksTooLarge = (size: number) =>
    unreadable('file.unpacksTooLarge', { size: mebibytes(size) });
  // The declared sizes refuse a zip bomb before anything is unpacked; yauzl checks that a part
  // unpacks to no more than it declares, and the count below holds the total to the bound.
  const openPart = async (entry: yauzl.Entry, whole: boolean) => {
    const limit = whole ? maxWholePartBytes(bounds) : bounds.maxUnpackedBytes;
    if (entry.uncompressedSize > limit) throw unpacksTooLarge(limit);
    if (unpacked + entry.uncompressedSize > bounds.maxUnpackedBytes)
      throw unpacksTooLarge(bounds.maxUnpackedBytes);
    const gauge = new XmlDepthGauge(bounds.maxDepth);
    const measured = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        unpacked += chunk.length;
        if (unpacked > bounds.maxUnpackedBytes) done(unpacksTooLarge(bounds.maxUnpackedBytes));
        else if (!gauge.check(chunk)) done(unreadable('file.tooDeep', { max: bounds.maxDepth }));
        else done(null, chunk);
      },
    });
    const raw = await zip.openReadStreamPromise(entry);
    opened.push(raw, measured);
    return pipeline(raw, measured, () => undefined);
  };
  let closed = false;
  // Parts read to their end are closed already; one given up on is not.
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const part of opened) part.on('error', () => undefined).destroy();
    zip.close();
  };
  try {
    const parts = await partsOf(zip);
    const book = await readWorkbookParts(parts, openPart);
    const sheets = book.model?.sheets ?? [];
    if (sheets.length === 0) throw unreadable('file.noWorksheets');
    const sheetNames = sheets.map((sheet) => sheet.name);
    const chosen =
      sheetName === undefined
        ? (sheets.find((sheet) => !sheet.state?.includes('idden')) ?? sheets[0])
        : sheets.find((sheet) => sheet.name === sheetName);
    if (!chosen)
      throw unreadable('file.noSuchSheet', {
        sheet: sheetName ?? '',
        sheets: sheetNames.join(', '),
      });
    const relationship = book.workbookRels?.find((rel) => rel.Id === chosen.rId);
    const entry = relationship && parts.get(partName(relationship.Target));
    const date1904 = book.properties?.model?.date1904 === true;
    const rows = (async function* (): AsyncGenerator<SourceRow> {
      try {
        if (!entry) throw unreadable('file.sheetNotFound', { sheet: chosen.name });
        const worksheet = new SheetReader({
          workbook: book,
          id: chosen.id,
          iterator: await openPart(entry, false),
          options: book.options,
        });
        let count = 0;
        for await (const sheetRow of worksheet) {
          const row = { rowNumber: sheetRow.number, cells: cellsOf(sheetRow, date1904) };
          const beyond = rowBeyond(bounds, ++count, row);
          if (beyond) throw beyond;
          yield row;
        }
      } catch (error) {
        throw error instanceof DomainError ? error : unreadable('file.damagedWorksheet');
      } finally {
        await close();
      }
    })();
    return { format: 'xlsx', sheetNames, sheetName: chosen.name, rows, close };
  } catch (error) {
    await close();
    throw error instanceof DomainError ? error : unreadable('file.damagedWorkbook');
  }
}

/** The archive's entries by lower-case name: part names in a package ignore case. */
async function partsOf(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const parts = new Map<string, yauzl.Entry>();
  for await (const entry of zip.eachEntry()) {
    parts.set(entry.fileName.toLowerCase(), entry);
    if (parts.size > MAX_PARTS) throw unreadable('file.damagedWorkbook');
  }
  return parts;
}

/** Parses the sheet list, then the shared strings and styles the workbook's relations name. */
async function readWorkbookParts(
  parts: Map<string, yauzl.Entry>,
  openPart: (entry: yauzl.Entry, whole: boolean) => Promise<Readable>,
): Promise<PartParser> {
  const book = new ExcelJS.stream.xlsx.WorkbookReader('', {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as PartParser;
  const open = async (name: string) => {
    const entry = parts.get(partName(name));
    return entry && openPart(entry, true);
  };
  const relations = await open('_rels/workbook.xml.rels');
  if (!relations) throw unreadable('file.damagedWorkbook');
  await book._parseRels(relations);
  const workbook = await open('workbook.xml');
  if (!workbook) throw unreadable('file.damagedWorkbook');
  await book._parseWorkbook(workbook);
  const target = (type: string, fallback: string) =>
    book.workbookRels?.find((rel) => rel.Type?.endsWith(`/${type}`))?.Target ?? fallback;
  const strings = await open(target('sharedStrings', 'sharedStrings.xml'));
  if (strings) for await (const _ of book._parseSharedStrings(strings));
  const styles = await open(target('styles', 'styles.xml'));
  if (styles) await book._parseStyles(styles);
  return book;
}

/** A relation's target as an archive entry name: relative to xl/, or absolute from the root. */
function partName(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/').toLowerCase();
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
