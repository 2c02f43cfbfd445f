// `klandizie report risk` says what the API says: the clients at risk in the same order, each
// signal in the same words; with --json the API's document itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { workspaces } from '../src/db/schema.ts';
import { createUser } from '../src/features/users/users.service.ts';
import { Client, testApp, testPassword } from './helpers/app.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { today } from './helpers/days.ts';
import { runCli } from './helpers/processes.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let dir: string;
let owner: Client;

const lastYear = Number(today().slice(0, 4)) - 1;

beforeAll(async () => {
  database = await freshDatabase();
  env = { DATABASE_URL: databaseUrl(database.name) };
  dir = mkdtempSync(join(tmpdir(), 'klandizie-risk-cli-'));
  // De Vries did 40% less last year than the year before; De Zwaan the same
  writeFileSync(
    join(dir, 'omzet.csv'),
    [
      'Klant;Factuurdatum;Factuurnummer;Bedrag',
      `Bouwbedrijf De Vries;15-03-${lastYear - 1};F1;100.000,00`,
      `Bouwbedrijf De Vries;15-03-${lastYear};F2;60.000,00`,
      `Café de Zwaan;15-03-${lastYear - 1};F3;900,00`,
      `Café de Zwaan;15-03-${lastYear};F4;900,00`,
    ].join('\n'),
  );
  expect(runCli(['import', 'revenue', join(dir, 'omzet.csv'), '--yes'], env).status).toBe(0);
  const [firm] = await database.db.select().from(workspaces);
  const email = 'owner@example.nl';
  await createUser(database.db, {
    workspaceId: firm!.workspaceId,
    email,
    name: 'Olga Owner',
    role: 'owner',
    password: testPassword,
  });
  owner = new Client(testApp(database));
  expect((await owner.post('/api/v1/session', { email, password: testPassword })).status).toBe(200);
  const zwaan = (await owner.get('/api/v1/organizations?q=Zwaan')).body.items[0].id;
  expect(
    (await owner.post(`/api/v1/organizations/${zwaan}/acute-signals`, { kind: 'threatensToLeave' }))
      .status,
  ).toBe(201);
}, 120_000);
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('klandizie report risk', () => {
  it('lists the clients at risk as the API does, in the same words', async () => {
    const api = (await owner.get('/api/v1/at-risk')).body;
    expect(api.clients.map((c: { name: string }) => c.name)).toEqual([
      'Café de Zwaan',
      'Bouwbedrijf De Vries',
    ]);
    const run = runCli(['report', 'risk'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 clients at risk');
    expect(run.stdout.indexOf('Café de Zwaan')).toBeLessThan(
      run.stdout.indexOf('Bouwbedrijf De Vries'),
    );
    expect(run.stdout).toContain(
      `revenue ${lastYear} €60,000, 40% below ${lastYear - 1} (€100,000)`,
    );
    expect(run.stdout).toContain('partnership: Meet at board level within a week');
    const json = runCli(['report', 'risk', '--json'], env);
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(api);
  });

  it('refuses a limit that is no number', () => {
    const run = runCli(['report', 'risk', '--limit', 'veel'], env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--limit must be a whole number');
  });
});
