// `klandizie import revenue` and the reports as a user runs them: real processes against a
// fresh database; the firm is made on first use.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let dir: string;

/** What a command printed, with the no-break spaces of formatted money as plain spaces. */
const cli = (args: string[]) => {
  const run = runCli(args, env);
  return { ...run, stdout: run.stdout.replace(/\u00a0/g, ' ') };
};

beforeAll(async () => {
  database = await freshDatabase();
  const url = databaseUrl(database.name);
  env = { DATABASE_URL: url };
  dir = mkdtempSync(join(tmpdir(), 'klandizie-import-cli-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A "sales by customer" report as an accounting package prints it, in Windows-1252. */
const report = [
  'Omzet per debiteur',
  'Periode 2023 t/m 2024',
  '',
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw;Dienst',
  '1001;Bouwbedrijf De Vries B.V.;15-03-2023;F23-001;1.250,00;Advies',
  '1001;Bouwbedrijf De Vries B.V.;01-11-2024;F24-010;2.500,50;Advies',
  '1002;Café de Zwaan;20-06-2024;F24-011;-150,00;Training',
  '1002;Café de Zwaan;21-06-2024;F24-012;900,00;Training',
  ';Totaal;;;4.500,50;',
].join('\r\n');

async function revenueLines(): Promise<number> {
  const result = await database.pool.query<{ n: string }>(
    'select count(*) as n from revenue_lines',
  );
  return Number(result.rows[0]!.n);
}

// each test runs the command line as processes: allow for a busy machine
describe('klandizie import revenue', { timeout: 120_000 }, () => {
  it('checks a file and writes nothing without --yes when nobody can answer', async () => {
    const file = join(dir, 'omzet.csv');
    writeFileSync(file, Buffer.from(report, 'latin1'));
    const run = cli(['import', 'revenue', file]);
    expect(run.stdout).toContain('Checked, nothing written yet');
    expect(run.stdout).toContain('1 totals rows skipped');
    expect(run.stdout).toMatch(/4 lines to write \(.*4[.,]500[.,]50\), 0 already there/);
    expect(run.stderr).toContain('confirm with --yes');
    expect(run.status).toBe(1);
    expect(await revenueLines()).toBe(0);
  });

  it('imports with --yes on a fresh database, and the reports show the figures', () => {
    const file = join(dir, 'omzet.csv');
    const run = cli(['import', 'revenue', file, '--yes']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Created the firm');
    expect(run.stdout).toContain('4 lines written (€ 4.500,50)');
    expect(run.status).toBe(0);

    const portfolio = JSON.parse(cli(['report', 'portfolio', '--year', '2024', '--json']).stdout);
    expect(portfolio.revenueCents).toBe(325_050);
    expect(portfolio.clients.map((c: { name: string }) => c.name)).toEqual([
      'Bouwbedrijf De Vries B.V.',
      'Café de Zwaan',
    ]);
    const bridge = JSON.parse(cli(['report', 'bridge', '--year', '2024', '--json']).stdout);
    expect(bridge.startCents).toBe(125_000);
    expect(bridge.endCents).toBe(325_050);
    const effects = Object.values(bridge.bars as Record<string, { effectCents: number }>);
    expect(bridge.startCents + effects.reduce((sum, bar) => sum + bar.effectCents, 0)).toBe(
      bridge.endCents,
    );
    const table = cli(['report', 'bridge', '--year', '2024']);
    expect(table.stdout).toContain('= revenue 2024');
    expect(table.stdout).toContain('€ 3.250,50');
  });

  it('never doubles revenue when the same file comes again', async () => {
    const run = cli(['import', 'revenue', join(dir, 'omzet.csv'), '--yes']);
    expect(run.stdout).toContain('columns as remembered for this source');
    expect(run.stdout).toContain('0 lines written (€ 0,00), 4 already there');
    expect(await revenueLines()).toBe(4);
  });

  it('imports assignments, matching clients by name and never doubling them', async () => {
    const file = join(dir, 'opdrachten.csv');
    writeFileSync(
      file,
      [
        'Klant;Opdracht;Dienst;Startdatum;Einddatum;Honorarium;Uren;Medewerker',
        'Bouwbedrijf de Vries BV;Strategie 2025;Advies;01-02-2025;30-06-2025;12.500,00;100;Iemand',
        'Nieuwe Klant;Training;Training;15-03-2025;;2.000,00;16;',
      ].join('\n'),
    );
    const check = cli(['import', 'assignments', file]);
    expect(check.stdout).toContain('1 clients to create');
    expect(check.status).toBe(1);
    const run = cli(['import', 'assignments', file, '--yes']);
    expect(run.stdout).toContain('2 assignments written, 0 already there');
    const again = cli(['import', 'assignments', file, '--yes']);
    expect(again.stdout).toContain('0 assignments written, 2 already there');
    const rows = await database.pool.query<{ title: string; fee_cents: string; name: string }>(
      `select a.title, a.fee_cents::text, o.name from assignments a
         join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
        order by a.title`,
    );
    expect(rows.rows).toEqual([
      { title: 'Strategie 2025', fee_cents: '1250000', name: 'Bouwbedrijf De Vries B.V.' },
      { title: 'Training', fee_cents: '200000', name: 'Nieuwe Klant' },
    ]);
  });

  it('says why a file is not revenue, and exits non-zero', () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'boodschappen\nmelk\nbrood\n');
    const run = cli(['import', 'revenue', file, '--yes']);
    expect(run.stderr).toMatch(/No header row/);
    expect(run.status).toBe(1);
  });

  it('leaves the database as it was when killed halfway through a large import', async () => {
    const file = join(dir, 'groot.csv');
    const lines = ['Klant,Datum,Bedrag,Factuur'];
    for (let i = 0; i < 200_000; i++) {
      lines.push(`Klant ${i % 5000},2025-0${(i % 9) + 1}-1${i % 9},${(i % 997) + 1}.25,G${i}`);
    }
    writeFileSync(file, lines.join('\n'));
    const before = await revenueLines();
    const bin = fileURLToPath(new URL('../bin/klandizie.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'import', 'revenue', file, '--yes'], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const after = await revenueLines();
    // all of it or none of it, never a part
    expect([before, before + 200_000]).toContain(after);
    await database.pool.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`,
    );
  });
});
