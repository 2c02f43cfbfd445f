// `klandizie demo` as a user runs it: a real process against a fresh database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';

let database: Database & { name: string };
let url: string;

beforeAll(async () => {
  database = await freshDatabase();
  url = databaseUrl(database.name);
});
afterAll(async () => database.close());

// each test runs the command line as processes: allow for a busy machine
describe('klandizie demo', { timeout: 120_000 }, () => {
  it('loads the demo firm into an empty database and prints the sign-in', () => {
    const run = runCli(['demo', '--organizations', '25', '--seed', '9'], { DATABASE_URL: url });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('25 organisations');
    expect(run.stdout).toMatch(/Clients per category: A \d+, B \d+, C \d+; [\d,]+ activities/);
    expect(run.stdout).toContain('Demo sign-in: demo@klandizie.test with password');
    expect(run.status).toBe(0);
  });

  it('refuses a database that holds a firm, says why, and exits non-zero', () => {
    const run = runCli(['demo'], { DATABASE_URL: url });
    expect(run.stderr).toContain('holds a firm already');
    expect(run.status).toBe(1);
  });

  it('refuses sizes and seeds that are not whole numbers in range', () => {
    for (const args of [
      ['--organizations', '1000001'],
      ['--seed', '1.5'],
    ]) {
      const run = runCli(['demo', ...args], { DATABASE_URL: url });
      expect(run.stderr).toMatch(/must be a whole number/);
      expect(run.status).toBe(1);
    }
  });
});
