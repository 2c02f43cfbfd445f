// The ideal prospect over HTTP (method §3.7): empty until a classification is committed, then
// drawn from the A-clients (one placed there by hand), edited by the firm and reset, with every
// prospect's fit and its reasons, best first.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { assignments, auditLog, clientYears } from '../../db/schema.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let viewer: Client;
let workspaceId: string;
let schemeId: string;
const ids: Record<string, string> = {};

type Fit = {
  id: string;
  name: string;
  fit: number | null;
  matched: number;
  compared: number;
  reasons: { trait: string; outcome: string; values: string[]; matchedValues: string[] }[];
};

async function organisation(body: Record<string, unknown>) {
  const answer = await owner.post('/api/v1/organizations', body);
  expect(answer.status).toBe(201);
  return answer.body.id as string;
}

async function fits(): Promise<{ source: string; items: Fit[] }> {
  const answer = await viewer.get('/api/v1/prospects/fit');
  expect(answer.status).toBe(200);
  return answer.body;
}

/** The audit entries of the scheme that change its prospect profile. */
async function profileAudit() {
  const entries = await database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityId, schemeId)));
  return entries.filter((entry) => Object.hasOwn(entry.changes as object, 'prospectProfile'));
}

const summary = (items: Fit[]) => items.map((item) => [item.name, item.fit]);

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  const clients: [string, string | null, string | null, string | null][] = [
    ['Bouwbedrijf Oost', 'Bouw', '10-49', 'Oost'],
    ['Aannemer Twente', 'Bouw', '10-49', 'Oost'],
    ['Betonwerken Noord', 'Bouw', '50-249', null],
    ['Zorggroep West', 'Zorg', '250+', 'West'],
  ];
  for (const [name, sector, sizeClass, region] of clients)
    ids[name] = await organisation({ name, sector, sizeClass, region, status: 'client' });
  const prospects: [string, string | null, string | null, string | null][] = [
    ['Prospect leeg', null, null, null],
    ['Prospect zorg', 'Zorg', '50-249', null],
    ['Prospect handel', 'Handel', '250+', 'West'],
    ['Prospect bouw', 'Bouw', '10-49', 'Oost'],
    ['Prospect gearchiveerd', 'Bouw', '10-49', 'Oost'],
  ];
  for (const [name, sector, sizeClass, region] of prospects)
    ids[name] = await organisation({ name, sector, sizeClass, region, status: 'prospect' });
  expect(
    (await owner.post(`/api/v1/organizations/${ids['Prospect gearchiveerd']}/archive`)).status,
  ).toBe(200);
  // services bought: from the invoiced years and from assignments
  await database.db.insert(clientYears).values({
    workspaceId,
    organizationId: ids['Aannemer Twente']!,
    fiscalYear: 2024,
    revenueCents: 100_000,
    costedRevenueCents: 0,
    costCents: 0,
    hourRevenueCents: 0,
    lines: 1,
    creditNotes: 0,
    creditCents: 0,
    firstInvoiceDate: '2024-01-15',
    serviceLines: ['audit', 'tax'],
  });
  await database.db.insert(assignments).values([
    {
      workspaceId,
      id: crypto.randomUUID(),
      organizationId: ids['Bouwbedrijf Oost']!,
      title: 'Jaarrekening',
      serviceLine: 'audit',
    },
    {
      workspaceId,
      id: crypto.randomUUID(),
      organizationId: ids['Aannemer Twente']!,
      title: 'Controle',
      serviceLine: 'audit',
    },
    {
      workspaceId,
      id: crypto.randomUUID(),
      organizationId: ids['Prospect zorg']!,
      title: 'Offerte',
      serviceLine: 'payroll',
    },
  ]);
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
});
afterAll(async () => database.close());

describe('before any classification is committed', () => {
  it('says so, with an empty derived profile', async () => {
    const answer = await viewer.get('/api/v1/prospect-profile');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      schemeId,
      topCategory: 'A',
      classifiedAt: null,
      edited: null,
      derived: { clients: 0, sector: [], sizeClass: [], region: [], services: [] },
    });
  });

  it('compares no prospect, and lists only those not archived', async () => {
    const { source, items } = await fits();
    expect(source).toBe('derived');
    expect(items.map((item) => item.fit)).toEqual([null, null, null, null]);
    expect(items.map((item) => item.name)).not.toContain('Prospect gearchiveerd');
  });
});

describe('the derived profile', () => {
  beforeAll(async () => {
    const criteria = (await owner.post('/api/v1/criteria/preset', { preset: 'moneyFunPrestige' }))
      .body.items as { id: string; key: string; active: boolean }[];
    const active = criteria.filter((c) => c.active);
    const revenue = active.find((c) => c.key === 'revenue')!;
    await owner.patch(`/api/v1/criteria/${revenue.id}`, { source: 'judgement' });
    const top = ['Bouwbedrijf Oost', 'Aannemer Twente'];
    for (const name of Object.keys(ids).filter((n) => !n.startsWith('Prospect')))
      for (const criterion of active) {
        const answer = await owner.request(
          'PUT',
          `/api/v1/organizations/${ids[name]}/scores/${criterion.id}`,
          { score: top.includes(name) ? 3 : 0, agreed: false },
        );
        expect(answer.status).toBe(200);
      }
    expect((await owner.post('/api/v1/classifications', { note: 'Jaarreview' })).status).toBe(201);
    // a C-client placed in A by hand counts as an A-client
    const override = await owner.request(
      'PUT',
      `/api/v1/organizations/${ids['Betonwerken Noord']}/category-override`,
      { schemeId, category: 'A', reason: 'Strategische partner' },
    );
    expect(override.status).toBe(200);
  });

  it('is drawn from the A-clients, with each value’s share', async () => {
    const answer = await viewer.get(`/api/v1/prospect-profile?schemeId=${schemeId}`);
    expect(answer.status).toBe(200);
    expect(answer.body.classifiedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(answer.body.derived).toEqual({
      clients: 3,
      sector: [{ value: 'Bouw', clients: 3, shareBasisPoints: 10_000 }],
      sizeClass: [
        { value: '10-49', clients: 2, shareBasisPoints: 6666 },
        { value: '50-249', clients: 1, shareBasisPoints: 3333 },
      ],
      // an unknown region counts in the total
      region: [{ value: 'Oost', clients: 2, shareBasisPoints: 6666 }],
      services: [
        { value: 'audit', clients: 2, shareBasisPoints: 6666 },
        { value: 'tax', clients: 1, shareBasisPoints: 3333 },
      ],
    });
    expect(answer.body.profile).toEqual(answer.body.derived);
  });

  it('sorts the prospects by fit, unknown last, with the reasons', async () => {
    const { items } = await fits();
    expect(summary(items)).toEqual([
      ['Prospect bouw', 100],
      ['Prospect zorg', 33],
      ['Prospect handel', 0],
      ['Prospect leeg', null],
    ]);
    const zorg = items[1]!;
    expect([zorg.matched, zorg.compared]).toEqual([1, 3]);
    expect(zorg.reasons).toEqual([
      { trait: 'sector', outcome: 'unmatched', values: ['Zorg'], matchedValues: [] },
      { trait: 'sizeClass', outcome: 'matched', values: ['50-249'], matchedValues: ['50-249'] },
      { trait: 'region', outcome: 'unknown', values: [], matchedValues: [] },
      { trait: 'services', outcome: 'unmatched', values: ['payroll'], matchedValues: [] },
    ]);
  });
});

describe("the firm's own profile", () => {
  const edit = {
    sector: { active: false, values: ['Bouw'] },
    sizeClass: { active: true, values: ['250+'] },
    region: { active: true, values: [' West ', 'Oost'] },
    services: { active: true, values: [] },
  };

  it('is refused from a viewer, and with a size class or repeated value that does not exist', async () => {
    expect((await viewer.request('PUT', '/api/v1/prospect-profile', edit)).status).toBe(403);
    const badSize = await owner.request('PUT', '/api/v1/prospect-profile', {
      ...edit,
      sizeClass: { active: true, values: ['huge'] },
    });
    expect(badSize.status).toBe(400);
    expect(badSize.body.error.details[0].field).toBe('sizeClass.values.0');
    const twice = await owner.request('PUT', '/api/v1/prospect-profile', {
      ...edit,
      region: { active: true, values: ['Oost', ' Oost'] },
    });
    expect(twice.status).toBe(400);
    expect((await viewer.get('/api/v1/prospect-profile')).body.edited).toBeNull();
  });

  it('is kept, counts instead of the derived one and is audited on the scheme', async () => {
    const answer = await owner.request('PUT', '/api/v1/prospect-profile', edit);
    expect(answer.status).toBe(200);
    expect(answer.body.edited).toMatchObject({
      sector: { active: false, values: ['Bouw'] },
      region: { active: true, values: ['West', 'Oost'] },
    });
    expect(answer.body.profile).toEqual({
      clients: 3,
      sector: [],
      sizeClass: [{ value: '250+', clients: 0, shareBasisPoints: 0 }],
      region: [
        { value: 'West', clients: 0, shareBasisPoints: 0 },
        { value: 'Oost', clients: 2, shareBasisPoints: 6666 },
      ],
      services: [],
    });
    expect(answer.body.derived.clients).toBe(3);
    const { source, items } = await fits();
    expect(source).toBe('edited');
    expect(summary(items)).toEqual([
      ['Prospect handel', 100],
      ['Prospect bouw', 50],
      ['Prospect zorg', 0],
      ['Prospect leeg', null],
    ]);
    const audit = await profileAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({
      prospectProfile: [null, { sizeClass: edit.sizeClass }],
    });
  });

  it('goes back to the derived one', async () => {
    expect((await viewer.delete('/api/v1/prospect-profile')).status).toBe(403);
    expect((await owner.delete('/api/v1/prospect-profile')).status).toBe(204);
    const answer = await viewer.get('/api/v1/prospect-profile');
    expect(answer.body.edited).toBeNull();
    expect(answer.body.profile).toEqual(answer.body.derived);
    expect((await fits()).source).toBe('derived');
    const audit = await profileAudit();
    expect(audit).toHaveLength(2);
  });

  it('is not found for a scheme of another firm', async () => {
    const other = await newFirm(app);
    const foreign = (await other.owner.get('/api/v1/category-schemes')).body.items[0].id;
    expect((await owner.get(`/api/v1/prospect-profile?schemeId=${foreign}`)).status).toBe(404);
    expect((await owner.get(`/api/v1/prospects/fit?schemeId=${foreign}`)).status).toBe(404);
  });
});
