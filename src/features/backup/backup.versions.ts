// The versions a backup records: the app's, and the schema's, which is the tag of the latest
// migration applied (src/db/migrations/meta/_journal.json, applied in this order).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { DomainError } from '../../core/errors.ts';
import { migrationsFolder } from '../../db/migrate.ts';

type Journal = { entries: { idx: number; tag: string; when: number }[] };

const journal = JSON.parse(
  readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
) as Journal;

/** Migration tags in the order they are applied. */
export const migrationTags: readonly string[] = journal.entries.map((entry) => entry.tag);

/** The schema this Klandizie migrates a database to. */
export const currentSchemaVersion: string = migrationTags[migrationTags.length - 1]!;

export const appVersion: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The schema version of a migrated database. A database migrated by a newer Klandizie has
 * columns this one does not know, so neither a backup nor a restore may go on.
 */
export async function databaseSchemaVersion(client: pg.ClientBase): Promise<string> {
  const result = await client.query<{ when: string }>(
    'select created_at::text as "when" from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  const when = Number(result.rows[0]?.when);
  const entry = journal.entries.find((candidate) => candidate.when === when);
  if (!entry) {
    throw new DomainError(
      'conflict',
      'the database was migrated by a newer Klandizie (a migration this version does not know): use that version',
    );
  }
  return entry.tag;
}
