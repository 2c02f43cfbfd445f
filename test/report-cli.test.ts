// `klandizie report portfolio` says what the web app says: a client's revenue, share, ABC class,
// growth and relationship length read the same in the terminal, in its JSON and in the API.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { workspaces } from '../src/db/schema.ts';
import { createUser } from '../src/features/users/users.service.ts';
import { Client, testApp, testPassword } from './helpers/app.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let dir: string;
let owner: Client;

const revenue = [
  'Klant;Factuurdatum;Factuurnummer;Bedrag',
  'Bouwbedrijf De Vries;15-03-2022;F1;1.000,00',
  'Bouwbedrijf De Vries;15-03-2023;F2;1.250,00',
  'Bouwbedrijf De Vries;01-11-2024;F3;2.500,00',
  'Café de Zwaan;21-06-2024;F4;900,00',
].join('\n');

const assignmentsFile = [
  'Klant;Opdracht;Startdatum;Einddatum',
  'Bouwbedrijf De Vries;Verkenning;01-09-2021;30-11-2021',
].join('\n');

beforeAll(async () => {
  database = await freshDatabase();
  const url = databaseUrl(database.name);
  env = { DATABASE_URL: url };
  dir = mkdtempSync(join(tmpdir(), 'klandizie-report-cli-'));
  writeFileSync(join(dir, 'omzet.csv'), revenue);
  writeFileSync(join(dir, 'opdrachten.csv'), assignmentsFile);
  expect(runCli(['import', 'revenue', join(dir, 'omzet.csv'), '--yes'], env).status).toBe(0);
  expect(runCli(['import', 'assignments', join(dir, 'opdrachten.csv'), '--yes'], env).status).toBe(
    0,
  );
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
}, 120_000);
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

type PortfolioClient = {
  name: string;
  revenueCents: number;
  basisPoints: number;
  abcClass: string | null;
  changeRatio: number | null;
  relationshipMonths: number | null;
};

const figures = (clients: PortfolioClient[]) =>
  clients.map(({ name, revenueCents, basisPoints, abcClass, changeRatio, relationshipMonths }) => ({
    name,
    revenueCents,
    basisPoints,
    abcClass,
    changeRatio,
    relationshipMonths,
  }));

describe('klandizie report portfolio', { timeout: 120_000 }, () => {
  it('gives the same figures as the API, client by client', async () => {
    const run = runCli(['report', 'portfolio', '--year', '2024', '--json'], env);
    expect(run.status).toBe(0);
    const fromCli = JSON.parse(run.stdout) as { referenceDate: string; clients: PortfolioClient[] };
    const api = await owner.get('/api/v1/portfolio?year=2024');
    expect(api.status).toBe(200);
    expect(fromCli.referenceDate).toBe(api.body.referenceDate);
    expect(figures(fromCli.clients)).toEqual(figures(api.body.clients));
    // from the first assignment, 2021-09-01, to the end of 2024
    expect(fromCli.clients[0]).toMatchObject({
      name: 'Bouwbedrijf De Vries',
      relationshipMonths: 39,
    });
  });

  it('writes a relationship in years and months and a share to two decimals, as the web app does', () => {
    const run = runCli(['report', 'portfolio', '--year', '2024'], env);
    expect(run.status).toBe(0);
    const row = run.stdout.split('\n').find((text) => /^1 +Bouwbedrijf De Vries/.test(text));
    expect(row).toMatch(/3 yrs 3 mos$/);
    // € 2,500 of € 3,400: 73.53%, as the web app writes the share (not 73.5%)
    expect(row).toMatch(/73,53%/);
    expect(run.stdout).toContain('Dependency alert: Bouwbedrijf De Vries brings 73,53%');
    expect(run.stdout).toContain('Relationship');
  });
});
