// A backup of an older Klandizie restores into this one: format 0, the pre-release layout
// (test/fixtures/backup-format-0.jsonl), goes through the upgrade steps into today's schema.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      '0016_client_until',
      '0017_evaluations_and_improvement_plans',
      '0018_early_warning',
      '0019_lost_clients_and_win_back',
      '0023_payments_and_invitation_answers',
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
    // a backup of before the lost reasons gives its firm the presets
    const reasons = await owner.get('/api/v1/lost-reasons');
    expect(reasons.body.items.map((r: { preset: string }) => r.preset)).toHaveLength(8);
    // The restored audit entry has id 1; the next one must not collide with it.
    expect((await owner.post('/api/v1/organizations', { name: 'Nieuw' })).status).toBe(201);
  });
});

describe('a backup made before the database checked references', () => {
  it('restores without the rows that name a row that is not in it (decision 0028)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'klandizie-orphans-'));
    const target = await freshDatabase();
    try {
      const lines = readFileSync(fixture, 'utf8').trim().split('\n').slice(0, -1);
      const header = JSON.parse(lines[0]!) as { counts: Record<string, number> };
      header.counts.revenue_lines! += 1;
      lines[0] = JSON.stringify(header);
      const line = JSON.parse(
        lines.find((text) => text.startsWith('{"table":"revenue_lines"'))!,
      ) as {
        row: Record<string, unknown>;
      };
      // a revenue line of an organisation the backup does not hold
      line.row.id = '0195a1b2-7c3d-7e4f-8a9b-0000000000e9';
      line.row.organization_id = '0195a1b2-7c3d-7e4f-8a9b-0000000000f9';
      line.row.invoice_number = 'orphan';
      line.row.fingerprint = 'f-orphan';
      lines.splice(lines.length - 1, 0, JSON.stringify(line));
      const hash = createHash('sha256');
      for (const text of lines) hash.update(text).update('\n');
      lines.push(JSON.stringify({ end: true, sha256: hash.digest('hex') }));
      const file = join(folder, 'orphan.jsonl');
      writeFileSync(file, lines.join('\n') + '\n');

      await restoreBackup(target, await checkBackup(file), { replace: false });
      const { rows } = await target.pool.query(
        'select invoice_number from revenue_lines order by invoice_number',
      );
      expect(rows).toEqual([{ invoice_number: '2024-0042' }, { invoice_number: null }]);
    } finally {
      await target.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
