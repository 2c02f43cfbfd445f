// The organisation list under load: GET /api/v1/organizations (a page of 50, sorted by name,
// searched) served by the real app, against a bare node:http server that runs the very same SQL
// through the same driver and pool size and answers JSON. The ratio app/raw is what the app adds.
//
//   npm run bench      BENCH_ORGANIZATIONS (50000), BENCH_SECONDS (10), BENCH_ROUNDS (2),
//                      BENCH_QUERY (bouw); BENCH_EXPLAIN=1 prints the query plans
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { serve } from '@hono/node-server';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '../src/db/schema.ts';
import { demoSignIn } from '../src/demo/firm.ts';
import { loadDemoFirm } from '../src/demo/load.ts';
import { createApp } from '../src/server/app.ts';
import { configFromEnv } from '../src/server/config.ts';
import {
  loadTest,
  onCleanUp,
  runBenchmark,
  throwawayDatabase,
  type LoadResult,
} from './support.ts';

const organizations = positive('BENCH_ORGANIZATIONS', 50_000);
const seconds = positive('BENCH_SECONDS', 10);
const rounds = positive('BENCH_ROUNDS', 2);
const warmupSeconds = 3;
const connections = 32;
/** The app's pool size (src/db/connection.ts); the raw server gets the same. */
const poolSize = 10;
/** A word people type; it matches about one organisation in twenty of the demo firm. */
const term = process.env.BENCH_QUERY ?? 'bouw';
const path = `/api/v1/organizations?q=${encodeURIComponent(term)}&sort=name&limit=50`;
const targets = { ratio: 0.6, p99: 50 };

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

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

/** Requests being handled; a closed socket does not stop a handler that is still running. */
let inFlight = 0;

async function counted<T>(handle: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await handle();
  } finally {
    inFlight--;
  }
}

/** Closes a server once its handlers are done (3 s at most), so none reaches a closed pool. */
async function closeServer(server: Server): Promise<void> {
  server.close();
  server.closeAllConnections();
  const deadline = Date.now() + 3_000;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

type Statement = { text: string; params: unknown[] };

async function main(): Promise<void> {
  console.log(
    `Organisation list: ${organizations.toLocaleString('en')} organisations, q="${term}"`,
  );
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadLine()} at the start`);
  const database = await throwawayDatabase(poolSize);
  const summary = await loadDemoFirm(database, { seed: 1, organizations });
  console.log(`Demo firm loaded in ${summary.seconds.toFixed(1)} s`);

  // The app, on the database's own pool, with a logger that records the SQL of one request.
  let recording: Statement[] | undefined;
  const db = drizzle(database.pool, {
    schema,
    logger: { logQuery: (text, params) => recording?.push({ text, params }) },
  });
  const app = createApp({ db, config: configFromEnv({}) });
  const appServer = serve({
    fetch: (request, env) => counted(async () => app.fetch(request, env)),
    port: 0,
    hostname: '127.0.0.1',
  }) as Server;
  onCleanUp(() => closeServer(appServer));
  await new Promise((resolve) => appServer.once('listening', resolve));
  const appUrl = `http://127.0.0.1:${(appServer.address() as AddressInfo).port}`;

  const authorization = `Bearer ${await apiToken(appUrl)}`;
  const headers = { authorization };
  await get(appUrl, headers); // the token's first use is recorded; steady state from here
  recording = [];
  const appAnswer = await get(appUrl, headers);
  const statements = recording;
  recording = undefined;

  // The raw baseline: the same statements, the same driver and pool size, JSON out.
  const rawPool = new pg.Pool({ ...database.connectionConfig, max: poolSize });
  rawPool.on('error', () => undefined); // connections end when the server stops at cleanup
  onCleanUp(() => rawPool.end());
  const rawServer = createServer((_request, response) => {
    void counted(async () => {
      // every statement runs; the page is the rows of the one that reads the organisations (the
      // others read the firm's day, its settings and the page's categories)
      let page: unknown[] = [];
      for (const statement of statements) {
        const { rows } = await rawPool.query<Record<string, unknown>>(
          statement.text,
          statement.params,
        );
        if (/from "organizations"/.test(statement.text)) page = rows;
      }
      const body = JSON.stringify({ items: page.slice(0, 50), nextCursor: null, total: null });
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    }).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  onCleanUp(() => closeServer(rawServer));
  const rawUrl = await listen(rawServer);
  const rawAnswer = await get(rawUrl, headers);

  const appIds = (appAnswer.items as { id: string }[]).map((item) => item.id);
  const rawIds = (rawAnswer.items as { id: string }[]).map((item) => item.id);
  if (appIds.length === 0) throw new Error(`nothing matches "${term}"`);
  if (appIds.join() !== rawIds.join())
    throw new Error('the raw server does not answer the same page as the app');
  const [matching] = (
    await database.pool.query<{ n: number }>(
      `select count(*)::int as n from organizations where search_key like $1 and archived_at is null`,
      [`%${term}%`],
    )
  ).rows;
  console.log(
    `GET ${path}: ${matching?.n.toLocaleString('en')} matching organisations ` +
      `(${((100 * (matching?.n ?? 0)) / organizations).toFixed(1)}%)`,
  );
  console.log(`SQL per request, run by both servers:`);
  for (const [i, statement] of statements.entries())
    console.log(`  ${i + 1}. ${statement.text.replace(/\s+/g, ' ').slice(0, 160)}…`);
  if (process.env.BENCH_EXPLAIN) {
    for (const statement of statements) {
      const plan = await database.pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${statement.text}`,
        statement.params,
      );
      console.log(plan.rows.map((r) => `     ${r['QUERY PLAN']}`).join('\n'));
    }
  }
  console.log(
    `autocannon: ${connections} connections, warm-up ${warmupSeconds} s, ${rounds} × ${seconds} s ` +
      `per server (alternating), loopback; pool of ${poolSize} each\n`,
  );

  const run = async (url: string, duration: number) =>
    loadTest({ url: `${url}${path}`, connections, seconds: duration, headers });
  await run(appUrl, warmupSeconds);
  await run(rawUrl, warmupSeconds);
  const results: { app: LoadResult[]; raw: LoadResult[] } = { app: [], raw: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['app', 'raw'] as const) : (['raw', 'app'] as const);
    for (const which of order) {
      const result = await run(which === 'app' ? appUrl : rawUrl, seconds);
      results[which].push(result);
      console.log(`  round ${round + 1} ${which}: ${line(result)}`);
      if (result.failures > 0)
        throw new Error(`${which}: ${result.failures} requests failed or did not answer 200`);
    }
  }

  console.log(
    `  load average ${loadLine()} at the end (other work on the machine skews all figures)`,
  );
  const appMean = mean(results.app);
  const rawMean = mean(results.raw);
  const ratio = appMean.requestsPerSecond / rawMean.requestsPerSecond;
  console.log(`\nMeans of the rounds:`);
  console.log(`          req/s    p50 ms    p99 ms  CPU ms/req (Node, servers only)`);
  console.log(`  app  ${row(appMean)}`);
  console.log(`  raw  ${row(rawMean)}`);
  console.log(`  app/raw throughput ratio: ${ratio.toFixed(2)}\n`);
  console.log(
    `${ratio >= targets.ratio ? 'PASS' : 'MISS'} throughput ratio app/raw ≥ ${targets.ratio} (${ratio.toFixed(2)})`,
  );
  console.log(
    `${appMean.p99 < targets.p99 ? 'PASS' : 'MISS'} app p99 < ${targets.p99} ms (${appMean.p99.toFixed(1)} ms)`,
  );
}

/** Signs the demo owner in and makes an API token, as a user would in Settings. */
async function apiToken(url: string): Promise<string> {
  const signIn = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoSignIn),
  });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const token = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'benchmark' }),
  });
  if (token.status !== 201) throw new Error(`creating an API token answered ${token.status}`);
  return ((await token.json()) as { secret: string }).secret;
}

async function get(url: string, headers: Record<string, string>) {
  const response = await fetch(`${url}${path}`, { headers });
  if (response.status !== 200)
    throw new Error(`${url}${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { items: unknown[] };
}

function mean(results: LoadResult[]): LoadResult {
  const average = (pick: (r: LoadResult) => number) =>
    results.reduce((sum, r) => sum + pick(r), 0) / results.length;
  return {
    requestsPerSecond: average((r) => r.requestsPerSecond),
    cpuPerRequest: average((r) => r.cpuPerRequest),
    p50: average((r) => r.p50),
    p99: average((r) => r.p99),
    requests: average((r) => r.requests),
    failures: average((r) => r.failures),
  };
}

const line = (r: LoadResult) =>
  `${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
  `${r.cpuPerRequest.toFixed(2)} ms server CPU per request (${r.requests.toLocaleString('en')} requests)`;

const row = (r: LoadResult) =>
  [r.requestsPerSecond.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), r.cpuPerRequest.toFixed(2)]
    .map((value) => value.padStart(8))
    .join('  ');

runBenchmark(main);
