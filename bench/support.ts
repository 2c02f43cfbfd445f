// What benchmarks share: a throwaway embedded PostgreSQL in a temporary folder that is removed on
// every exit, and autocannon as a separate process (so the load generator never shares an event
// loop with the server it measures).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { embeddedDatabaseName, ensureDatabase, type Database } from '../src/db/connection.ts';
import { openEmbeddedServer } from '../src/db/embedded.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import * as schema from '../src/db/schema.ts';

const cleanups: (() => Promise<void> | void)[] = [];
let cleaning: Promise<void> | undefined;

/** Runs the cleanups (last registered first), once, whatever ends the benchmark. */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}

export function onCleanUp(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** Runs a benchmark's main function; exit code 1 on any error, cleanup always. */
export function runBenchmark(main: () => Promise<void>): void {
  main()
    .then(
      () => cleanUp(),
      async (error: unknown) => {
        console.error(
          `benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        process.exitCode = 1;
        await cleanUp();
      },
    )
    .finally(() => process.exit());
}

/**
 * A migrated database on a fresh embedded server in a temporary folder, with a pool of
 * `poolSize` connections as the app has (src/db/connection.ts).
 */
export async function throwawayDatabase(poolSize: number): Promise<Database> {
  const dataDir = mkdtempSync(join(tmpdir(), 'klandizie-bench-'));
  onCleanUp(async () => {
    await stopLeftServer(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  });
  const server = await openEmbeddedServer({ dataDir });
  onCleanUp(() => server.release());
  await ensureDatabase(server.connectionConfig, embeddedDatabaseName);
  const connectionConfig = { ...server.connectionConfig, database: embeddedDatabaseName };
  await migrateDatabase(connectionConfig);
  const pool = new pg.Pool({ ...connectionConfig, max: poolSize, idleTimeoutMillis: 30_000 });
  pool.on('error', () => undefined); // connections end when the server stops at cleanup
  const close = async () => {
    await pool.end();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the sockets close first
  };
  onCleanUp(close);
  return { db: drizzle(pool, { schema }), pool, kind: 'embedded', connectionConfig, close };
}

function serverPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** The server of our own temporary folder, when a failure left it running. */
async function stopLeftServer(dataDir: string): Promise<void> {
  const pid = serverPid(dataDir);
  if (!pid) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (serverPid(dataDir) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

export type LoadResult = {
  requestsPerSecond: number;
  /** CPU time of this process (the servers; autocannon runs apart) per request, in ms. */
  cpuPerRequest: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers other than 2xx, connection errors and timeouts. */
  failures: number;
};

type AutocannonJson = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};

const autocannonBin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

/** Runs autocannon against a URL for `seconds`; its own process, killed on cleanup. */
export function loadTest(args: {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
}): Promise<LoadResult> {
  const options = ['-c', String(args.connections), '-d', String(args.seconds), '-j', '-n'];
  for (const [name, value] of Object.entries(args.headers)) options.push('-H', `${name}=${value}`);
  const cpuBefore = process.cpuUsage();
  const child: ChildProcess = spawn(process.execPath, [autocannonBin, ...options, args.url], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  onCleanUp(stop);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const cpu = process.cpuUsage(cpuBefore);
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr}`));
      try {
        const result = JSON.parse(stdout) as AutocannonJson;
        resolve({
          requestsPerSecond: result.requests.average,
          cpuPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, result.requests.total),
          p50: result.latency.p50,
          p99: result.latency.p99,
          requests: result.requests.total,
          failures: result.non2xx + result.errors + result.timeouts,
        });
      } catch {
        reject(new Error(`autocannon gave no JSON: ${stdout.slice(0, 500)} ${stderr}`));
      }
    });
  });
}
