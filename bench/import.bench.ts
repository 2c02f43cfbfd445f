// A revenue import end to end: a Dutch CSV export of a firm of 20,000 clients and ten years of
// invoices, read, checked, matched and written by the real import (openRevenueSource, then
// importRevenue), against a raw COPY of the same lines, already clean, into the same table of the
// same database. The ratio import/raw is what reading, checking and matching cost on top of
// writing; the peak RSS says whether the file is streamed.
//
//   npm run bench:import   BENCH_LINES (1000000), BENCH_CUSTOMERS (20000)
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/connection.ts';
import {
  importRevenue,
  type RevenueImportReport,
} from '../src/features/import/revenue-import.service.ts';
import { openRevenueSource } from '../src/features/import/revenue-source.ts';
import {
  chunked,
  decimalHours,
  firstYear,
  lastYear,
  makeCustomers,
  organizationColumns,
  organizationCopyRow,
  revenueLineColumns,
  revenueLineCopyRow,
  revenueLines,
  seededRandom,
  seededUuid,
  type Customer,
  type Line,
} from './revenue-data.ts';
import { onCleanUp, runBenchmark, throwawayDatabase } from './support.ts';

const lineCount = positive('BENCH_LINES', 1_000_000);
const customerCount = positive('BENCH_CUSTOMERS', 20_000);
const seed = 20_240_101;
const targets = { ratio: 0.25, rssBytes: 1024 ** 3 };
const headers = 'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw;Dienst;Uren';

function positive(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number ≥ 1`);
  return number;
}

const loadLine = () =>
  loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ');
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const perSecond = (rows: number, seconds: number) =>
  `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;

async function main(): Promise<void> {
  console.log(
    `Revenue import: ${lineCount.toLocaleString('en')} lines of ${customerCount.toLocaleString('en')} ` +
      `customers, ${firstYear}–${lastYear}, CSV (;, decimal comma, dd-mm-yyyy)`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadLine()} at the start`);
  const database = await throwawayDatabase(4);
  const { pool } = database;
  const settings = await pool.query<{ name: string; setting: string; unit: string | null }>(
    `select name, setting, unit from pg_settings
      where name in ('shared_buffers', 'max_wal_size', 'synchronous_commit', 'work_mem')`,
  );
  console.log(
    `PostgreSQL: ${settings.rows.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'klandizie-import-'));
  onCleanUp(() => rmSync(folder, { recursive: true, force: true }));

  const customers = makeCustomers(customerCount, seed);
  const csvPath = join(folder, 'omzet-2015-2024.csv');
  const started = performance.now();
  const csv = await writeCsv(csvPath, customers);
  console.log(
    `CSV written in ${seconds(started).toFixed(1)} s: ${csv.lines.toLocaleString('en')} lines, ` +
      `${csv.customers.toLocaleString('en')} customers, ${csv.creditNotes.toLocaleString('en')} ` +
      `credit notes (${((100 * csv.creditNotes) / csv.lines).toFixed(1)}%), ${mib(statSync(csvPath).size)}`,
  );

  // three fresh firms: the raw COPY before the import, the import, the raw COPY after it, so
  // the table and its indexes are as large for the import as for the mean of the two COPYs
  const firms = {
    rawBefore: await newFirm(pool, 'Raw COPY before'),
    imported: await newFirm(pool, 'Import'),
    rawAfter: await newFirm(pool, 'Raw COPY after'),
  };
  const idRandom = seededRandom(seed + 1);
  const organizationIds = customers.map(() => seededUuid(idRandom));
  for (const firm of [firms.rawBefore, firms.rawAfter])
    await copyOrganizations(pool, firm, customers, organizationIds);
  await settle(pool);

  const before = await rawCopy(pool, folder, firms.rawBefore, customers, organizationIds);
  console.log(`Raw COPY (before): ${before.toFixed(1)} s, ${perSecond(csv.lines, before)}`);
  await settle(pool);

  const imported = await timedImport(database, csvPath, firms.imported);
  console.log(
    `Import:            ${imported.seconds.toFixed(1)} s, ${perSecond(csv.lines, imported.seconds)}`,
  );
  await settle(pool);

  const after = await rawCopy(pool, folder, firms.rawAfter, customers, organizationIds);
  console.log(`Raw COPY (after):  ${after.toFixed(1)} s, ${perSecond(csv.lines, after)}`);
  console.log(
    `  load average ${loadLine()} at the end (other work on the machine skews all figures)`,
  );

  await check(pool, imported.report, csv, firms);

  const raw = (before + after) / 2;
  const ratio = raw / imported.seconds;
  console.log(`\nStages of the import (from its SQL statements as they ran):`);
  for (const [stage, s] of imported.stages)
    console.log(
      `  ${stage.padEnd(58)} ${s.toFixed(1).padStart(6)} s  ${((100 * s) / imported.seconds).toFixed(0).padStart(3)}%`,
    );
  console.log(
    `\nMemory: RSS ${mib(imported.rssBefore)} before the import, peak ${mib(imported.rssPeak)} during it`,
  );
  console.log(`        (V8 heap in use: peak ${mib(imported.heapPeak)}; sampled every 100 ms)`);
  console.log(`\n                 s        rows/s`);
  console.log(`  import   ${row(imported.seconds, csv.lines)}`);
  console.log(
    `  raw COPY ${row(raw, csv.lines)}   (mean of ${before.toFixed(1)} s and ${after.toFixed(1)} s)`,
  );
  console.log(
    `  import/raw speed ratio: ${ratio.toFixed(2)} (against the faster COPY alone: ` +
      `${(Math.min(before, after) / imported.seconds).toFixed(2)})\n`,
  );
  console.log(
    `${ratio >= targets.ratio ? 'PASS' : 'MISS'} import speed ≥ ${targets.ratio} × raw COPY (${ratio.toFixed(2)})`,
  );
  console.log(
    `${imported.rssPeak < targets.rssBytes ? 'PASS' : 'MISS'} peak RSS during the import < 1 GiB (${mib(imported.rssPeak)})`,
  );
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const row = (s: number, lines: number) =>
  `${s.toFixed(1).padStart(7)}  ${Math.round(lines / s)
    .toLocaleString('en')
    .padStart(12)}`;

type CsvSummary = { lines: number; customers: number; creditNotes: number; cents: number };

/** The export as an accounting package writes it: UTF-8 with a BOM, CRLF, Dutch numbers. */
async function writeCsv(path: string, customers: Customer[]): Promise<CsvSummary> {
  const summary: CsvSummary = { lines: 0, customers: 0, creditNotes: 0, cents: 0 };
  const seen = new Uint8Array(customers.length);
  function* rows(): Generator<string> {
    yield `\uFEFF${headers}\r\n`;
    for (const line of revenueLines(customers, lineCount, seed)) {
      summary.lines++;
      summary.cents += line.cents;
      if (line.cents < 0) summary.creditNotes++;
      if (!seen[line.customer.index]) {
        seen[line.customer.index] = 1;
        summary.customers++;
      }
      yield csvLine(line);
    }
  }
  const out = createWriteStream(path);
  for (const chunk of chunked(rows())) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return summary;
}

function csvLine(line: Line): string {
  const { customer } = line;
  const date = `${two(line.day)}-${two(line.month)}-${line.year}`;
  const hours =
    line.hoursHundredths === null ? '' : decimalHours(line.hoursHundredths).replace('.', ',');
  return (
    `${customer.code};${csvField(customer.name)};${date};${line.invoiceNumber};` +
    `${dutchAmount(line.cents)};${line.serviceLine};${hours}\r\n`
  );
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** -123456 → "-1.234,56" */
function dutchAmount(cents: number): string {
  const size = Math.abs(cents);
  const euros = String(Math.floor(size / 100)).replace(/\B(?=(\d{3})+$)/g, '.');
  return `${cents < 0 ? '-' : ''}${euros},${two(size % 100)}`;
}

async function newFirm(pool: pg.Pool, name: string): Promise<string> {
  const id = randomUUID();
  await pool.query('insert into workspaces (workspace_id, name) values ($1, $2)', [id, name]);
  return id;
}

async function copyOrganizations(
  pool: pg.Pool,
  workspaceId: string,
  customers: Customer[],
  ids: string[],
): Promise<void> {
  const client = await pool.connect();
  try {
    const rows = customers.map((customer, i) =>
      organizationCopyRow(workspaceId, ids[i]!, customer),
    );
    await pipeline(
      chunkedStream(rows),
      client.query(copyFrom(`copy organizations (${organizationColumns}) from stdin`)),
    );
  } finally {
    client.release();
  }
}

const chunkedStream = (rows: Iterable<string>) =>
  (async function* () {
    yield* chunked(rows);
  })();

/** Vacuum, statistics and a checkpoint between the runs, so none pays for the one before. */
async function settle(pool: pg.Pool): Promise<void> {
  await pool.query('vacuum analyze');
  await pool.query('checkpoint');
}

/**
 * The baseline: the lines as clean COPY rows (organisation ids, cents, ISO dates, fingerprints)
 * in a file made beforehand, streamed with COPY into revenue_lines. Only the COPY is timed.
 */
async function rawCopy(
  pool: pg.Pool,
  folder: string,
  workspaceId: string,
  customers: Customer[],
  organizationIds: string[],
): Promise<number> {
  const path = join(folder, `clean-${workspaceId}.copy`);
  const random = seededRandom(seed + 2);
  const importId = seededUuid(random);
  function* rows(): Generator<string> {
    for (const line of revenueLines(customers, lineCount, seed)) {
      const organizationId = organizationIds[line.customer.index]!;
      yield revenueLineCopyRow(workspaceId, seededUuid(random), organizationId, importId, line);
    }
  }
  const out = createWriteStream(path);
  for (const chunk of chunked(rows())) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  await pool.query('checkpoint');

  // the lines name their import, whose row the database checks they refer to
  await pool.query(
    `insert into imports (workspace_id, id, kind, source_name, format, rows_read, lines_written,
       lines_already_present, rows_refused, organizations_created)
     values ($1, $2, 'revenue', 'baseline', 'csv', 0, 0, 0, 0, 0)`,
    [workspaceId, importId],
  );
  const client = await pool.connect();
  try {
    const started = performance.now();
    await pipeline(
      createReadStream(path, { highWaterMark: 65_536 }),
      client.query(copyFrom(`copy revenue_lines (${revenueLineColumns}) from stdin`)),
    );
    return seconds(started);
  } finally {
    client.release();
    rmSync(path, { force: true });
  }
}

type Statement = { text: string; start: number; end: number };

/**
 * The real import on a pool of its own whose connection notes when each statement starts and
 * ends, with the source wrapped to add up the time spent waiting for its next line (reading,
 * parsing and checking the CSV), and the RSS sampled every 100 ms.
 */
async function timedImport(database: Database, path: string, workspaceId: string) {
  const importPool = new pg.Pool({ ...database.connectionConfig, max: 1 });
  importPool.on('error', () => undefined);
  onCleanUp(() => importPool.end());
  const statements: Statement[] = [];
  importPool.on('acquire', (client) => recordStatements(client, statements));

  const memory = { rssBefore: process.memoryUsage().rss, rssPeak: 0, heapPeak: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    memory.rssPeak = Math.max(memory.rssPeak, usage.rss);
    memory.heapPeak = Math.max(memory.heapPeak, usage.heapUsed);
  };
  const sampler = setInterval(sample, 100);
  const parsing = { ms: 0 };
  const started = performance.now();
  let report: RevenueImportReport;
  try {
    const source = await openRevenueSource(path);
    try {
      report = await importRevenue({ pool: importPool }, timed(source.items, parsing), {
        workspaceId,
        userId: null,
        sourceName: 'omzet-2015-2024.csv',
        format: source.format,
        unknownCustomers: 'create',
        withProblems: 'import-good-rows',
      });
    } finally {
      await source.close();
    }
  } finally {
    clearInterval(sampler);
    sample();
  }
  const total = seconds(started);
  if (process.env.BENCH_STATEMENTS) {
    console.log('Statements of the import that took 50 ms or more:');
    for (const s of statements.filter((s) => s.end - s.start >= 50))
      console.log(
        `  ${((s.end - s.start) / 1000).toFixed(2).padStart(7)} s  ${s.text.slice(0, 110)}`,
      );
  }
  return {
    seconds: total,
    report,
    ...memory,
    stages: stages(statements, parsing.ms, started, total),
  };
}

/** Wraps a pool client's query so each statement's start and end are kept. */
function recordStatements(client: pg.PoolClient, statements: Statement[]): void {
  const marked = client as pg.PoolClient & { benchOriginalQuery?: unknown };
  if (marked.benchOriginalQuery) return;
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  marked.benchOriginalQuery = original;
  const query = (...args: unknown[]) => {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const statement: Statement = {
      text: text.replace(/\s+/g, ' ').trim(),
      start: performance.now(),
      end: NaN,
    };
    statements.push(statement);
    const done = () => void (statement.end = performance.now());
    const result = original(...args);
    if (result instanceof Promise) result.then(done, done);
    else if (result && typeof (result as NodeJS.EventEmitter).once === 'function') {
      (result as NodeJS.EventEmitter).once('finish', done);
      (result as NodeJS.EventEmitter).once('error', done);
    }
    return result;
  };
  (client as unknown as { query: unknown }).query = query;
}

function timed<T>(items: AsyncIterable<T>, clock: { ms: number }): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      const iterator = items[Symbol.asyncIterator]();
      let finished = false;
      try {
        for (;;) {
          const before = performance.now();
          const next = await iterator.next();
          clock.ms += performance.now() - before;
          if (next.done) {
            finished = true;
            return;
          }
          yield next.value;
        }
      } finally {
        if (!finished) await iterator.return?.();
      }
    },
  };
}

/** Where the import's time went, from the statements it ran, in seconds. */
function stages(
  statements: Statement[],
  parsingMs: number,
  started: number,
  totalSeconds: number,
): [string, number][] {
  const find = (start: string, containing = '') => {
    const found = statements.find((s) => {
      const text = s.text.toLowerCase();
      return text.startsWith(start) && text.includes(containing);
    });
    if (!found) throw new Error(`the import ran no statement "${start}…${containing}"`);
    return found;
  };
  const begin = find('begin');
  const staging = find('create temporary table import_lines');
  const analyze = find('analyze import_lines');
  const matching = find('select', 'from "organizations"');
  const insert = find('with written as ( insert into revenue_lines');
  const rebuildStart = find('delete from client_years');
  const rebuildEnd = find('insert into client_years');
  const commit = find('commit');
  const between = (from: number, to: number) => (to - from) / 1000;
  const creating = statements.filter(
    (s) =>
      s.start >= matching.start &&
      s.start < insert.start &&
      /^insert into "(organizations|audit_log)"/.test(s.text),
  );
  const creatingSeconds = creating.reduce((sum, s) => sum + (s.end - s.start), 0) / 1000;
  const matchingSql =
    statements
      .filter((s) => s.start >= analyze.end && s.end <= insert.start)
      .reduce((sum, s) => sum + (s.end - s.start), 0) / 1000;
  const stagingSeconds = between(staging.start, analyze.start);
  const parsingSeconds = parsingMs / 1000;
  return [
    ['opening the file, reading its first 200 rows', between(started, begin.start)],
    ['staging: reading, parsing, checking, fingerprinting', parsingSeconds],
    ['staging: COPY into the temporary table (rest)', stagingSeconds - parsingSeconds],
    ['analyze import_lines', between(analyze.start, analyze.end)],
    ['matching customers, creating the unknown ones', between(analyze.end, insert.start)],
    [`  in SQL statements`, matchingSql],
    [`    of which ${creating.length} inserts of organisations and audit rows`, creatingSeconds],
    [`  in Node between them`, between(analyze.end, insert.start) - matchingSql],
    ['INSERT … SELECT into revenue_lines', between(insert.start, insert.end)],
    ['rebuilding the yearly figures (client_years)', between(rebuildStart.start, rebuildEnd.end)],
    ['recording the import, commit', between(rebuildEnd.end, commit.end)],
    ['total', totalSeconds],
  ];
}

/** The import read every line, refused none, and wrote the same lines as the raw COPY. */
async function check(
  pool: pg.Pool,
  report: RevenueImportReport,
  csv: CsvSummary,
  firms: { rawBefore: string; imported: string; rawAfter: string },
): Promise<void> {
  if (report.rowsRefused > 0) {
    const shown = report.problems.slice(0, 5).map((p) => `row ${p.rowNumber}: ${p.reason}`);
    throw new Error(`the import refused ${report.rowsRefused} rows: ${shown.join('; ')}`);
  }
  if (report.linesWritten !== csv.lines)
    throw new Error(`the import wrote ${report.linesWritten} of ${csv.lines} lines`);
  if (report.customers.createdCount !== csv.customers)
    throw new Error(
      `the import made ${report.customers.createdCount} organisations for ${csv.customers} customers`,
    );
  if (report.revenueWrittenCents !== csv.cents)
    throw new Error(`the import wrote ${report.revenueWrittenCents} cents of ${csv.cents}`);
  const same = await pool.query<{ lines: number; hours: boolean }>(
    `select count(*)::int as lines, bool_and(i.hours is not distinct from r.hours
              and i.invoice_date = r.invoice_date and i.amount_cents = r.amount_cents) as hours
       from revenue_lines i
       join revenue_lines r on r.workspace_id = $2 and r.fingerprint = i.fingerprint
      where i.workspace_id = $1`,
    [firms.imported, firms.rawBefore],
  );
  const { lines, hours } = same.rows[0]!;
  if (lines !== csv.lines || !hours)
    throw new Error(`only ${lines} of ${csv.lines} imported lines equal the raw COPY's`);
  console.log(
    `Checked: the import wrote all ${csv.lines.toLocaleString('en')} lines, made ` +
      `${report.customers.createdCount.toLocaleString('en')} organisations, and its lines equal ` +
      `the raw COPY's (fingerprint, date, amount, hours)`,
  );
}

runBenchmark(main);
