// `klandizie report satisfaction` as a user runs it: a real process against a database where last
// year an A-client gave a 7 on one of its two assignments and the other was never evaluated. The
// table and the JSON say what the API says.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { addClientInCategory, Client, newFirm, testApp } from './helpers/app.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let owner: Client;
const lastYear = new Date().getUTCFullYear() - 1;

beforeAll(async () => {
  database = await freshDatabase();
  env = { DATABASE_URL: databaseUrl(database.name) };
  const firm = await newFirm(testApp(database), 'Kantoor Tevreden');
  owner = firm.owner;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const client = await addClientInCategory(owner, {
    name: 'De Vries Bouw',
    schemeId,
    category: 'A',
    managerId: firm.ownerId,
  });
  const assignment = async (title: string, endDate: string) => {
    const id = randomUUID();
    await database.pool.query(
      `insert into assignments (workspace_id, id, organization_id, title, start_date, end_date)
       values ($1, $2, $3, $4, $5, $6)`,
      [firm.workspaceId, id, client, title, `${lastYear}-01-01`, endDate],
    );
    return id;
  };
  const evaluated = await assignment('Jaarrekening', `${lastYear}-03-31`);
  await assignment('Herinrichting', `${lastYear}-08-31`);
  const contactId = (
    await owner.post(`/api/v1/organizations/${client}/contacts`, {
      firstName: 'Anna',
      lastName: 'Vries',
    })
  ).body.id;
  const given = await owner.post(`/api/v1/organizations/${client}/evaluations`, {
    contactId,
    assignmentId: evaluated,
    method: 'phone',
    evaluatedOn: `${lastYear}-04-15`,
    overall: 7,
    recommend: 9,
    trust: 'continue',
  });
  expect(given.status).toBe(201);
});
afterAll(async () => database.close());

describe('klandizie report satisfaction', { timeout: 120_000 }, () => {
  it('prints the year per category and manager with the assignment not evaluated, and the same as JSON', async () => {
    const printed = runCli(['report', 'satisfaction', '--year', String(lastYear)], env);
    expect(printed.stderr).not.toMatch(/error/i);
    expect(printed.stdout).toContain(
      `Kantoor Tevreden: satisfaction, fiscal year ${lastYear} (${lastYear}-01-01 – ${lastYear}-12-31)`,
    );
    expect(printed.stdout).toMatch(/^A\s+1\s+7\.0\s+9\.0\s+0%\s+100%\s+0%\s+0%\s+1 of 2\s+50%$/m);
    expect(printed.stdout).toMatch(/^Olga Owner\s+1\s+7\.0/m);
    expect(printed.stdout).toContain('Not evaluated: 1');
    expect(printed.stdout).toMatch(/De Vries Bouw\s+Herinrichting\s+\d{4}-08-31\s+\d{4}-09-30/);

    const json = runCli(['report', 'satisfaction', '--year', String(lastYear), '--json'], env);
    const report = JSON.parse(json.stdout);
    const api = (await owner.get(`/api/v1/satisfaction?fiscalYear=${lastYear}`)).body;
    expect(report).toEqual(api);
    expect(report.firm).toMatchObject({ evaluations: 1, responseRateBasisPoints: 5000 });
  });

  it('refuses a year that is no year, and says why', () => {
    const run = runCli(['report', 'satisfaction', '--year', 'vorig'], env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--year must be a year');
  });
});
