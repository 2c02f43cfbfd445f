// A file that is damaged, cut short, foreign or from the future is refused with its reason, and
// the database it was meant for stays exactly as it was.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { checkBackup } from '../src/features/backup/backup.reader.ts';
import { restoreBackup } from '../src/features/backup/backup.restore.ts';
import { backupTables } from '../src/features/backup/backup.tables.ts';
import { writeBackup } from '../src/features/backup/backup.writer.ts';
import { newFirm, testApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

const dir = mkdtempSync(join(tmpdir(), 'klandizie-backup-damaged-'));
let source: Database;
let target: Database;
let good: string;
let lines: string[];

beforeAll(async () => {
  source = await freshDatabase();
  const { owner } = await newFirm(testApp(source), 'Brouwerij Ĳ');
  for (const name of ['Gemeente Zwolle', 'Café “De Leeuw”', 'Zoë & Co'])
    expect((await owner.post('/api/v1/organizations', { name })).status).toBe(201);
  good = join(dir, 'good.gz');
  await writeBackup(source, { file: good, now: new Date('2025-06-30T12:00:00Z') });
  lines = gunzipSync(readFileSync(good)).toString('utf8').trimEnd().split('\n');
  target = await freshDatabase();
  await newFirm(testApp(target), 'Doel');
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function file(content: Buffer | string): string {
  const path = join(dir, `case-${++counter}`);
  writeFileSync(path, content);
  return path;
}

/** Lines with a closing line whose counts and checksum fit them: damaged on purpose, not by accident. */
function whole(body: string[], rows = JSON.parse(lines.at(-1)!).rows): Buffer {
  const text = body.map((line) => `${line}\n`).join('');
  const sha256 = createHash('sha256').update(text).digest('hex');
  return gzipSync(`${text}${JSON.stringify({ end: true, rows, sha256 })}\n`);
}

async function rowsOfEveryTable(database: Database): Promise<string[]> {
  const all: string[] = [];
  for (const { name } of backupTables) {
    const result = await database.pool.query<{ row: string }>(
      `select t::text as row from "${name}" t order by t::text collate "C"`,
    );
    all.push(...result.rows.map((r) => `${name} ${r.row}`));
  }
  return all;
}

/** Refused with this reason, with or without --replace, the target untouched. */
async function expectRefused(path: string, reason: RegExp) {
  const before = await rowsOfEveryTable(target);
  for (const replace of [false, true]) {
    const attempt = checkBackup(path).then((backup) => restoreBackup(target, backup, { replace }));
    await expect(attempt).rejects.toThrow(reason);
    await expect(attempt).rejects.toThrow(/^cannot restore .*; nothing was changed$/);
  }
  expect(await rowsOfEveryTable(target)).toEqual(before);
}

describe('a backup that cannot be restored', () => {
  it('is refused when the compressed file is cut short', async () => {
    const bytes = readFileSync(good);
    await expectRefused(
      file(bytes.subarray(0, Math.floor(bytes.length / 2))),
      /it is incomplete: its compressed data stops early/,
    );
  });

  it('is refused when a byte of the compressed file is changed', async () => {
    const bytes = Buffer.from(readFileSync(good));
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    await expectRefused(file(bytes), /damaged/);
  });

  it('is refused when a row was changed after writing (checksum)', async () => {
    const changed = lines.join('\n').replace('Gemeente Zwolle', 'Gemeente Zwolla');
    expect(changed).not.toBe(lines.join('\n'));
    await expectRefused(
      file(gzipSync(`${changed}\n`)),
      /it is damaged: its checksum does not match its content/,
    );
  });

  it('is refused when a row is missing, even with a fitting checksum (counts)', async () => {
    const withoutOne = lines.slice(0, -1).filter((line) => !line.includes('Gemeente Zwolle'));
    await expectRefused(
      file(whole(withoutOne)),
      /it holds 2 rows of organizations, its header says 3/,
    );
  });

  it('is refused when the closing line is missing', async () => {
    await expectRefused(
      file(gzipSync(lines.slice(0, -1).join('\n') + '\n')),
      /it is incomplete: it stops after line \d+, before its closing line/,
    );
  });

  it('is refused when it is some other gzip file, plain text or empty', async () => {
    await expectRefused(file(gzipSync('hello world\n')), /it is not a Klandizie backup/);
    await expectRefused(file('name,city\nZwolle,Zwolle\n'), /it is not a Klandizie backup/);
    await expectRefused(
      file(gzipSync('{"name":"json, but not ours"}\n')),
      /not a Klandizie backup/,
    );
    await expectRefused(file(''), /it is empty/);
    await expectRefused(file(gzipSync('')), /it is empty/);
    await expectRefused(join(dir, 'nowhere.gz'), /there is no such file/);
  });

  it('is refused when a newer Klandizie wrote it', async () => {
    const header = JSON.parse(lines[0]!);
    const future = JSON.stringify({ ...header, version: 2, app: '9.0.0' });
    await expectRefused(
      file(whole([future, ...lines.slice(1, -1)])),
      /it was written by a newer Klandizie \(backup format 2, Klandizie 9\.0\.0\), and this one reads formats up to 1: upgrade Klandizie/,
    );
    const newerSchema = JSON.stringify({ ...header, schema: '0099_future', app: '9.0.0' });
    await expectRefused(
      file(whole([newerSchema, ...lines.slice(1, -1)])),
      /it was written by a newer Klandizie \(schema 0099_future, Klandizie 9\.0\.0\)/,
    );
  });

  it('is refused when a row does not fit the schema, and names the line', async () => {
    const rowAt = lines.findIndex((line) => line.includes('Gemeente Zwolle'));
    const row = JSON.parse(lines[rowAt]!);
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { ...row.r, shoe_size: 44 },
        /organizations\.shoe_size is not a column this Klandizie knows/,
      ],
      [{ ...row.r, name: undefined }, /organizations\.name is missing/],
      [{ ...row.r, client_since: '28-02-2019' }, /organizations\.client_since is not a date/],
      [{ ...row.r, status: null }, /organizations\.status is empty but may not be/],
    ];
    for (const [changed, reason] of cases) {
      const body = lines.slice(0, -1);
      body[rowAt] = JSON.stringify({ t: row.t, r: changed });
      await expectRefused(
        file(whole(body)),
        new RegExp(`line ${rowAt + 1} is damaged: ${reason.source}`),
      );
    }
    const unknownTable = lines.slice(0, -1);
    unknownTable[rowAt] = JSON.stringify({ t: 'invoices', r: row.r });
    await expectRefused(
      file(whole(unknownTable)),
      /line \d+ is of a table its header does not list \(invoices\)/,
    );
  });
});
