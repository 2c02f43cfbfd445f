// `klandizie worklist --user EMAIL` and `klandizie report compliance` as a user runs them: a real
// process against a database where an A-client of the owner has not been seen for 61 days under
// the freelancer's 60-day norm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { newFirm, testApp } from './helpers/app.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli } from './helpers/processes.ts';
import { daysAgo } from './helpers/days.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let email: string;
let firmId: string;

beforeAll(async () => {
  database = await freshDatabase();
  const url = databaseUrl(database.name);
  env = { DATABASE_URL: url };
  const firm = await newFirm(testApp(database), 'Kantoor Werklijst');
  email = firm.email;
  firmId = firm.workspaceId;
  const { owner, ownerId } = firm;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const client = (
    await owner.post('/api/v1/organizations', {
      name: 'De Vries Bouw',
      status: 'client',
      // a client for years: its contact is due by the interval, not from its first day
      clientSince: daysAgo(800),
      relationshipManagerId: ownerId,
    })
  ).body.id;
  await owner.request('PUT', `/api/v1/organizations/${client}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Grootste klant',
  });
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  // 62 days by the UTC clock is 61 or 62 by the firm's: overdue either way
  await owner.post(`/api/v1/organizations/${client}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: daysAgo(62),
    subject: 'Bezoek',
  });
});
afterAll(async () => database.close());

describe('klandizie worklist', { timeout: 120_000 }, () => {
  it('prints the professional’s overdue personal contact, and the same as JSON', () => {
    const printed = runCli(['worklist', '--user', email.toUpperCase()], env);
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toMatch(
      /Kantoor Werklijst: worklist of Olga Owner up to .*, 2 items, 1 overdue/,
    );
    expect(printed.stdout).toMatch(/De Vries Bouw\s+A\s+personal contact\s+\S+\s+\d+ days overdue/);
    const json = runCli(['worklist', '--user', email, '--json'], env);
    const list = JSON.parse(json.stdout) as { items: { kind: string; overdue: boolean }[] };
    // past its norm the client is at risk too (method §8), after what is due
    expect(list.items).toEqual([
      expect.objectContaining({ kind: 'personalContact', overdue: true }),
      expect.objectContaining({ kind: 'atRisk', overdue: false }),
    ]);
  });

  it('says plainly when nobody has the address', () => {
    const run = runCli(['worklist', '--user', 'niemand@example.nl'], env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('has no user with the e-mail address niemand@example.nl');
  });
});

describe('klandizie report compliance', { timeout: 120_000 }, () => {
  it('prints the A-client falling short per category and by name, and the same as JSON', () => {
    const printed = runCli(['report', 'compliance'], env);
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toMatch(
      /Kantoor Werklijst: compliance with the service concepts, fiscal year \d{4}/,
    );
    expect(printed.stdout).toMatch(/^A\s+1\s+0%\s+1 of 1/m);
    expect(printed.stdout).toMatch(/^Olga Owner\s+1\s+0%/m);
    expect(printed.stdout).toMatch(/De Vries Bouw\s+A\s+\S+\s+contact \d+ days overdue/);
    const json = runCli(['report', 'compliance', '--json'], env);
    const report = JSON.parse(json.stdout) as {
      firm: { clients: number; contactOverdue: number };
      shortfallClientCount: number;
    };
    expect(report.firm).toMatchObject({ clients: 1, contactOverdue: 1 });
    expect(report.shortfallClientCount).toBe(1);
  });

  it('refuses a year that is no year, and says why', () => {
    const run = runCli(['report', 'compliance', '--year', 'vorig'], env);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--year must be a year');
  });
});

// last: a second firm in the database, so the commands above need no --workspace
describe(
  'klandizie worklist of a firm that has not set up its servicing',
  { timeout: 120_000 },
  () => {
    it('says what to set up first, in the professional’s language, while nothing can come on', async () => {
      const empty = await newFirm(testApp(database), 'Kantoor Leeg');
      const run = () => {
        const printed = runCli(
          ['worklist', '--user', empty.email, '--workspace', empty.workspaceId],
          env,
        );
        expect(printed.stderr).toBe('');
        return printed.stdout;
      };
      await database.pool.query("update users set locale = 'nl' where id = $1", [empty.ownerId]);
      expect(run()).toContain('Eerst je klanten indelen');
      await database.pool.query("update users set locale = 'en' where id = $1", [empty.ownerId]);
      expect(run()).toContain('First, put your clients into categories');
      // the firm of the other tests has both: nothing to set up
      expect(runCli(['worklist', '--user', email, '--workspace', firmId], env).stdout).not.toMatch(
        /First,|Eerst je/,
      );
    });
  },
);
