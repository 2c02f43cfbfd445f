// `klandizie import revenue` as a user runs it on a package's export: clients named as the file
// names them, never by their code, the --mapping to give when it names none, and the firm chosen
// with --workspace on a database of several firms. Real processes against a fresh database.
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

beforeAll(async () => {
  database = await freshDatabase();
  const url = databaseUrl(database.name);
  env = { DATABASE_URL: url };
  dir = mkdtempSync(join(tmpdir(), 'klandizie-import-firms-cli-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

const fixture = (path: string) =>
  fileURLToPath(new URL(`fixtures/imports/${path}`, import.meta.url));

async function clientsOf(workspaceId?: string) {
  const result = await database.pool.query<{ code: string | null; name: string }>(
    `select customer_code as code, name from organizations
      where $1::uuid is null or workspace_id = $1 order by customer_code`,
    [workspaceId ?? null],
  );
  return result.rows.map((row) => [row.code, row.name]);
}

describe('klandizie import revenue of a package export', { timeout: 120_000 }, () => {
  it('stops when new clients would be named by their code, and says which --mapping to give', async () => {
    const file = join(dir, 'codes.csv');
    writeFileSync(
      file,
      [
        'Factuurnummer;Factuurdatum;Debiteurnummer;Debiteur;Bedrag excl. btw',
        'F1;15-01-2024;1000;1000;100,00',
      ].join('\n'),
    );
    const run = runCli(['import', 'revenue', file, '--yes'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "New clients would be named by their code (such as 1000; 1 in all): choose the column with the client's name.",
    );
    expect(run.stderr).toContain(
      `--mapping '{"invoiceNumber":"Factuurnummer","invoiceDate":"Factuurdatum","customerCode":"Debiteurnummer","amount":"Bedrag excl. btw","customerName":"<column>"}'`,
    );
    expect(await clientsOf()).toEqual([]);
  });

  it('imports "Debiteurnummer;Debiteur" with the names, the most recent spelling kept', async () => {
    const run = runCli(
      ['import', 'revenue', fixture('tables/debiteurnummer-en-debiteur.csv'), '--yes'],
      env,
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('customerName   ← column 4 "Debiteur"');
    expect(await clientsOf()).toEqual([
      ['1000', 'Bouwbedrijf de Vries Holding B.V.'],
      ['1001', 'Café de Zwaan'],
    ]);
  });

  it('imports into the firm --workspace names when the database holds several', async () => {
    const other = '0b6f1a52-7d8e-4c1b-9a53-2f4c8e9d1a00';
    await database.pool.query(`insert into workspaces (workspace_id, name) values ($1, $2)`, [
      other,
      'Kantoor Twee',
    ]);
    const file = fixture('packages/twinfield-en.csv');
    const unnamed = runCli(['import', 'revenue', file, '--yes'], env);
    expect(unnamed.status).toBe(1);
    expect(unnamed.stderr).toMatch(
      /several firms: name one with --workspace, one of .*Kantoor Twee/,
    );

    const help = runCli(['import', 'revenue', '--help'], env);
    expect(help.stdout).toMatch(
      /--workspace <id>\s+the firm \(its workspace id\), when the database/,
    );
    expect(runCli(['import', 'assignments', '--help'], env).stdout).toContain('--workspace <id>');

    const run = runCli(['import', 'revenue', file, '--yes', '--workspace', other], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 lines written');
    expect(await clientsOf(other)).toEqual([
      ['1000', 'Bouwbedrijf De Vries B.V.'],
      ['1001', 'Café de Zwaan'],
      ['1002', 'Tandartspraktijk Smile'],
    ]);
    const portfolio = runCli(['report', 'portfolio', '--json', '--workspace', other], env);
    expect(JSON.parse(portfolio.stdout).revenueCents).toBe(405_000);

    const assignments = join(dir, 'opdrachten.csv');
    writeFileSync(
      assignments,
      ['Klant;Opdracht;Startdatum', 'Café de Zwaan;Advies;01-02-2025'].join('\n'),
    );
    const assigned = runCli(
      ['import', 'assignments', assignments, '--yes', '--workspace', other],
      env,
    );
    expect(assigned.status, assigned.stderr).toBe(0);
    expect(assigned.stdout).toContain('1 assignments written');
  });
});
