// `klandizie report categories` and `klandizie classify --preview` as a user runs them: real
// processes against a fresh database with revenue imported and the revenue criterion on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let dir: string;

beforeAll(async () => {
  database = await freshDatabase();
  const url = databaseUrl(database.name);
  env = { DATABASE_URL: url };
  dir = mkdtempSync(join(tmpdir(), 'klandizie-categories-cli-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const revenue = [
  'Klant;Factuurdatum;Factuurnummer;Bedrag',
  'De Vries Bouw;15-03-2024;F1;2.500,00',
  'Café de Zwaan;20-06-2024;F2;750,00',
].join('\n');

describe('klandizie report categories', { timeout: 120_000 }, () => {
  it('says to switch on criteria before there is anything to classify', () => {
    const file = join(dir, 'omzet.csv');
    writeFileSync(file, revenue);
    expect(runCli(['import', 'revenue', file, '--yes'], env).status).toBe(0);
    const report = runCli(['report', 'categories', '--json'], env);
    expect(report.status).toBe(0);
    const { clients } = JSON.parse(report.stdout) as { clients: { category: string | null }[] };
    expect(clients.map((c) => c.category)).toEqual([null, null]);
    const preview = runCli(['classify', '--preview'], env);
    expect(preview.status).not.toBe(0);
    expect(preview.stderr).toContain('Switch on at least one criterion first');
  });

  it('prints every client with its grade, category and reason, and the moves a commit makes', async () => {
    // revenue scored from the books at weight 3: € 500, € 1,000 and € 2,000 a year earn 1, 2, 3
    await database.pool.query(`update criteria set active = true,
      data_mapping = '{"measure":"revenueCents","direction":"higherIsBetter","thresholds":[50000,100000,200000]}'
      where key = 'revenue'`);
    const report = runCli(['report', 'categories', '--json'], env);
    expect(report.stderr).toBe('');
    const { clients } = JSON.parse(report.stdout) as {
      clients: { name: string; total: number; grade: number; category: string; reason: string }[];
    };
    expect(clients).toEqual([
      expect.objectContaining({ name: 'Café de Zwaan', total: 3, grade: 3.3, category: 'C' }),
      expect.objectContaining({ name: 'De Vries Bouw', total: 9, grade: 10, category: 'A' }),
    ]);
    expect(clients.map((c) => c.reason)).toEqual([
      'grade 3.3, not at least 6.0',
      'grade 10.0 is above 8.0',
    ]);
    const table = runCli(['report', 'categories'], env);
    expect(table.stdout).toMatch(/De Vries Bouw\s+9\/9\s+10,0\s+A/);

    const preview = runCli(['classify', '--preview', '--scheme', 'abc'], env);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain('2 would move, 0 stay');
    expect(preview.stdout).toContain('De Vries Bouw: — → A (new)');

    expect(runCli(['classify', '--scheme', 'abc'], env).stderr).toContain(
      'say --preview to see the moves, or --commit to store them',
    );
    const commit = runCli(['classify', '--commit', '--note', 'Jaarronde 2024', '--json'], env);
    expect(commit.stderr).toBe('');
    expect(JSON.parse(commit.stdout)).toMatchObject({ clientCount: 2, moved: 2 });
    const stored = await database.pool.query(
      `select c.note, c.user_id, string_agg(cc.category, ',' order by cc.category) as categories
         from classifications c join client_categories cc using (workspace_id)
        where cc.classification_id = c.id group by c.workspace_id, c.id`,
    );
    expect(stored.rows).toEqual([{ note: 'Jaarronde 2024', user_id: null, categories: 'A,C' }]);
    const again = runCli(['classify', '--preview'], env);
    expect(again.stdout).toContain('0 would move, 2 stay');
  });

  it('names the schemes there are when asked for one that is not', () => {
    const run = runCli(['report', 'categories', '--scheme', 'nope'], env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('no scheme is named "nope"');
  });
});
