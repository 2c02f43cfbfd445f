// Every `--json` command prints the JSON document alone on standard output, so that
// `klandizie report portfolio --json | jq` works: how the embedded database starts, is reused
// and stops goes to standard error. Real processes on an embedded data directory.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { runCli } from './helpers/processes.ts';

let dir: string;
let dataDir: string;
let env: Record<string, string>;
let database: Database | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'klandizie-json-cli-'));
  dataDir = mkdtempSync(join(tmpdir(), 'klandizie-json-cli-data-'));
  env = { KLANDIZIE_DATA: dataDir, DATABASE_URL: '' };
});
afterAll(async () => {
  await database?.close();
  // an embedded server left behind by a failed test must not outlive the run
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  try {
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const email = 'eva@example.nl';

/** Each command with --json, as a script runs it. */
const jsonCommands = [
  ['report', 'portfolio', '--json'],
  ['report', 'bridge', '--json'],
  ['report', 'categories', '--json'],
  ['report', 'compliance', '--year', '2024', '--json'],
  ['report', 'satisfaction', '--year', '2024', '--json'],
  ['report', 'risk', '--json'],
  ['report', 'ambassadors', '--json'],
  ['report', 'pyramid', '--year', '2024', '--json'],
  ['classify', '--preview', '--json'],
  ['classify', '--commit', '--json'],
  ['worklist', '--user', email, '--json'],
];

describe('the command line for scripts', { timeout: 180_000 }, () => {
  it('tests every command that has --json', () => {
    const cli = fileURLToPath(new URL('../src/cli/', import.meta.url));
    const declared = readdirSync(cli)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) => [...readFileSync(join(cli, file), 'utf8').matchAll(/option\('--json'/g)]);
    const tested = new Set(jsonCommands.map((args) => args.filter((a) => !a.startsWith('-'))[0]));
    // classify has one --json for --preview and --commit; the reports have one each
    expect(declared.length).toBe(jsonCommands.length - 1);
    expect([...tested].sort()).toEqual(['classify', 'report', 'worklist']);
  });

  it('says how the embedded server starts and stops on standard error, not in the output', () => {
    const file = join(dir, 'omzet.csv');
    writeFileSync(
      file,
      [
        'Debiteurnummer;Naam;Factuurdatum;Bedrag',
        '1000;Bouwbedrijf De Vries B.V.;15-03-2023;2.500,00',
        '1000;Bouwbedrijf De Vries B.V.;15-03-2024;3.000,00',
        '1001;Café de Zwaan;20-06-2024;750,00',
      ].join('\n'),
    );
    const run = runCli(['import', 'revenue', file, '--yes'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Starting the embedded PostgreSQL server');
    expect(run.stderr).toContain('Stopping the embedded PostgreSQL server');
    expect(run.stdout).not.toContain('PostgreSQL');
    expect(run.stdout).toContain('3 lines written');

    const portfolio = runCli(['report', 'portfolio', '--json'], env);
    expect(portfolio.status, portfolio.stderr).toBe(0);
    expect(portfolio.stderr).toContain('Starting the embedded PostgreSQL server');
    expect(JSON.parse(portfolio.stdout)).toMatchObject({ revenueCents: 375_000 });
  });

  it('prints only the JSON document on standard output for every --json command', async () => {
    // the server stays up while the test holds it; each command then says it uses it
    database = await openDatabase({ dataDir });
    const user = runCli(['users', 'create', '--email', email, '--name', 'Eva', '--role', 'owner'], {
      ...env,
      KLANDIZIE_PASSWORD: 'correct horse battery',
    });
    expect(user.status, user.stderr).toBe(0);
    for (const args of jsonCommands) {
      if (args[0] === 'classify') {
        // the firm's criteria exist once its scheme was first read (report categories)
        await database.pool.query(`update criteria set active = true,
          data_mapping = '{"measure":"revenueCents","direction":"higherIsBetter","thresholds":[50000,100000,200000]}'
          where key = 'revenue'`);
      }
      const run = runCli(args, env);
      const command = args.join(' ');
      expect(run.status, `${command}: ${run.stderr}\n${run.stdout}`).toBe(0);
      expect(run.stderr, command).toContain('Using the PostgreSQL server already running');
      expect(() => JSON.parse(run.stdout), `${command}:\n${run.stdout}`).not.toThrow();
    }
  });
});
