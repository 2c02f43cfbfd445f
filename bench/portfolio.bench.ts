// The portfolio page of one year for a firm of 20,000 clients and ten years of revenue lines:
// portfolioReport, which reads the yearly figures (client_years), against the naive way, one
// query that adds up every revenue line of the firm per client and year on each request and
// then the same computations of src/core/portfolio. Both run alternately in the same process.
// portfolioReport keeps a report until its figures, names or settings change; it is timed as
// the API answers (kept) and with every kept report forgotten first (computed).
// The naive call reads the firm's settings once, not per call, and looks up no names; it does
// compute the revenue bridge, which portfolioReport leaves to bridgeReport.
//
//   npm run bench:portfolio   BENCH_LINES (1000000), BENCH_CUSTOMERS (20000), BENCH_CALLS (100
//                             portfolio calls), BENCH_NAIVE_CALLS (20), BENCH_YEAR (the last);
//                             BENCH_EXPLAIN=1 prints the plans of the portfolio's statements;
//                             BENCH_PROFILE=FILE writes a CPU profile of 20 more portfolio calls
import { randomUUID } from 'node:crypto';
import { Agent, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { serve } from '@hono/node-server';
import { drizzle } from 'drizzle-orm/node-postgres';
import { dayAt, defaultTimeZone } from '../src/core/time-zone.ts';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import {
  abcByRevenue,
  clientGrowth,
  concentration,
  dependencyAlerts,
  fiscalYearRange,
  paretoAnalysis,
  relationshipLength,
  revenueBridge,
  revenueShares,
  type ClientYear,
} from '../src/core/portfolio/index.ts';
import * as schema from '../src/db/schema.ts';
import { refreshClientYears } from '../src/features/portfolio/client-years.repo.ts';
import { portfolioRows } from '../src/features/portfolio/portfolio.repo.ts';
import { portfolioReport } from '../src/features/portfolio/portfolio.service.ts';
import { forgetReports } from '../src/features/portfolio/report-cache.ts';
import { createUser } from '../src/features/users/users.service.ts';
import { createApp } from '../src/server/app.ts';
import { configFromEnv } from '../src/server/config.ts';
import {
  chunked,
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
} from './revenue-data.ts';
import { onCleanUp, runBenchmark, throwawayDatabase } from './support.ts';

const lineCount = positive('BENCH_LINES', 1_000_000);
const customerCount = positive('BENCH_CUSTOMERS', 20_000);
const calls = positive('BENCH_CALLS', 100);
const naiveCalls = positive('BENCH_NAIVE_CALLS', 20);
const year = positive('BENCH_YEAR', lastYear);
const warmup = 3;
const seed = 20_240_101;
const targets = { p50: 100, p99: 250, speedup: 3 };

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
const since = (start: number) => performance.now() - start;

type Firm = { dependencyThresholdBp: number; abcBoundaryABp: number; abcBoundaryBBp: number };

async function main(): Promise<void> {
  console.log(
    `Portfolio of ${year}: ${customerCount.toLocaleString('en')} clients, ` +
      `${lineCount.toLocaleString('en')} revenue lines ${firstYear}–${lastYear}`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadLine()} at the start`);
  const database = await throwawayDatabase(4);
  const { pool } = database;

  const workspaceId = randomUUID();
  await pool.query('insert into workspaces (workspace_id, name) values ($1, $2)', [
    workspaceId,
    'Portfolio',
  ]);
  let started = performance.now();
  await load(pool, workspaceId);
  console.log(`Loaded with COPY in ${(since(started) / 1000).toFixed(1)} s`);
  started = performance.now();
  await refreshClientYears(database.db, workspaceId);
  await pool.query('vacuum analyze');
  const [sizes] = (
    await pool.query<{ years: number; lines: number }>(
      `select (select count(*) from client_years where workspace_id = $1)::int as years,
              (select count(*) from revenue_lines where workspace_id = $1)::int as lines`,
      [workspaceId],
    )
  ).rows;
  console.log(
    `client_years built and vacuum analyze in ${(since(started) / 1000).toFixed(1)} s: ` +
      `${sizes?.years.toLocaleString('en')} rows for ${sizes?.lines.toLocaleString('en')} lines`,
  );

  // the portfolio on a pool of its own whose time in SQL is added up
  const appPool = new pg.Pool({ ...database.connectionConfig, max: 4 });
  appPool.on('error', () => undefined);
  onCleanUp(() => appPool.end());
  const sqlClock = timeQueries(appPool);
  const db = drizzle(appPool, { schema });
  const [firm] = (
    await pool.query<Firm>(
      `select dependency_threshold_bp as "dependencyThresholdBp", abc_boundary_a_bp as "abcBoundaryABp",
              abc_boundary_b_bp as "abcBoundaryBBp" from workspaces where workspace_id = $1`,
      [workspaceId],
    )
  ).rows;
  if (!firm) throw new Error('the firm is gone');

  const app = async () => {
    const sqlBefore = sqlClock.ms;
    const start = performance.now();
    const report = await portfolioReport(db, workspaceId, year, dayAt(new Date(), defaultTimeZone));
    const ms = since(start);
    return { ms, sqlMs: sqlClock.ms - sqlBefore, report };
  };
  // the API itself over HTTP, signed in as the firm's owner: what the portfolio page waits for
  const fetchPortfolio = await portfolioOverHttp(db, workspaceId);
  const api = async () => {
    const start = performance.now();
    await fetchPortfolio();
    return { ms: since(start), sqlMs: 0 };
  };
  // the same call with nothing kept: the first request after an import or a rename
  const computed = async () => {
    forgetReports();
    return app();
  };
  const naive = async () => {
    const start = performance.now();
    const rows = await naiveRows(pool, workspaceId);
    const sqlMs = since(start);
    const figures = computations(rows, firm);
    return { ms: since(start), sqlMs, rows, figures };
  };

  const first = await app();
  const baseline = await naive();
  await check(db, workspaceId, first.report, baseline.rows, firm);
  console.log(
    `${first.report.activeClients.toLocaleString('en')} active clients in ${year}, ` +
      `${first.report.dependencyAlerts.length} dependency alerts; the naive query reads ` +
      `${baseline.rows.length.toLocaleString('en')} client-years`,
  );
  if (process.env.BENCH_EXPLAIN) await explain(appPool, workspaceId);

  for (let i = 0; i < warmup; i++) {
    await computed();
    await app();
    await api();
    await naive();
  }
  const every = Math.max(1, Math.round(calls / naiveCalls));
  console.log(
    `Timing ${calls} portfolio calls and ${naiveCalls} naive ones, one naive call after every ` +
      `${every} portfolio calls, after a warm-up of ${warmup} each`,
  );
  const appTimes: { ms: number; sqlMs: number }[] = [];
  const apiTimes: number[] = [];
  const computedTimes: { ms: number; sqlMs: number }[] = [];
  const naiveTimes: { ms: number; sqlMs: number }[] = [];
  for (let i = 0; appTimes.length < calls || naiveTimes.length < naiveCalls; i++) {
    if (appTimes.length < calls) {
      const { ms, sqlMs } = await app();
      appTimes.push({ ms, sqlMs });
      apiTimes.push((await api()).ms);
    }
    if ((i + 1) % every === 0 || appTimes.length >= calls) {
      if (naiveTimes.length < naiveCalls) {
        const { ms, sqlMs } = await naive();
        naiveTimes.push({ ms, sqlMs });
        const once = await computed();
        computedTimes.push({ ms: once.ms, sqlMs: once.sqlMs });
      }
    }
  }
  console.log(
    `  load average ${loadLine()} at the end (other work on the machine skews all figures)`,
  );

  const appMs = appTimes.map((t) => t.ms);
  const naiveMs = naiveTimes.map((t) => t.ms);
  const a = { p50: percentile(appMs, 50), p99: percentile(appMs, 99) };
  const n = { p50: percentile(naiveMs, 50), p99: percentile(naiveMs, 99) };
  const h = { p50: percentile(apiTimes, 50), p99: percentile(apiTimes, 99) };
  const computedMs = computedTimes.map((t) => t.ms);
  const c = { p50: percentile(computedMs, 50), p99: percentile(computedMs, 99) };
  const speedup = n.p50 / a.p50;
  const median = (values: number[]) => percentile(values, 50);
  console.log(`\n                         p50 ms    p99 ms   median SQL ms   median rest ms`);
  console.log(
    `  portfolio (client_years) ${cells(a.p50, a.p99, median(appTimes.map((t) => t.sqlMs)), median(appTimes.map((t) => t.ms - t.sqlMs)))}`,
  );
  console.log(`  GET /api/v1/portfolio    ${cells(h.p50, h.p99)}`);
  console.log(
    `  computed (nothing kept)  ${cells(c.p50, c.p99, median(computedTimes.map((t) => t.sqlMs)), median(computedTimes.map((t) => t.ms - t.sqlMs)))}`,
  );
  console.log(
    `  naive (all lines)        ${cells(n.p50, n.p99, median(naiveTimes.map((t) => t.sqlMs)), median(naiveTimes.map((t) => t.ms - t.sqlMs)))}`,
  );
  console.log(
    `  p99 of ${naiveCalls} naive calls is close to their maximum; "rest" is the computations ` +
      `(and for the portfolio, Node between its statements)`,
  );
  console.log(
    `  "portfolio" is the call as the API answers it, the report kept between two imports; ` +
      `"computed" forgets every kept report first; GET is the same over HTTP, JSON included`,
  );
  console.log(`  naive/portfolio speed ratio (p50): ${speedup.toFixed(1)}×`);
  console.log(`  naive/computed speed ratio (p50): ${(n.p50 / c.p50).toFixed(1)}×`);
  await breakdown(sqlClock, appPool, db, workspaceId, firm);
  if (process.env.BENCH_PROFILE) await profile(process.env.BENCH_PROFILE, computed);
  console.log('');
  console.log(
    `${h.p50 <= targets.p50 ? 'PASS' : 'MISS'} GET /api/v1/portfolio p50 ≤ ${targets.p50} ms (${h.p50.toFixed(1)} ms)`,
  );
  console.log(
    `${h.p99 <= targets.p99 ? 'PASS' : 'MISS'} GET /api/v1/portfolio p99 ≤ ${targets.p99} ms (${h.p99.toFixed(1)} ms)`,
  );
  console.log(
    `${speedup >= targets.speedup ? 'PASS' : 'MISS'} portfolio ≥ ${targets.speedup}× faster than the naive SQL (${speedup.toFixed(1)}×)`,
  );
  const computedSpeedup = n.p50 / c.p50;
  console.log(
    `${computedSpeedup >= targets.speedup ? 'PASS' : 'MISS'} computed ≥ ${targets.speedup}× faster than the naive SQL (${computedSpeedup.toFixed(1)}×)`,
  );
}

/** Serves the app on a free port and signs in an owner; the function fetches the portfolio. */
async function portfolioOverHttp(db: Parameters<typeof portfolioRows>[0], workspaceId: string) {
  const credentials = { email: 'bench@example.nl', password: 'benchmark password 2024' };
  await createUser(db, { workspaceId, name: 'Bench', role: 'owner', ...credentials });
  const app = createApp({ db, config: configFromEnv({}) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
  onCleanUp(() => {
    server.close();
    server.closeAllConnections();
  });
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  // node:http, reading the body as bytes to its last one: fetch's own decoding of 5 MB in this
  // process would be timed as the server's
  const agent = new Agent({ keepAlive: true });
  onCleanUp(() => agent.destroy());
  return () =>
    new Promise<number>((resolve, reject) => {
      const request = get(
        `${url}/api/v1/portfolio?year=${year}`,
        { headers: { cookie }, agent },
        (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () =>
            response.statusCode === 200
              ? resolve(bytes)
              : reject(new Error(`the portfolio answered ${response.statusCode}`)),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
}

/** A CPU profile of 20 more portfolio calls alone, to open in a browser's developer tools. */
async function profile(path: string, call: () => Promise<unknown>): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let i = 0; i < 20; i++) await call();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(path, JSON.stringify(profile));
  session.disconnect();
  console.log(`CPU profile of 20 portfolio calls written to ${path}`);
}

const cells = (...values: number[]) => values.map((v) => v.toFixed(1).padStart(9)).join('     ');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/** The clients and their lines, straight into the tables with COPY. */
async function load(pool: pg.Pool, workspaceId: string): Promise<void> {
  const customers = makeCustomers(customerCount, seed);
  const random = seededRandom(seed + 1);
  const ids = customers.map(() => seededUuid(random));
  const client = await pool.connect();
  try {
    await pipeline(
      streamOf(chunked(customers.map((c, i) => organizationCopyRow(workspaceId, ids[i]!, c)))),
      client.query(copyFrom(`copy organizations (${organizationColumns}) from stdin`)),
    );
    const lines = (function* () {
      for (const line of revenueLines(customers, lineCount, seed)) {
        const organizationId = ids[line.customer.index]!;
        yield revenueLineCopyRow(workspaceId, seededUuid(random), organizationId, null, line);
      }
    })();
    await pipeline(
      streamOf(chunked(lines)),
      client.query(copyFrom(`copy revenue_lines (${revenueLineColumns}) from stdin`)),
    );
  } finally {
    client.release();
  }
}

const streamOf = (chunks: Iterable<string>) =>
  (async function* () {
    yield* chunks;
  })();

type NaiveRow = {
  organization_id: string;
  fiscal_year: number;
  revenue_cents: string;
  costed_revenue_cents: string;
  cost_cents: string;
  hours: string | null;
  hour_revenue_cents: string;
  credit_notes: string;
  credit_cents: string;
  first_invoice_date: string;
  service_lines: string[];
};

/**
 * The naive read: every revenue line of the firm added up per client and calendar year on each
 * request, with the same figures the yearly table holds, so the page could show the same.
 */
async function naiveRows(pool: pg.Pool, workspaceId: string): Promise<ClientYear[]> {
  const result = await pool.query<NaiveRow>(
    `select l.organization_id, extract(year from l.invoice_date)::int as fiscal_year,
            sum(l.amount_cents)::text as revenue_cents,
            coalesce(sum(l.amount_cents) filter (where l.cost_cents is not null), 0)::text
              as costed_revenue_cents,
            coalesce(sum(l.cost_cents), 0)::text as cost_cents,
            sum(l.hours)::text as hours,
            coalesce(sum(l.amount_cents) filter (where l.hours is not null), 0)::text
              as hour_revenue_cents,
            count(*) filter (where l.amount_cents < 0)::text as credit_notes,
            coalesce(-sum(l.amount_cents) filter (where l.amount_cents < 0), 0)::text
              as credit_cents,
            min(l.invoice_date)::text as first_invoice_date,
            coalesce(array_agg(distinct l.service_line order by l.service_line)
              filter (where l.service_line is not null), '{}') as service_lines
       from revenue_lines l
      where l.workspace_id = $1
      group by 1, 2`,
    [workspaceId],
  );
  return result.rows.map((row) => {
    const revenueCents = Number(row.revenue_cents);
    const costKnown = Number(row.costed_revenue_cents) === revenueCents && revenueCents !== 0;
    const hoursKnown = row.hours !== null && Number(row.hour_revenue_cents) === revenueCents;
    return {
      clientId: row.organization_id,
      year: Number(row.fiscal_year),
      revenueCents,
      costCents: costKnown ? Number(row.cost_cents) : null,
      hours: hoursKnown ? Number(row.hours) : null,
      serviceLines: row.service_lines,
      creditNoteCount: Number(row.credit_notes),
      creditNoteCents: Number(row.credit_cents),
    };
  });
}

/** The figures of the year from src/core/portfolio, as the naive page computes them. */
function computations(rows: readonly ClientYear[], firm: Firm) {
  return {
    shares: revenueShares(rows, year),
    pareto: paretoAnalysis(rows, year),
    concentration: concentration(rows, year),
    alerts: dependencyAlerts(rows, {
      years: [year],
      thresholdBasisPoints: firm.dependencyThresholdBp,
    }),
    abc: abcByRevenue(rows, year, {
      aBasisPoints: firm.abcBoundaryABp,
      bBasisPoints: firm.abcBoundaryBBp,
    }),
    growth: clientGrowth(rows, year),
    bridge: revenueBridge(rows, year),
  };
}

type Report = Awaited<ReturnType<typeof portfolioReport>>;

/** Both ways give the same figures: the computations agree on the two sets of rows. */
async function check(
  db: Parameters<typeof portfolioRows>[0],
  workspaceId: string,
  report: Report,
  naive: ClientYear[],
  firm: Firm,
): Promise<void> {
  const fromTable = computations(await portfolioRows(db, workspaceId, year), firm);
  const fromLines = computations(naive, firm);
  for (const key of Object.keys(fromTable) as (keyof typeof fromTable)[]) {
    if (!isDeepStrictEqual(fromTable[key], fromLines[key]))
      throw new Error(`${key} differs between the yearly figures and the revenue lines`);
  }
  if (report.revenueCents !== fromLines.shares.activeRevenueCents)
    throw new Error('the portfolio report and the naive figures differ in revenue');
  console.log('Checked: the yearly figures and the naive query give the same figures');
}

type SqlClock = { ms: number; byStatement: Map<string, number[]> };

/** Times every query of a pool, until its rows are read: in all, and per statement. */
function timeQueries(pool: pg.Pool): SqlClock {
  const clock: SqlClock = { ms: 0, byStatement: new Map() };
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const query = async (...args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    const text = (typeof first === 'string' ? first : (first.text ?? '')).replace(/\s+/g, ' ');
    const start = performance.now();
    try {
      return await original(...args);
    } finally {
      const ms = since(start);
      clock.ms += ms;
      const label = text.trim().slice(0, 90);
      const times = clock.byStatement.get(label) ?? [];
      times.push(ms);
      clock.byStatement.set(label, times);
    }
  };
  (pool as unknown as { query: unknown }).query = query;
  return clock;
}

/**
 * Where a portfolio call's time goes: each statement (median over the timed calls, summed when
 * a call runs it more than once) and each computation of portfolioReport, run alone on the rows
 * the report reads.
 */
async function breakdown(
  clock: SqlClock,
  pool: pg.Pool,
  db: Parameters<typeof portfolioRows>[0],
  workspaceId: string,
  firm: Firm,
): Promise<void> {
  console.log('\nWhere a computed portfolio call spends its time (medians):');
  console.log('  SQL: in Node (until the rows are read) / of which executing in PostgreSQL');
  for (const statement of await statementsOfOneCall(pool, workspaceId)) {
    const label = statement.text.replace(/\s+/g, ' ').trim().slice(0, 90);
    const inNode = percentile(clock.byStatement.get(label) ?? [NaN], 50);
    const executing: number[] = [];
    for (let i = 0; i < 3; i++) {
      const plan = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, timing off) ${statement.text}`,
        statement.values,
      );
      const line = plan.rows.find((r) => r['QUERY PLAN'].startsWith('Execution Time'));
      executing.push(Number(/([\d.]+) ms/.exec(line?.['QUERY PLAN'] ?? '')?.[1]));
    }
    console.log(
      `  SQL  ${inNode.toFixed(1).padStart(7)} ms / ${percentile(executing, 50).toFixed(1).padStart(6)} ms  ${label}…`,
    );
  }
  const rows = await portfolioRows(db, workspaceId, year, { serviceLinesOfYearOnly: true });
  const dates = new Map(rows.map((row) => [row.clientId, `${row.year}-01-01`]));
  const shares = revenueShares(rows, year);
  const reference = fiscalYearRange(year, 1).to;
  const steps: [string, () => unknown][] = [
    ['revenueShares', () => revenueShares(rows, year)],
    ['paretoAnalysis', () => paretoAnalysis(rows, year)],
    [
      'abcByRevenue',
      () =>
        abcByRevenue(rows, year, {
          aBasisPoints: firm.abcBoundaryABp,
          bBasisPoints: firm.abcBoundaryBBp,
        }),
    ],
    ['clientGrowth', () => clientGrowth(rows, year)],
    [
      'dependencyAlerts',
      () =>
        dependencyAlerts(rows, { years: [year], thresholdBasisPoints: firm.dependencyThresholdBp }),
    ],
    ['concentration', () => concentration(rows, year)],
    [
      'relationshipLength × clients',
      () =>
        shares.clients.map((c) =>
          relationshipLength({
            firstRevenueDate: dates.get(c.clientId) ?? null,
            referenceDate: reference,
          }),
        ),
    ],
  ];
  let total = 0;
  for (const [name, step] of steps) {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const start = performance.now();
      step();
      times.push(since(start));
    }
    const ms = percentile(times, 50);
    total += ms;
    console.log(`  JS   ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  }
  console.log(
    `  JS   ${total.toFixed(1).padStart(7)} ms  the computations together, on ${rows.length.toLocaleString('en')} rows`,
  );
}

/** The statements one portfolio call runs, with their parameters. */
async function statementsOfOneCall(pool: pg.Pool, workspaceId: string) {
  const recorded: { text: string; values: unknown[] }[] = [];
  const logged = drizzle(pool, {
    schema,
    logger: { logQuery: (text, values) => recorded.push({ text, values }) },
  });
  forgetReports();
  await portfolioReport(logged, workspaceId, year, dayAt(new Date(), defaultTimeZone));
  return recorded;
}

/** The plans of the statements one portfolio call runs, as they ran. */
async function explain(pool: pg.Pool, workspaceId: string): Promise<void> {
  for (const statement of await statementsOfOneCall(pool, workspaceId)) {
    console.log(`\n${statement.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    const plan = await pool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.text}`,
      statement.values,
    );
    console.log(plan.rows.map((r) => `   ${r['QUERY PLAN'].slice(0, 160)}`).join('\n'));
  }
}

runBenchmark(main);
