// A backup made before the database checked references (migration 0015) may hold rows that name
// a row that is gone or in another firm. After such a backup's rows are in, the migration's own
// clean-up runs on them, so that the restore ends as an upgrade would (decision 0028) rather
// than refused at commit by the keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { migrationsFolder } from '../../db/migrate.ts';
import { preReleaseSchema } from './backup.upgrades.ts';
import { migrationTags } from './backup.versions.ts';

const keysMigration = '0015_foreign_keys';

/** The migration's statements that remove or null what names nothing, in its order. */
const cleanUp: readonly string[] = readFileSync(
  join(migrationsFolder, `${keysMigration}.sql`),
  'utf8',
)
  .split('--> statement-breakpoint')
  .filter((statement) => !/ADD CONSTRAINT/.test(statement));

/** Whether a backup of this schema was made before the database checked its references. */
export function mayHoldOrphans(schema: string): boolean {
  return (
    schema === preReleaseSchema ||
    migrationTags.indexOf(schema) < migrationTags.indexOf(keysMigration)
  );
}

export async function removeOrphans(client: pg.ClientBase): Promise<void> {
  for (const statement of cleanUp) await client.query(statement);
}
