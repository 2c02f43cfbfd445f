// `klandizie backup` and `klandizie restore` as a user runs them: real processes, exit codes and
// messages, against databases on the test server (DATABASE_URL).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFirm, testApp } from './helpers/app.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';

const dir = mkdtempSync(join(tmpdir(), 'klandizie-backup-cli-'));
// Its own temporary folder: as root, the server's user must be able to enter it.
const dataDir = mkdtempSync(join(tmpdir(), 'klandizie-backup-cli-data-'));
let source: Awaited<ReturnType<typeof freshDatabase>>;
let target: Awaited<ReturnType<typeof freshDatabase>>;

beforeAll(async () => {
  source = await freshDatabase();
  const { owner } = await newFirm(testApp(source), 'Kantoor Ödön');
  expect((await owner.post('/api/v1/organizations', { name: 'Gemeente Zwolle' })).status).toBe(201);
  target = await freshDatabase();
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  // An embedded server left behind by a failed test must not outlive the run.
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  try {
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const cli = (args: string[], database: { name: string }) =>
  runCli(args, { DATABASE_URL: databaseUrl(database.name), KLANDIZIE_DATA: join(dir, 'unused') });

describe('klandizie backup and restore', () => {
  it('backs up, restores, refuses a database with data, and replaces it on request', () => {
    const file = join(dir, 'klandizie.backup');
    const backup = cli(['backup', file], source);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(
      /^Backed up \d+ rows of \d+ tables to .*klandizie\.backup \(schema \d{4}_\w+\)\.$/m,
    );
    expect(backup.status).toBe(0);

    const restore = cli(['restore', file], target);
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(
      /^Restored \d+ rows from .* \(written .* by Klandizie \d+\.\d+\.\d+\)\.$/m,
    );
    expect(restore.status).toBe(0);

    const again = cli(['restore', file], target);
    expect(again.stderr).toMatch(
      /^klandizie: the database already holds data \(workspaces: 1, .*\): restore into an empty database, or replace its data with --replace; nothing was changed$/m,
    );
    expect(again.status).toBe(1);

    const replaced = cli(['restore', '--replace', file], target);
    expect(replaced.stdout).toMatch(/^Deleted the \d+ rows that were in the database\.$/m);
    expect(replaced.stdout).toMatch(/^Restored \d+ rows/m);
    expect(replaced.status).toBe(0);
  }, 120_000);

  it('exits non-zero with the reason for a file that is not a backup', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'not a backup\n');
    const restore = cli(['restore', '--replace', file], target);
    expect(restore.stderr.trim()).toBe(
      `klandizie: cannot restore ${file}: it is not a Klandizie backup (its first line is not a backup header); nothing was changed`,
    );
    expect(restore.status).toBe(1);
  });

  it('moves a firm into an embedded data directory and out again unchanged', () => {
    const out = join(dir, 'out.backup');
    expect(cli(['backup', out], source).status).toBe(0);
    const data = { KLANDIZIE_DATA: dataDir, DATABASE_URL: '' };
    const restore = runCli(['restore', out], data);
    expect(restore.stdout).toMatch(/^Restored \d+ rows/m);
    expect(restore.status).toBe(0);
    const back = join(dir, 'back.backup');
    expect(runCli(['backup', back], data).status).toBe(0);

    // The same rows; only the time of writing (and so the checksum) differs.
    const [outLines, backLines] = [out, back].map((file) =>
      gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n'),
    );
    const { createdAt: _a, ...outHeader } = JSON.parse(outLines![0]!);
    const { createdAt: _b, ...backHeader } = JSON.parse(backLines![0]!);
    expect(backHeader).toEqual(outHeader);
    expect(backLines!.slice(1, -1)).toEqual(outLines!.slice(1, -1));
    expect(JSON.parse(backLines!.at(-1)!).rows).toEqual(JSON.parse(outLines!.at(-1)!).rows);
  }, 120_000);
});
