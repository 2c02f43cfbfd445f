import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDecimalSeparator } from '../../core/import/amount.ts';
import type { SourceRow } from '../../core/import/cell.ts';
import { detectDateOrder } from '../../core/import/date.ts';
import { proposeMapping } from '../../core/import/headers.ts';
import { findHeaderRow } from '../../core/import/layout.ts';
import type { RevenueLineCandidate } from '../../core/import/revenue-line.ts';
import {
  interpretRevenueRowsAsync,
  isRowProblem,
  type RevenueReadOptions,
} from '../../core/import/revenue-rows.ts';
import { defaultReadBounds } from '../../kernel/read-bounds.ts';
import { openTable, type OpenTableOptions } from './read-table.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../test/fixtures/imports/tables/${name}`, import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-table-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const temp = async (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

async function rowsOf(path: string, options?: OpenTableOptions, limit = Infinity) {
  const rows: SourceRow[] = [];
  for await (const row of (await openTable(path, options)).rows) {
    rows.push(row);
    if (rows.length >= limit) break;
  }
  return rows;
}

/** What an import does: find the header in the first rows, propose the mapping, read on. */
async function importRevenue(path: string, options: Partial<RevenueReadOptions> = {}) {
  const sample = await rowsOf(path, {}, 200);
  const header = sample[findHeaderRow(sample.map((row) => row.cells))];
  if (!header) throw new Error('no header');
  const mapping = proposeMapping(header.cells);
  const below = sample.filter((row) => row.rowNumber > header.rowNumber);
  const column = (...columns: (number | undefined)[]) =>
    columns.flatMap((c) => (c === undefined ? [] : below.map((row) => row.cells[c])));
  const results = [];
  const rows = (await openTable(path)).rows;
  for await (const item of interpretRevenueRowsAsync(rows, {
    mapping,
    headerRowNumber: header.rowNumber,
    decimalSeparator: detectDecimalSeparator(column(mapping.amount, mapping.grossAmount)),
    dateOrder: detectDateOrder(column(mapping.invoiceDate)),
    ...options,
  })) {
    results.push(item);
  }
  const lines = results.filter((item): item is RevenueLineCandidate => !isRowProblem(item));
  const sum = lines.reduce((total, line) => total + line.amountCents, 0);
  return { lines, problems: results.filter(isRowProblem), sum };
}

describe('openTable on CSV exports', () => {
  it('reads a Windows-1252 file with semicolons and decimal commas', async () => {
    const path = fixture('omzet-windows-1252.csv');
    const table = await openTable(path);
    expect(table).toMatchObject({ format: 'csv', encoding: 'windows-1252', delimiter: ';' });
    const rows = await rowsOf(path);
    expect(rows[1]).toEqual({
      rowNumber: 2,
      cells: [
        '1001',
        'Café de Zwaan',
        '12345678',
        '15-01-2024',
        'F2024-001',
        'Advies € 1.000 pakket',
        '1.000,00',
      ],
    });
    expect(rows[2]?.cells[5]).toBe('Jaarrekening; 2023');
    expect(rows[3]?.cells[5]).toBe('Loonadministratie “maart”');
    const { lines, problems, sum } = await importRevenue(path);
    expect(problems).toEqual([]);
    expect(lines.map((line) => line.amountCents)).toEqual([100000, 250050, 87525, -87525]);
    expect(sum).toBe(350050);
    expect(lines[0]?.customer).toEqual({
      code: '1001',
      name: 'Café de Zwaan',
      kvkNumber: '12345678',
      vatNumber: null,
    });
  });

  it('reads a comma file with a UTF-8 byte order mark', async () => {
    const path = fixture('sales-bom.csv');
    expect(await openTable(path)).toMatchObject({ encoding: 'utf-8', delimiter: ',' });
    expect((await rowsOf(path))[0]?.cells[0]).toBe('Customer');
    const { lines } = await importRevenue(path);
    expect(lines.map((line) => [line.customer.name, line.invoiceDate, line.amountCents])).toEqual([
      ['Ærø Consulting Ltd', '2024-01-31', 123456],
      ['Smith, Jones & Co', '2024-02-29', 9995],
      ['Smith, Jones & Co', '2024-03-01', -9995],
    ]);
  });

  it('reads a tab-separated file with hours and cost', async () => {
    const path = fixture('uren.tsv');
    expect(await openTable(path)).toMatchObject({ delimiter: '\t' });
    const { lines } = await importRevenue(path);
    expect(
      lines.map((line) => [line.invoiceDate, line.hours, line.amountCents, line.costCents]),
    ).toEqual([
      ['2024-02-01', '7.5', 93750, 40000],
      ['2024-02-02', '2.25', 28125, null],
    ]);
  });

  it('reads a UTF-16 "Unicode text" export', async () => {
    const text = '\ufeffKlant\tDatum\tBedrag\r\nCafé Ölçü\t31-12-2024\t12,50\r\n';
    const path = await temp('unicode.txt', Buffer.from(text, 'utf16le'));
    expect(await openTable(path)).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect((await rowsOf(path))[1]?.cells).toEqual(['Café Ölçü', '31-12-2024', '12,50']);
  });

  it('numbers rows as a spreadsheet does, blank lines and quoted line breaks included', async () => {
    const path = await temp('numbered.csv', 'Klant;Bedrag\n\n"De\nVries";1\r\nJansen;2');
    expect((await rowsOf(path)).map((row) => [row.rowNumber, row.cells])).toEqual([
      [1, ['Klant', 'Bedrag']],
      [2, [null]],
      [3, ['De\nVries', '1']],
      [4, ['Jansen', '2']],
    ]);
  });
});

describe('reading whole exports into revenue lines', () => {
  it('reads a report to lines that add up to its grand total, not twice it', async () => {
    const { lines, problems, sum } = await importRevenue(fixture('omzet-per-debiteur.csv'));
    expect(sum).toBe(574950);
    expect(lines.map((line) => [line.rowNumber, line.customer.code, line.amountCents])).toEqual([
      [6, '1001', 100000],
      [7, '1001', 250000],
      [8, '1001', -50000],
      [12, '1002', 125050],
      [18, '1003', 74950],
      [19, '1003', 74950],
    ]);
    expect(new Set(lines.map((line) => line.fingerprint)).size).toBe(6);
    expect(problems.map((problem) => [problem.rowNumber, problem.field])).toEqual([
      [9, null],
      [13, null],
      [20, null],
      [22, null],
    ]);
  });

  it('reads unsigned amounts with a D/C column: credit is revenue', async () => {
    const { lines } = await importRevenue(fixture('grootboek-debet-credit.csv'));
    expect(lines.map((line) => [line.customer.code, line.serviceLine, line.amountCents])).toEqual([
      ['R100', '8000 Omzet advies', 121000],
      ['R100', '8000 Omzet advies', -21000],
      ['R200', '8010 Omzet administratie', 9999],
    ]);
  });

  it('takes the VAT out of gross amounts by their rate', async () => {
    const { lines } = await importRevenue(fixture('bruto-met-btw-tarief.csv'));
    expect(lines.map((line) => line.amountCents)).toEqual([10000, 10000, 10000, -5000]);
  });
});

describe('openTable on XLSX workbooks', () => {
  let path: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const notes = workbook.addWorksheet('Toelichting');
    notes.state = 'hidden';
    notes.addRow(['Alleen uitleg']);
    const sheet = workbook.addWorksheet('Omzet 2024');
    sheet.addRow(['Omzet 2024']);
    sheet.addRow([]);
    sheet.addRow(['Debiteur', 'Naam', 'Factuurdatum', 'Bedrag', 'Omschrijving']);
    sheet.addRow([
      1001,
      'Café de Zwaan',
      45657,
      1234.56,
      { richText: [{ text: 'Advies ' }, { text: 'Q4' }] },
    ]);
    sheet.addRow([1001, 'Café de Zwaan', new Date(Date.UTC(2024, 0, 15)), -99.95, 'Creditnota']);
    const formula = sheet.addRow([
      1002,
      'Jansen',
      null,
      { formula: 'D4*2', result: 2469.12 },
      null,
    ]);
    formula.getCell(3).value = { formula: 'C5+1', result: 45307 };
    formula.getCell(3).numFmt = 'dd-mm-yyyy';
    workbook.addWorksheet('Leeg');
    // Saved under a CSV name: the ZIP signature, not the name, says what it is.
    path = join(dir, 'omzet.csv');
    await workbook.xlsx.writeFile(path);
  });

  it('reads the first visible sheet, with typed cells and the row numbers Excel shows', async () => {
    const table = await openTable(path);
    expect(table).toMatchObject({
      format: 'xlsx',
      sheetNames: ['Toelichting', 'Omzet 2024', 'Leeg'],
      sheetName: 'Omzet 2024',
    });
    const rows = await rowsOf(path);
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 3, 4, 5, 6]);
    expect(rows[2]?.cells).toEqual([1001, 'Café de Zwaan', 45657, 1234.56, 'Advies Q4']);
    expect(rows[3]?.cells[2]).toEqual(new Date(Date.UTC(2024, 0, 15)));
    expect(rows[4]?.cells.slice(0, 4)).toEqual([
      1002,
      'Jansen',
      new Date(Date.UTC(2024, 0, 16)),
      2469.12,
    ]);
  });

  it('reads a sheet by its name, and says which sheets there are', async () => {
    expect((await rowsOf(path, { sheetName: 'Toelichting' }))[0]?.cells).toEqual(['Alleen uitleg']);
    expect(await rowsOf(path, { sheetName: 'Leeg' })).toEqual([]);
    await expect(openTable(path, { sheetName: 'Kosten' })).rejects.toMatchObject({
      message: "The workbook has no sheet 'Kosten'; its sheets are: Toelichting, Omzet 2024, Leeg.",
      reason: {
        code: 'file.noSuchSheet',
        params: { sheet: 'Kosten', sheets: 'Toelichting, Omzet 2024, Leeg' },
      },
    });
  });

  it('reads the same workbook many times side by side, every part found each time', async () => {
    // A reader that passes over the archive once loses parts of it under load.
    const reads = Array.from({ length: 24 }, async (_, i) => {
      const table = await openTable(path, i % 3 === 0 ? { sheetName: 'Leeg' } : {});
      const rows = [];
      for await (const row of table.rows) rows.push(row);
      return [table.sheetNames, rows.length];
    });
    const names = ['Toelichting', 'Omzet 2024', 'Leeg'];
    expect(await Promise.all(reads)).toEqual(
      Array.from({ length: 24 }, (_, i) => [names, i % 3 === 0 ? 0 : 5]),
    );
  });

  it('leaves no temporary copies and no open files behind, read or not', async () => {
    const copies = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`));
    const openFiles = async () => (await readdir('/proc/self/fd')).length;
    const before = await copies();
    const filesBefore = await openFiles();
    await rowsOf(path);
    await rowsOf(path, {}, 1);
    await (await openTable(path)).close();
    await expect(openTable(path, { sheetName: 'Kosten' })).rejects.toThrow();
    const stopped = await openTable(path, { sheetName: 'Leeg' });
    for await (const row of stopped.rows) expect(row).toBeUndefined();
    expect(await copies()).toEqual(before);
    // a leak leaves more open; the worker may close others of its own meanwhile (collected
    // handles), so fewer is no failure
    await expect.poll(openFiles, { timeout: 5000 }).toBeLessThanOrEqual(filesBefore);
  });

  it('reads the workbook into revenue lines', async () => {
    const { lines, problems } = await importRevenue(path);
    expect(problems).toEqual([]);
    expect(lines.map((line) => [line.customer.code, line.invoiceDate, line.amountCents])).toEqual([
      ['1001', '2024-12-31', 123456],
      ['1001', '2024-01-15', -9995],
      ['1002', '2024-01-16', 246912],
    ]);
  });
});

describe('openTable on hostile files', () => {
  const refused = async (content: string | Uint8Array, message: string | RegExp) => {
    const path = await temp(`hostile-${Math.random()}`, content);
    await expect(rowsOf(path)).rejects.toThrow(message);
  };

  it('refuses empty files, binary data, old workbooks and PDFs with a sentence', async () => {
    await refused('', 'The file is empty.');
    await refused('\ufeff  \n', 'The file is empty.');
    const junk = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919 + 13) % 256);
    await refused(junk, 'The file is not a CSV or Excel file: it holds binary data.');
    await refused(
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0),
      /old Excel workbook \(\.xls\)/,
    );
    await refused('%PDF-1.7\n', /is a PDF/);
    const path = await temp(`hostile-${Math.random()}`, '');
    await expect(rowsOf(path)).rejects.toMatchObject({ reason: { code: 'file.empty' } });
  });

  it('refuses a damaged workbook without hanging', async () => {
    await refused(
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(5000, 7)]),
      /cannot be read/,
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Omzet').addRow(['Klant', 'Bedrag']);
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    await refused(whole.subarray(0, whole.length / 2), /cannot be read|without worksheets/);
  });

  it('refuses more rows than its bound, and more columns than a spreadsheet has', async () => {
    const path = await temp('rows.csv', 'Klant;Bedrag\n' + 'Jansen;100\n'.repeat(20));
    const bounds = { ...defaultReadBounds, maxRows: 20 };
    await expect(rowsOf(path, { bounds })).rejects.toMatchObject({
      reason: { code: 'file.tooManyRows', params: { max: 20 } },
    });
    expect(await rowsOf(path, { bounds: { ...bounds, maxRows: 21 } })).toHaveLength(21);
    const wide = await temp('wide.csv', `Klant;Bedrag\nJansen${';1'.repeat(16_384)}\n`);
    await expect(rowsOf(wide)).rejects.toMatchObject({
      reason: { code: 'file.tooManyColumns', params: { row: '2', max: 16_384 } },
    });
  });

  it('refuses a quote that is never closed, and a 10 MB line, without hanging', async () => {
    await refused(
      'Klant;Bedrag\n"De Vries;100\nJansen;200\n',
      'Row 2 opens a quote (") that is never closed.',
    );
    await refused(
      `Klant;Omschrijving\n${'x;'.repeat(5_000_000)}`,
      /^Row 2 is longer than 1,000,000 characters/,
    );
  });

  it('reads a file that is only a header as one row and no lines', async () => {
    const path = await temp('header.csv', 'Klant;Datum;Bedrag');
    expect(await rowsOf(path)).toEqual([{ rowNumber: 1, cells: ['Klant', 'Datum', 'Bedrag'] }]);
    expect(await importRevenue(path)).toEqual({ lines: [], problems: [], sum: 0 });
  });

  it('keeps a stray quote inside an unquoted field as text', async () => {
    const path = await temp('inch.csv', 'Product;Bedrag\nScherm 27" breed;100');
    expect((await rowsOf(path))[1]?.cells).toEqual(['Scherm 27" breed', '100']);
  });
});

describe('openTable on a million rows', () => {
  it('streams them with flat memory', async () => {
    const path = join(dir, 'million.csv');
    const out = createWriteStream(path);
    out.write('Debiteur;Factuurdatum;Factuurnr;Bedrag\n');
    for (let i = 1; i <= 1_000_000; i += 1) {
      if (
        !out.write(`${1000 + (i % 500)};${1 + (i % 28)}-01-2024;F${i};${i % 10_000},${i % 100}\n`)
      ) {
        await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'finish');
    // What stays reachable, measured after a full collection: the rows must not pile up.
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = vm.runInNewContext('gc') as () => void;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let rows = 0;
    let retained = 0;
    for await (const row of (await openTable(path)).rows) {
      rows += 1;
      if (row.rowNumber % 200_000 === 0) {
        collectGarbage();
        retained = Math.max(retained, process.memoryUsage().heapUsed - before);
      }
    }
    expect(rows).toBe(1_000_001);
    // The file is 30 MB; held as rows it would take several hundred.
    expect(retained).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);
});
