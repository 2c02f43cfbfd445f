// Migration 0005 gives every goal stored before it its unit: the standard measure's own, or the
// one a custom goal's key carried ("own:<unit>:<name>" becomes "own:<name>").
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { dropForeignKeys, freshDatabase } from './helpers/database.ts';

const migration = readFileSync(
  fileURLToPath(new URL('../src/db/migrations/0005_goal_units.sql', import.meta.url)),
  'utf8',
);
let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => database.close());

describe('migration 0005: goal units', () => {
  it('moves the unit out of a custom goal’s key and gives standard goals their own', async () => {
    const { pool } = database;
    // the table as migration 0004 left it
    await dropForeignKeys(pool);
    await pool.query('alter table category_goals drop column unit');
    const workspace = randomUUID();
    const scheme = randomUUID();
    for (const [kind, name, measure] of [
      ['loyalty', null, 'retentionRateBasisPoints'],
      ['crossSelling', null, 'serviceLinesPerClientHundredths'],
      ['custom', 'Lunch: bestuur', 'own:cents:lunch: bestuur'],
      ['custom', 'Bezoeken', 'own:hundredths:bezoeken'],
    ]) {
      await pool.query(
        `insert into category_goals (workspace_id, id, scheme_id, category, kind, name, measure,
           target, direction) values ($1, $2, $3, 'A', $4, $5, $6, 1, 'atLeast')`,
        [workspace, randomUUID(), scheme, kind, name, measure],
      );
    }
    for (const statement of migration.split('--> statement-breakpoint')) {
      await pool.query(statement);
    }
    const { rows } = await pool.query('select measure, unit from category_goals order by measure');
    expect(rows).toEqual([
      { measure: 'own:bezoeken', unit: 'hundredths' },
      { measure: 'own:lunch: bestuur', unit: 'cents' },
      { measure: 'retentionRateBasisPoints', unit: 'basisPoints' },
      { measure: 'serviceLinesPerClientHundredths', unit: 'hundredths' },
    ]);
    const column = await pool.query(
      `select is_nullable from information_schema.columns
        where table_name = 'category_goals' and column_name = 'unit'`,
    );
    expect(column.rows).toEqual([{ is_nullable: 'NO' }]);
  });
});
