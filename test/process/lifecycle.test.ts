// The app as a user runs it: real `klandizie serve` processes on a real embedded PostgreSQL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase, serverConfig } from '../helpers/database.ts';
import { HttpClient, runCliAsync, startApp, stopApp } from '../helpers/processes.ts';

const dirs: string[] = [];
const password = 'correct horse battery';
afterAll(() => {
  for (const dir of dirs) {
    const pid = postmasterPid(dir); // a server left by a failed test must not outlive the run
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dir, { recursive: true, force: true });
  }
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'klandizie-life-'));
  dirs.push(dir);
  return dir;
}

function postmasterPid(dir: string): number | undefined {
  try {
    return Number(readFileSync(join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return condition();
}

async function setUp(client: HttpClient, email = 'owner@example.nl') {
  const answer = await client.send('POST', '/api/v1/setup', {
    firm: { name: 'Lifecycle', currency: 'EUR', locale: 'nl', fiscalYearStartMonth: 1 },
    owner: { name: 'Owner', email, password },
  });
  expect(answer.status).toBe(201);
}

describe('the embedded server', () => {
  it('stops with the app, and a CLI command run meanwhile uses the same server', async () => {
    const dir = dataDir();
    const app = await startApp({ KLANDIZIE_DATA: dir });
    await setUp(new HttpClient(app.url));
    const pid = postmasterPid(dir)!;
    expect(alive(pid)).toBe(true);

    // async: a blocked event loop would miss the app closing idle keep-alive sockets
    const cli = await runCliAsync(
      ['users', 'create', '--email', 'pro@example.nl', '--name', 'Pro', '--role', 'professional'],
      { KLANDIZIE_DATA: dir, KLANDIZIE_PASSWORD: password },
    );
    // the server's status lines go to standard error, beside the command's own output
    expect(cli.stderr.trim()).toMatch(/^Using the PostgreSQL server already running[^\n]*$/);
    expect(cli.stdout).not.toContain('PostgreSQL');
    expect(cli.status).toBe(0);
    expect(postmasterPid(dir)).toBe(pid);
    expect(alive(pid)).toBe(true);
    const pro = new HttpClient(app.url);
    expect(
      (await pro.send('POST', '/api/v1/session', { email: 'pro@example.nl', password })).status,
    ).toBe(200);

    await stopApp(app);
    expect(await until(() => !alive(pid))).toBe(true);
  }, 120_000);

  it('loses no acknowledged write when the app (and the server) is killed with -9, round after round', async () => {
    const dir = dataDir();
    const acknowledged: string[] = [];
    let client: HttpClient | undefined;
    for (let round = 0; round < 3; round++) {
      const app = await startApp({ KLANDIZIE_DATA: dir });
      if (!client) {
        client = new HttpClient(app.url);
        await setUp(client);
      } else {
        client = client.on(app.url);
        // everything acknowledged before the crash is there
        const ids = new Set<string>();
        let cursor: string | null = null;
        do {
          const page: { body: { items: { id: string }[]; nextCursor: string | null } } =
            await client.send(
              'GET',
              `/api/v1/organizations?limit=200${cursor ? `&cursor=${cursor}` : ''}`,
            );
          page.body.items.forEach((o) => ids.add(o.id));
          cursor = page.body.nextCursor;
        } while (cursor);
        expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      }
      const writer = client;
      let killed = false;
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; !killed; i++) {
          const answer = await writer
            .send('POST', '/api/v1/organizations', { name: `Round ${round} writer ${w} #${i}` })
            .catch(() => undefined);
          if (answer?.status === 201) acknowledged.push(answer.body.id);
        }
      });
      // a while of writing, and a few acknowledged writes however busy the machine is
      const before = acknowledged.length;
      const started = Date.now();
      while (
        Date.now() - started < 400 ||
        (acknowledged.length - before < 5 && Date.now() - started < 30_000)
      ) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const pid = postmasterPid(dir)!;
      app.child.kill('SIGKILL');
      if (round % 2 === 1) process.kill(pid, 'SIGKILL'); // the server dies too: crash recovery from the WAL
      killed = true;
      await Promise.all(writers);
      await stopApp(app, 'SIGKILL');
    }
    expect(acknowledged.length).toBeGreaterThan(10);
    const last = await startApp({ KLANDIZIE_DATA: dir });
    const count = await client!
      .on(last.url)
      .send('GET', '/api/v1/organizations?limit=1&withTotal=true');
    expect(count.body.total).toBeGreaterThanOrEqual(acknowledged.length);
    await stopApp(last);
  }, 180_000);
});

describe('on a PostgreSQL server (DATABASE_URL)', () => {
  it('runs two stateless app processes that serve the same signed-in user', async () => {
    const database = await freshDatabase();
    const config = serverConfig();
    const host = String(config.host);
    const url = `postgres://${encodeURIComponent(String(config.user))}:${encodeURIComponent(String(config.password))}@${host.startsWith('/') ? 'localhost' : host}:${config.port}/${database.name}${host.startsWith('/') ? `?host=${encodeURIComponent(host)}` : ''}`;
    const first = await startApp({ DATABASE_URL: url, KLANDIZIE_DATA: dataDir() });
    const second = await startApp({ DATABASE_URL: url, KLANDIZIE_DATA: dataDir() });
    try {
      const client = new HttpClient(first.url);
      await setUp(client);
      const created = await client.send('POST', '/api/v1/organizations', { name: 'Seen by both' });
      const elsewhere = client.on(second.url);
      expect((await elsewhere.send('GET', '/api/v1/session')).status).toBe(200);
      expect(
        (await elsewhere.send('GET', `/api/v1/organizations/${created.body.id}`)).body.name,
      ).toBe('Seen by both');
      expect((await elsewhere.send('DELETE', '/api/v1/session')).status).toBe(204);
      expect((await client.send('GET', '/api/v1/session')).status).toBe(401);
    } finally {
      await stopApp(first);
      await stopApp(second);
      await database.close();
    }
  });
});
