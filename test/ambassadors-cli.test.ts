// `klandizie report ambassadors` and `report pyramid` say what the API says: who brought which
// clients and revenue, whom to thank, and the time and money per layer of the pyramid.
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

const revenue = [
  'Klant;Factuurdatum;Factuurnummer;Bedrag',
  'Bouwbedrijf De Vries;15-03-2023;F1;1.250,00',
  'Café de Zwaan;21-06-2024;F2;900,00',
  'Café de Zwaan;21-06-2025;F3;1.100,00',
].join('\n');

beforeAll(async () => {
  database = await freshDatabase();
  env = { DATABASE_URL: databaseUrl(database.name) };
  dir = mkdtempSync(join(tmpdir(), 'klandizie-ambassadors-cli-'));
  writeFileSync(join(dir, 'omzet.csv'), revenue);
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
  // De Vries referred Café de Zwaan
  await database.pool.query(
    `update organizations z set referred_by_organization_id = v.id
       from organizations v where z.name = 'Café de Zwaan' and v.name = 'Bouwbedrijf De Vries'`,
  );
  const fair = await owner.post('/api/v1/marketing-spend', {
    spentOn: today(),
    layer: 'ownSales',
    description: 'Beurs',
    minutes: 480,
    costCents: 250_000,
  });
  expect(fair.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('klandizie report ambassadors and pyramid', { timeout: 120_000 }, () => {
  it('prints the ambassadors the API shows, as JSON only, and as a table', async () => {
    const run = runCli(['report', 'ambassadors', '--json'], env);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    const api = (await owner.get('/api/v1/ambassadors')).body;
    expect(printed).toEqual(api);
    expect(printed.items[0]).toMatchObject({
      organizationName: 'Bouwbedrijf De Vries',
      clientsBrought: 1,
      revenueCents: 200_000,
    });
    const text = runCli(['report', 'ambassadors'], env);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Bouwbedrijf De Vries +1 +€ 2000\.00/);
  });

  it('prints the pyramid of a year, and says when the bottom gets the most', async () => {
    const run = runCli(['report', 'pyramid', '--json'], env);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual((await owner.get('/api/v1/marketing-pyramid')).body);
    expect(printed.advice.bottomHeavy).toBe(true);
    const text = runCli(['report', 'pyramid'], env);
    expect(text.stdout).toContain('5 own sales efforts');
    expect(text.stdout).toContain('Against the advice to work from the top down');
    const refused = runCli(['report', 'pyramid', '--year', 'soon'], env);
    expect(refused.status).not.toBe(0);
  });
});
