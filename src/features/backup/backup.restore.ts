// Restores a checked backup in one transaction: refuse a database that holds data unless told
// to replace it, delete, insert in batches, move the sequences past the restored ids, commit.
// Anything that goes wrong rolls all of it back.
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { DomainError } from '../../core/errors.ts';
import type { Database } from '../../db/connection.ts';
import { refreshAllClientYears } from '../portfolio/client-years.service.ts';
import { seedPresetLostReasons } from '../lost-clients/lost-reasons.service.ts';
import { mayHoldOrphans, removeOrphans } from './backup.orphans.ts';
import { readBackup, type CheckedBackup } from './backup.reader.ts';
import { backupTables, quote, type BackupTable } from './backup.tables.ts';
import type { BackupRecord, BackupRow } from './backup.upgrades.ts';
import { currentSchemaVersion, databaseSchemaVersion } from './backup.versions.ts';

export type RestoreSummary = {
  backup: CheckedBackup;
  /** Rows per table that were in the database and were deleted (`replace`). */
  replaced: Record<string, number> | undefined;
};

const batchRows = 1_000;

export async function restoreBackup(
  database: Pick<Database, 'pool'>,
  backup: CheckedBackup,
  options: { replace: boolean },
): Promise<RestoreSummary> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    // a backup holds its tables in the order of its version, and organisations and contact
    // persons name each other: references are checked once every row is in (decision 0028)
    await client.query('set constraints all deferred');
    const schema = await databaseSchemaVersion(client);
    if (schema !== currentSchemaVersion) {
      throw new DomainError(
        'conflict',
        `the database has schema ${schema}, not ${currentSchemaVersion}: migrate it first; nothing was changed`,
      );
    }
    // Writers wait for the restore to commit; readers go on seeing the data as it was.
    const tables = backupTables.map((table) => quote(table.name)).join(', ');
    await client.query(`lock table ${tables} in exclusive mode`);
    const existing = await rowCounts(client);
    const held = Object.entries(existing).filter(([, rows]) => rows > 0);
    if (held.length > 0 && !options.replace) {
      const list = held.map(([table, rows]) => `${table}: ${rows}`).join(', ');
      throw new DomainError(
        'conflict',
        `the database already holds data (${list}): restore into an empty database, ` +
          'or replace its data with --replace; nothing was changed',
      );
    }
    for (const table of [...backupTables].reverse()) {
      if ((existing[table.name] ?? 0) > 0) await client.query(`delete from ${quote(table.name)}`);
    }
    const batches = batchInserter(client);
    const read = await readBackup(backup.file, batches.add);
    await batches.flush();
    if (read.sha256 !== backup.sha256) {
      throw new DomainError(
        'conflict',
        `${backup.file} changed while it was being restored; nothing was changed`,
      );
    }
    if (mayHoldOrphans(backup.header.schema)) await removeOrphans(client);
    await moveSequences(client);
    // the yearly figures are derived: rebuilt, so a backup from any version restores them right
    await refreshAllClientYears(drizzle(client));
    // a backup of before the lost reasons has none: its firms start with the presets
    await seedPresetLostReasons(drizzle(client));
    await client.query('commit');
    return { backup, replaced: held.length > 0 ? existing : undefined };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function rowCounts(client: pg.PoolClient): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of backupTables) {
    const result = await client.query<{ rows: string }>(
      `select count(*)::text as rows from ${quote(table.name)}`,
    );
    counts[table.name] = Number(result.rows[0]?.rows);
  }
  return counts;
}

/** Collects rows of one table and inserts them a batch at a time, as one JSON parameter. */
function batchInserter(client: pg.PoolClient) {
  let table: BackupTable | undefined;
  let rows: BackupRow[] = [];
  const flush = async () => {
    if (!table || rows.length === 0) return;
    const name = quote(table.name);
    const columns = table.columns.map((column) => quote(column.name)).join(', ');
    await client.query(
      `insert into ${name} (${columns}) select ${columns} from json_populate_recordset(null::${name}, $1::json)`,
      [JSON.stringify(rows)],
    );
    rows = [];
  };
  const add = async (record: BackupRecord, of: BackupTable) => {
    if (of !== table) {
      await flush();
      table = of;
    }
    rows.push(record.row);
    if (rows.length >= batchRows) await flush();
  };
  return { add, flush };
}

/** Sets each sequence after the highest restored id, so new rows never collide with them. */
async function moveSequences(client: pg.PoolClient): Promise<void> {
  for (const table of backupTables) {
    for (const column of table.columns.filter((candidate) => candidate.serial)) {
      await client.query(
        `select setval(pg_get_serial_sequence($1, $2),
           coalesce((select max(${quote(column.name)}) from ${quote(table.name)}), 0) + 1, false)`,
        [quote(table.name), column.name],
      );
    }
  }
}
