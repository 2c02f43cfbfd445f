// Compliance over HTTP (method §5, §14): the freelancer's A/B/C on a firm of three clients, each
// falling short in its own way or not at all, per category and per professional.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addClientInCategory,
  Client,
  newFirm,
  newUser,
  testApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { personalContactTypes } from '../../core/servicing/personal-contact.ts';
import type { Database } from '../../db/connection.ts';
import { today } from '../../../test/helpers/days.ts';
import { daysAgo } from '../../../test/helpers/days.ts';

let database: Database;
let owner: Client;
let manager: Client;
let managerId: string;
const clients: Record<string, string> = {};
const thisYear = Number(today().slice(0, 4));

type Norms = {
  met: number;
  notMet: number;
  notYet: number;
  shareBasisPoints: { met: number; notMet: number; notYet: number };
};

type Report = {
  fiscalYear: number;
  from: string;
  judgedAt: string;
  firm: Record<string, unknown>;
  categories: { categoryKey: string | null; clients: number; delivered: number }[];
  professionals: { userId: string; clients: number; contactOverdue: number }[];
  shortfallClients: {
    name: string;
    lastPersonalContact: string | null;
    shortfalls: { code: string }[];
  }[];
  shortfallClientCount: number;
};

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  const made = await newUser(app, database, workspaceId, 'professional');
  manager = made.client;
  managerId = made.user.id;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  for (const [name, category, revenue] of [
    ['Atlas Bouw', 'A', 500_000_00],
    ['Boreas Zorg', 'A', 900_000_00],
    ['Ceres Handel', 'C', 100_000_00],
  ] as const) {
    const id = await addClientInCategory(owner, { name, schemeId, category, managerId });
    clients[name] = id;
    await database.pool.query(
      `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
         costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
         first_invoice_date, service_lines)
       values ($1, $2, $3, $4, 0, 0, 0, 1, 0, 0, '2024-01-01', '{}')`,
      [workspaceId, id, thisYear - 1, revenue],
    );
  }
  // a prospect is no client: left out
  await owner.post('/api/v1/organizations', { name: 'Delta Vooruitzicht', status: 'prospect' });
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  const visit = (org: string, onDate: string) =>
    manager.post(`/api/v1/organizations/${clients[org]}/activities`, {
      type: 'visit',
      status: 'done',
      onDate,
      subject: 'Bezoek',
    });
  // Atlas: seen 61 days ago, overdue under the 60-day norm of A
  expect((await visit('Atlas Bouw', daysAgo(61))).status).toBe(201);
  // Boreas: seen often enough, but a proposal asked on a Friday and sent the next Thursday, past
  // its deadline of two working days after the Friday (the Tuesday, or later over a holiday)
  expect((await visit('Boreas Zorg', daysAgo(10))).status).toBe(201);
  expect((await visit('Boreas Zorg', daysAgo(40))).status).toBe(201);
  await manager.post(`/api/v1/organizations/${clients['Boreas Zorg']}/proposals`, {
    title: 'Controle',
    requestedOn: lastFridayBefore(daysAgo(6)),
    stage: 'sent',
    sentOn: addCalendarDays(lastFridayBefore(daysAgo(6)), 6),
    ownerId: managerId,
  });
});
afterAll(async () => database.close());

/** The Friday on or before a day. */
function lastFridayBefore(day: string): string {
  let date = day;
  while (new Date(`${date}T12:00:00Z`).getUTCDay() !== 5) date = addCalendarDays(date, -1);
  return date;
}

const report = async (query = '') => {
  const answer = await owner.get(`/api/v1/compliance${query}`);
  expect(answer.status).toBe(200);
  return answer.body as Report;
};

describe('compliance with the service concepts', () => {
  it('names the clients that fall short, most valuable first, and why', async () => {
    const { shortfallClients, shortfallClientCount, fiscalYear, judgedAt } = await report();
    expect(fiscalYear).toBe(thisYear);
    expect(judgedAt).toBe(today());
    expect(shortfallClientCount).toBe(2);
    expect(
      shortfallClients.map((client) => [client.name, client.shortfalls.map((s) => s.code)]),
    ).toEqual([
      ['Boreas Zorg', ['proposalsLate']],
      ['Atlas Bouw', expect.arrayContaining(['contactOverdue'])],
    ]);
  });

  it('adds up per category, per professional and for the firm', async () => {
    const { categories, professionals, firm } = await report();
    expect(categories.map((c) => [c.categoryKey, c.clients, c.delivered])).toEqual([
      ['A', 2, 0],
      ['B', 0, 0],
      ['C', 1, 1],
    ]);
    expect(professionals).toEqual([
      expect.objectContaining({ userId: managerId, clients: 3, contactOverdue: 1 }),
    ]);
    expect(firm).toMatchObject({
      clients: 3,
      delivered: 1,
      withInterval: 2,
      contactOverdue: 1,
      proposals: { judged: 1, withinNorm: 0, withinNormBasisPoints: 0 },
    });
  });

  it('counts every norm once per category, per professional and for the firm, as its charts show', async () => {
    const { categories, professionals, firm } = await report();
    const norms = (figures: unknown) => (figures as { norms: Norms }).norms;
    const [a, b, c] = categories.map(norms);
    // per A-client the interval, the minimum, the mailing and the gift; Boreas's proposal
    expect(a!.met + a!.notMet + a!.notYet).toBe(9);
    // Atlas overdue and Boreas's proposal late; Boreas seen in time
    expect(a!.notMet).toBeGreaterThanOrEqual(2);
    expect(a!.met).toBeGreaterThanOrEqual(1);
    const { met, notMet, notYet } = a!.shareBasisPoints;
    expect(met + notMet + notYet).toBe(10_000);
    // B has no clients and C sets no norm: nothing to chart
    for (const none of [b, c])
      expect(none).toEqual({
        met: 0,
        notMet: 0,
        notYet: 0,
        shareBasisPoints: { met: 0, notMet: 0, notYet: 0 },
      });
    // the one professional manages every client and sent the proposal
    expect(norms(firm)).toEqual(a);
    expect(norms(professionals[0])).toEqual(a);
  });

  it('counts a yearly duty done once the activity that fulfils it is done', async () => {
    const changed = await owner.request(
      'PUT',
      `/api/v1/category-schemes/${await schemeId()}/service-concepts/C`,
      { ...(await conceptOf('C')), yearlyRevenueForecast: true },
    );
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    // the C-client's forecast (the A-clients' mailing and gift count beside it in the firm)
    const ofC = async () => (await report()).categories.find((c) => c.categoryKey === 'C');
    expect(await ofC()).toMatchObject({ dutiesRequired: 1, dutiesDone: 0 });
    await manager.post(`/api/v1/organizations/${clients['Ceres Handel']}/activities`, {
      type: 'meeting',
      status: 'done',
      onDate: today(),
      subject: 'Omzetprognose',
      duty: 'revenueForecast',
    });
    expect(await ofC()).toMatchObject({ dutiesRequired: 1, dutiesDone: 1 });
  });

  it('judges a year gone by at its last day, and refuses a year not begun or not a year', async () => {
    const last = await report(`?fiscalYear=${thisYear - 1}`);
    expect(last.judgedAt).toBe(`${thisYear - 1}-12-31`);
    expect((await owner.get(`/api/v1/compliance?fiscalYear=${thisYear + 1}`)).status).toBe(400);
    const wrong = await owner.get('/api/v1/compliance?fiscalYear=twenty');
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('fiscalYear');
  });

  it('reads personal contacts through an index whose types are the personal contact types', async () => {
    const { rows } = await database.pool.query<{ definition: string }>(
      `select indexdef as definition from pg_indexes where indexname = 'activities_personal_contact_idx'`,
    );
    const types = [...(rows[0]?.definition ?? '').matchAll(/'(\w+)'::text/g)].map((m) => m[1]);
    expect(types.filter((type) => type !== 'done').sort()).toEqual(
      [...personalContactTypes].sort(),
    );
  });
});

async function schemeId(): Promise<string> {
  return (await owner.get('/api/v1/category-schemes')).body.items[0].id as string;
}

async function conceptOf(category: string): Promise<Record<string, unknown>> {
  const answer = await owner.get(`/api/v1/category-schemes/${await schemeId()}/service-concepts`);
  const found = (answer.body.items as Record<string, unknown>[]).find(
    (concept) => concept.categoryKey === category,
  )!;
  const { categoryKey: _key, categoryName: _name, set: _set, ...norms } = found;
  return norms;
}

describe("the four P's per category", () => {
  type Balance = {
    categoryKey: string | null;
    counts: Record<'project' | 'person' | 'process' | 'partnership', number>;
    total: number;
    withoutP: number;
    firstMissing: string | null;
    shareBasisPoints: Record<string, number>;
    clientsWithActivities: number;
  };
  type FourPs = { categories: Balance[]; firm: Balance; advisedOrder: string[] };
  const balances = async (query = '') => {
    const answer = await owner.get(`/api/v1/compliance/four-ps${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as FourPs;
  };
  const category = (fourPs: FourPs, key: string | null) =>
    fourPs.categories.find((c) => c.categoryKey === key)!;

  it("counts the done activities of the year's clients per category and P, beside the advised order", async () => {
    const before = await balances();
    expect(before.advisedOrder).toEqual(['project', 'person', 'process', 'partnership']);
    expect(before.categories.map((c) => c.categoryKey)).toEqual(['A', 'B', 'C']);
    const log = (org: string, body: Record<string, unknown>) =>
      manager.post(`/api/v1/organizations/${org}/activities`, {
        status: 'done',
        onDate: today(),
        subject: 'Contact',
        ...body,
      });
    expect((await log(clients['Atlas Bouw']!, { type: 'meeting' })).status).toBe(201);
    await log(clients['Atlas Bouw']!, { type: 'other', p: 'partnership' });
    await log(clients['Ceres Handel']!, { type: 'other' });
    // planned, last year's and a prospect's activities do not count
    await log(clients['Ceres Handel']!, { type: 'visit', status: 'planned' });
    await log(clients['Ceres Handel']!, { type: 'visit', onDate: `${thisYear - 1}-06-01` });
    const prospect = (
      await owner.post('/api/v1/organizations', { name: 'Epsilon', status: 'prospect' })
    ).body.id as string;
    await log(prospect, { type: 'visit' });

    const after = await balances();
    const a = [category(before, 'A'), category(after, 'A')] as const;
    expect(a[1].counts.project - a[0].counts.project).toBe(1);
    expect(a[1].counts.partnership - a[0].counts.partnership).toBe(1);
    expect(a[1].total - a[0].total).toBe(2);
    expect(a[1].firstMissing).not.toBe('project');
    const c = [category(before, 'C'), category(after, 'C')] as const;
    expect(c[1].withoutP - c[0].withoutP).toBe(1);
    expect(c[1].total).toBe(c[0].total);
    expect(after.firm.total - before.firm.total).toBe(2);
    expect(after.firm.withoutP - before.firm.withoutP).toBe(1);
    for (const balance of [...after.categories, after.firm]) {
      const shares = Object.values(balance.shareBasisPoints).reduce((sum, n) => sum + n, 0);
      expect(shares).toBe(balance.total > 0 ? 10_000 : 0);
    }
    expect(category(after, 'B')).toMatchObject({ total: 0, firstMissing: 'project' });
  });

  it('refuses a year not begun or not a year', async () => {
    expect((await owner.get(`/api/v1/compliance/four-ps?fiscalYear=${thisYear + 1}`)).status).toBe(
      400,
    );
    expect((await owner.get('/api/v1/compliance/four-ps?fiscalYear=1.5')).status).toBe(400);
  });
});

describe('clients not seen within the window', () => {
  it('are overdue from their last contact before it, a new client seen as a prospect too', async () => {
    const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id as string;
    const client = async (name: string, clientSince: string, seen: string) => {
      const id = (
        await owner.post('/api/v1/organizations', {
          name,
          status: 'client',
          relationshipManagerId: managerId,
          clientSince,
        })
      ).body.id as string;
      await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
        schemeId,
        category: 'A',
        reason: 'Test',
      });
      const visit = await manager.post(`/api/v1/organizations/${id}/activities`, {
        type: 'visit',
        status: 'done',
        onDate: seen,
        subject: 'Bezoek',
      });
      expect(visit.status).toBe(201);
    };
    // seen 400 days ago, long before the window of the longest interval or the year
    await client('Eos Techniek', '2020-01-01', daysAgo(400));
    // a client for 30 days, seen 400 days ago while a prospect: due the day it became a client,
    // not before (decision 0031)
    await client('Faro Bouw', daysAgo(30), daysAgo(400));
    const { shortfallClients } = await report();
    for (const [name, daysOverdue] of [
      ['Eos Techniek', 340],
      ['Faro Bouw', 30],
    ] as const)
      expect(shortfallClients.find((c) => c.name === name)).toMatchObject({
        lastPersonalContact: daysAgo(400),
        shortfalls: expect.arrayContaining([{ code: 'contactOverdue', daysOverdue }]),
      });
    // with a limit that leaves them out, they still count as overdue
    const few = await report('?limit=1');
    expect(few.shortfallClients).toHaveLength(1);
    expect(few.firm).toMatchObject({ contactOverdue: (await report()).firm.contactOverdue });
  });
});

describe('a client since 1 October of last year (decision 0031)', () => {
  it('is not judged over the year before, and asked no yearly duty of last year', async () => {
    const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id as string;
    const counted = (await report(`?fiscalYear=${thisYear - 2}`)).firm.clients;
    const id = (
      await owner.post('/api/v1/organizations', {
        name: 'Gaia Logistiek',
        status: 'client',
        relationshipManagerId: managerId,
        clientSince: `${thisYear - 1}-10-01`,
      })
    ).body.id as string;
    await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
    const before = await report(`?fiscalYear=${thisYear - 2}`);
    expect(before.shortfallClients.map((c) => c.name)).not.toContain('Gaia Logistiek');
    expect(before.firm.clients).toBe(counted);

    const last = await report(`?fiscalYear=${thisYear - 1}`);
    const shortOf = (name: string) =>
      last.shortfallClients.find((c) => c.name === name)?.shortfalls.map((s) => s.code) ?? [];
    // A asks a mailing and a gift: Atlas, a client all the year, missed both; Gaia was asked
    // neither, only the contacts of its 92 days
    expect(shortOf('Atlas Bouw')).toContain('dutyMissed');
    expect(shortOf('Gaia Logistiek')).not.toContain('dutyMissed');
    expect(shortOf('Gaia Logistiek')).toContain('contactOverdue');
  });
});

describe('a new firm’s compliance', () => {
  it('names what to set up first: a category for a client, then a service concept', async () => {
    const { owner: newOwner } = await newFirm(testApp(database));
    const setUpFirst = async () => {
      const answer = await newOwner.get('/api/v1/compliance');
      expect(answer.status).toBe(200);
      return (answer.body as { setUpFirst: string | null }).setUpFirst;
    };
    expect(await setUpFirst()).toBe('categories');
    const schemeId = (await newOwner.get('/api/v1/category-schemes')).body.items[0].id;
    const id = (await newOwner.post('/api/v1/organizations', { name: 'Delta', status: 'client' }))
      .body.id as string;
    await newOwner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'B',
      reason: 'Test',
    });
    expect(await setUpFirst()).toBe('serviceConcepts');
    await newOwner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
      preset: 'freelancerAbc',
    });
    expect(await setUpFirst()).toBe(null);
  });
});
