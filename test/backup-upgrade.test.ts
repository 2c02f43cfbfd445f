// A backup of an older Klandizie restores into this one: format 0, the pre-release layout
// (test/fixtures/backup-format-0.jsonl), goes through the upgrade steps into today's schema.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { checkBackup } from '../src/features/backup/backup.reader.ts';
import { restoreBackup } from '../src/features/backup/backup.restore.ts';
import { Client, testApp, testPassword } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

const fixture = fileURLToPath(new URL('./fixtures/backup-format-0.jsonl', import.meta.url));
let database: Database;

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => database.close());

describe('a backup of the pre-release format', () => {
  it('is checked, upgraded to the current schema and restored', async () => {
    const backup = await checkBackup(fixture);
    expect(backup.header).toMatchObject({ version: 0, schema: 'pre-release', app: '0.1.0-pre' });
    // migrations that change no data's shape (an index, say) need no step
    expect(backup.upgrades.map((step) => step.to)).toEqual([
      '0001_foundation',
      '0003_portfolio',
      '0005_goal_units',
      '0008_account_teams_gifts_calendar_digest',
      '0009_activity_duties_and_contact_index',
      '0011_workspace_time_zone',
      '0013_contact_search_key',
    ]);
    expect(backup.counts).toEqual({
      workspaces: 1,
      users: 1,
      organizations: 2,
      contacts: 1,
      revenue_lines: 2,
      audit_log: 1,
    });
    await restoreBackup(database, backup, { replace: false });

    const { rows } = await database.pool.query(
      `select w.fiscal_year_start_month, u.locale,
              (select string_agg(relation_level, ',' order by name_key) from organizations) as levels
         from workspaces w join users u using (workspace_id)`,
    );
    expect(rows).toEqual([{ fiscal_year_start_month: 1, locale: 'nl', levels: 'team,strategic' }]);
  });

  it('gives a firm that works: its owner signs in and sees the organisations', async () => {
    const owner = new Client(testApp(database));
    const signIn = await owner.post('/api/v1/session', {
      email: 'olga@example.nl',
      password: testPassword,
    });
    expect(signIn.status).toBe(200);
    const listed = await owner.get('/api/v1/organizations');
    expect(
      listed.body.items.map((o: { name: string; relationLevel: string }) => [
        o.name,
        o.relationLevel,
      ]),
    ).toEqual([
      ['Café “De Gouden Leeuw”', 'team'],
      ['Gemeente Zwolle', 'strategic'],
    ]);
    // The restored audit entry has id 1; the next one must not collide with it.
    expect((await owner.post('/api/v1/organizations', { name: 'Nieuw' })).status).toBe(201);
  });
});
