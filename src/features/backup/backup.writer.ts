// Writes a backup of the whole database: one repeatable-read, read-only transaction, so every
// table is read at the same instant; rows fetched through a cursor in batches and streamed into
// gzip, so the size of the firm does not matter; written to a temporary file beside the target
// and renamed into place only when complete.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import type { Database } from '../../db/connection.ts';
import { endLine, headerLine, rowLine } from './backup.format.ts';
import { backupTables, quote, type BackupTable } from './backup.tables.ts';
import { encodeValue } from './backup.values.ts';
import { appVersion, databaseSchemaVersion } from './backup.versions.ts';

export type BackupSummary = {
  file: string;
  schema: string;
  counts: Record<string, number>;
  rows: number;
};

const batchRows = 2_000;
const chunkBytes = 1 << 20;

// Every value as PostgreSQL prints it: backup.values.ts turns the text into JSON.
const asText: pg.CustomTypesConfig = { getTypeParser: () => (value: string) => value };

export async function writeBackup(
  database: Pick<Database, 'pool'>,
  options: { file: string; now: Date },
): Promise<BackupSummary> {
  const { file } = options;
  const partial = join(
    dirname(file),
    `.${basename(file)}.${randomBytes(4).toString('hex')}.partial`,
  );
  const client = await database.pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    // The same text on every server, whatever its settings.
    await client.query("set local timezone = 'UTC'");
    await client.query("set local datestyle = 'ISO, YMD'");
    const schema = await databaseSchemaVersion(client);
    const counts: Record<string, number> = {};
    for (const table of backupTables) {
      const result = await client.query<{ rows: string }>({
        text: `select count(*) as rows from ${quote(table.name)}`,
        types: asText,
      });
      counts[table.name] = Number(result.rows[0]?.rows);
    }
    const header = headerLine({
      schema,
      app: appVersion,
      createdAt: options.now.toISOString(),
      tables: backupTables.map((table) => ({ name: table.name, rows: counts[table.name] ?? 0 })),
    });
    await pipeline(
      Readable.from(chunks(client, header, counts)),
      createGzip(),
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    await client.query('commit');
    await flushToDisk(partial);
    await rename(partial, file);
    await flushToDisk(dirname(file)).catch(() => undefined); // not every system syncs folders
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { file, schema, counts, rows };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

/** The file's lines, gathered into chunks of about a megabyte. */
async function* chunks(
  client: pg.PoolClient,
  header: string,
  counts: Record<string, number>,
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let chunk = '';
  const add = (line: string) => {
    hash.update(line).update('\n');
    chunk += `${line}\n`;
  };
  add(header);
  for (const table of backupTables) {
    let written = 0;
    for await (const row of tableRows(client, table)) {
      add(rowLine(table.name, row));
      written += 1;
      if (chunk.length >= chunkBytes) {
        yield Buffer.from(chunk);
        chunk = '';
      }
    }
    if (written !== counts[table.name]) {
      throw new Error(`${table.name}: counted ${counts[table.name]} rows, read ${written}`);
    }
  }
  chunk += `${endLine(counts, hash.digest('hex'))}\n`;
  yield Buffer.from(chunk);
}

/** A table's rows in primary-key order, text keys by byte order so every server agrees. */
async function* tableRows(
  client: pg.PoolClient,
  table: BackupTable,
): AsyncGenerator<Record<string, unknown>> {
  const columns = table.columns.map((column) => quote(column.name)).join(', ');
  const order = table.primaryKey
    .map((name) => {
      const column = table.columns.find((candidate) => candidate.name === name);
      const collatable = /^(text|char|varchar)/.test(column?.sqlType ?? '');
      return collatable ? `${quote(name)} collate "C"` : quote(name);
    })
    .join(', ');
  await client.query(
    `declare backup_rows no scroll cursor for select ${columns} from ${quote(table.name)} order by ${order}`,
  );
  for (;;) {
    const batch = await client.query<unknown[]>({
      text: `fetch forward ${batchRows} from backup_rows`,
      types: asText,
      rowMode: 'array',
    });
    for (const values of batch.rows) {
      const row: Record<string, unknown> = {};
      table.columns.forEach((column, index) => {
        row[column.name] = encodeValue(column.kind, values[index] as string | null);
      });
      yield row;
    }
    if (batch.rows.length < batchRows) break;
  }
  await client.query('close backup_rows');
}

async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
