// Every judgement of the past uses the category the client had then (decision 0027). Last year
// Atlas was A until 14 June and C after, Boreas A and Ceres C all year; today Boreas is
// reclassified C in a new commit and Ceres is set to A by hand. Last year's compliance, four P's
// and goals stay as they were; an overdue proposal asked while Atlas was A stays on the worklist;
// and every place shows a client in the same category today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { today } from '../../../test/helpers/days.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let owner: Client;
let manager: Client;
let workspaceId: string;
let schemeId: string;
const ids: Record<string, string> = {};
const lastYear = Number(today().slice(0, 4)) - 1;
const names = ['Atlas Bouw', 'Boreas Zorg', 'Ceres Handel'] as const;
type Name = (typeof names)[number];

/** Every active criterion scored at the top of its scale (an A) or at its bottom (a C). */
async function scoreAs(name: Name, category: 'A' | 'C') {
  const criteria = (await owner.get('/api/v1/criteria')).body.items as {
    id: string;
    active: boolean;
    scaleMax: number;
  }[];
  for (const criterion of criteria.filter((c) => c.active)) {
    const score = category === 'A' ? criterion.scaleMax : 0;
    const put = await owner.request(
      'PUT',
      `/api/v1/organizations/${ids[name]}/scores/${criterion.id}`,
      { score, agreed: false },
    );
    expect(put.status, JSON.stringify(put.body)).toBe(200);
  }
}

/** Commits the classification of the scores now, dated the instant given (now when left out). */
async function commit(categories: Record<Name, 'A' | 'C'>, on?: string) {
  for (const name of names) await scoreAs(name, categories[name]);
  const committed = await owner.post('/api/v1/classifications', { note: on ?? 'today' });
  expect(committed.status, JSON.stringify(committed.body)).toBe(201);
  if (on)
    await database.pool.query(
      `update classifications set created_at = $1::timestamptz where id = $2`,
      [on, committed.body.id],
    );
}

const revenue = (id: string, year: number) =>
  database.pool.query(
    `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
       costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
       first_invoice_date, service_lines)
     values ($1, $2, $3, 100000, 0, 0, 0, 1, 0, 0, '2020-01-15', '{}')`,
    [workspaceId, id, year],
  );

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  const made = await newUser(app, database, workspaceId, 'professional');
  manager = made.client;
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id as string;
  for (const name of names) {
    const created = await owner.post('/api/v1/organizations', {
      name,
      status: 'client',
      relationshipManagerId: made.user.id,
      clientSince: '2020-01-01',
    });
    ids[name] = created.body.id as string;
    await revenue(ids[name], lastYear);
    await revenue(ids[name], lastYear + 1);
  }
  expect((await owner.post('/api/v1/criteria/preset', { preset: 'moneyFunPrestige' })).status).toBe(
    200,
  );
  // every criterion judged by hand, so a test can place a client
  for (const criterion of (await owner.get('/api/v1/criteria')).body.items as {
    id: string;
    active: boolean;
    source: string;
  }[])
    if (criterion.active && criterion.source !== 'judgement')
      await owner.patch(`/api/v1/criteria/${criterion.id}`, { source: 'judgement' });
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  const log = (name: Name, body: Record<string, unknown>) =>
    manager.post(`/api/v1/organizations/${ids[name]}/activities`, {
      status: 'done',
      subject: 'Contact',
      ...body,
    });
  // Atlas: a proposal asked on Friday 7 March while A, never sent: past A's two working days;
  // a project meeting while A and a partnership one while C
  const proposal = await manager.post(`/api/v1/organizations/${ids['Atlas Bouw']}/proposals`, {
    title: 'Controle',
    requestedOn: `${lastYear}-03-07`,
    stage: 'request',
  });
  expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);
  await log('Atlas Bouw', { type: 'meeting', p: 'project', onDate: `${lastYear}-03-10` });
  await log('Atlas Bouw', { type: 'meeting', p: 'partnership', onDate: `${lastYear}-09-10` });
  // committed at half past midnight on 15 June in Amsterdam (22:30 UTC on the 14th): the 14th
  // was still A's
  await log('Atlas Bouw', { type: 'meeting', p: 'process', onDate: `${lastYear}-06-14` });

  await commit(
    { 'Atlas Bouw': 'A', 'Boreas Zorg': 'A', 'Ceres Handel': 'C' },
    `${lastYear - 1}-12-01T12:00:00Z`,
  );
  await commit(
    { 'Atlas Bouw': 'C', 'Boreas Zorg': 'A', 'Ceres Handel': 'C' },
    `${lastYear}-06-14T22:30:00Z`,
  );
});
afterAll(async () => database.close());

type Report = {
  categories: { categoryKey: string | null; clients: number; delivered: number }[];
  shortfallClients: { name: string; categoryKey: string | null; shortfalls: { code: string }[] }[];
};
const compliance = async (year: number) => {
  const answer = await owner.get(`/api/v1/compliance?fiscalYear=${year}`);
  expect(answer.status).toBe(200);
  return answer.body as Report & Record<string, unknown>;
};
const fourPs = async (year: number) => {
  const answer = await owner.get(`/api/v1/compliance/four-ps?fiscalYear=${year}`);
  expect(answer.status).toBe(200);
  return answer.body as {
    categories: { categoryKey: string | null; counts: Record<string, number> }[];
  };
};
const goals = async (year: number) => {
  const answer = await owner.get(
    `/api/v1/category-schemes/${schemeId}/goals/progress?year=${year}`,
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { categories: { categoryKey: string; clients: number }[] };
};
const worklist = async () => {
  const answer = await manager.get('/api/v1/worklist');
  expect(answer.status).toBe(200);
  return answer.body.items as {
    kind: string;
    organizationName: string;
    categoryKey: string | null;
    overdue: boolean;
  }[];
};
const shortOf = (report: Report, name: Name) =>
  report.shortfallClients.find((client) => client.name === name);

describe('a year gone by, judged by the categories of then', () => {
  let before: Awaited<ReturnType<typeof compliance>>;
  let fourPsBefore: Awaited<ReturnType<typeof fourPs>>;
  let goalsBefore: Awaited<ReturnType<typeof goals>>;

  it('judges Atlas by A until June and by C after', async () => {
    before = await compliance(lastYear);
    fourPsBefore = await fourPs(lastYear);
    goalsBefore = await goals(lastYear);
    // the proposal asked while A is late by A's norm; after June C asks no contact
    const atlas = shortOf(before, 'Atlas Bouw');
    expect(atlas?.categoryKey).toBe('C');
    expect(atlas?.shortfalls.map((s) => s.code)).toEqual(['proposalsLate']);
    // Boreas was A all year and never seen
    expect(shortOf(before, 'Boreas Zorg')?.shortfalls.map((s) => s.code)).toEqual(
      expect.arrayContaining(['contactOverdue', 'tooFewContacts']),
    );
    expect(shortOf(before, 'Ceres Handel')).toBeUndefined();
    // the meeting of March counts for A, the one of September for C
    const counts = (key: string) =>
      fourPsBefore.categories.find((c) => c.categoryKey === key)!.counts;
    expect(counts('A')).toMatchObject({ project: 1, process: 1, partnership: 0 });
    expect(counts('C')).toMatchObject({ project: 0, process: 0, partnership: 1 });
    // the year's figures in the category held on its last day
    expect(goalsBefore.categories.map((c) => [c.categoryKey, c.clients])).toEqual([
      ['A', 1],
      ['B', 0],
      ['C', 2],
    ]);
  });

  it('stays as it was after reclassifying today, by a commit and by hand', async () => {
    await commit({ 'Atlas Bouw': 'C', 'Boreas Zorg': 'C', 'Ceres Handel': 'C' });
    const set = await owner.request(
      'PUT',
      `/api/v1/organizations/${ids['Ceres Handel']}/category-override`,
      { schemeId, category: 'A', reason: 'Strategisch' },
    );
    expect(set.status).toBe(200);
    expect(await compliance(lastYear)).toEqual(before);
    expect(await fourPs(lastYear)).toEqual(fourPsBefore);
    expect(await goals(lastYear)).toEqual(goalsBefore);
  });

  it('keeps the overdue proposal asked while Atlas was A on the worklist', async () => {
    const items = await worklist();
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'proposal',
        organizationName: 'Atlas Bouw',
        categoryKey: 'C',
        overdue: true,
      }),
    );
  });

  it("shows a request asked while Atlas was A with A's norm on the client page", async () => {
    const call = await manager.post(`/api/v1/organizations/${ids['Atlas Bouw']}/call-backs`, {
      callerName: 'De directeur',
      calledOn: `${lastYear}-03-10`,
    });
    expect(call.status, JSON.stringify(call.body)).toBe(201);
    const calls = (await owner.get(`/api/v1/organizations/${ids['Atlas Bouw']}/call-backs`)).body
      .items as { category: string | null; check: { norm: string; status: string } }[];
    expect(calls).toEqual([
      expect.objectContaining({
        category: 'C',
        check: expect.objectContaining({ norm: 'sameWorkingDay', status: 'overdue' }),
      }),
    ]);
    const proposals = (await owner.get(`/api/v1/organizations/${ids['Atlas Bouw']}/proposals`)).body
      .items as { category: string | null; turnaround: { normWorkingDays: number | null } }[];
    expect(proposals).toEqual([
      expect.objectContaining({
        category: 'C',
        turnaround: expect.objectContaining({ normWorkingDays: 2 }),
      }),
    ]);
  });

  it('keeps a removed override in the past it stood in', async () => {
    const removed = await owner.delete(
      `/api/v1/organizations/${ids['Ceres Handel']}/category-override?schemeId=${schemeId}`,
    );
    expect(removed.status).toBe(204);
    const categories = await owner.get(`/api/v1/organizations/${ids['Ceres Handel']}/categories`);
    expect(categories.body.overrides).toEqual([]);
    expect(categories.body.endedOverrides).toEqual([
      expect.objectContaining({ schemeId, category: 'A', reason: 'Strategisch' }),
    ]);
    const [ended] = categories.body.endedOverrides as { setAt: string; endedAt: string }[];
    expect(ended!.setAt <= ended!.endedAt).toBe(true);
    // set back, so the next test sees Ceres as A
    await owner.request('PUT', `/api/v1/organizations/${ids['Ceres Handel']}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Strategisch',
    });
  });
});

describe('the category a client is shown in today', () => {
  it('is the same in the organisation list, compliance, the worklist and the goals', async () => {
    const expected: Record<Name, string> = {
      'Atlas Bouw': 'C',
      'Boreas Zorg': 'C',
      'Ceres Handel': 'A',
    };
    const listed = (await owner.get('/api/v1/organizations?sort=name')).body.items as {
      name: Name;
      category: string | null;
    }[];
    expect(Object.fromEntries(listed.map((item) => [item.name, item.category]))).toEqual(expected);
    for (const key of ['A', 'C']) {
      const filtered = (await owner.get(`/api/v1/organizations?category=${key}`)).body.items as {
        name: Name;
      }[];
      expect(filtered.map((item) => item.name).sort()).toEqual(
        names.filter((name) => expected[name] === key),
      );
    }
    const perCategory = (key: string) => names.filter((name) => expected[name] === key).length;
    const now = await compliance(lastYear + 1);
    const goalsNow = await goals(lastYear + 1);
    for (const key of ['A', 'B', 'C']) {
      expect(now.categories.find((c) => c.categoryKey === key)?.clients).toBe(perCategory(key));
      expect(goalsNow.categories.find((c) => c.categoryKey === key)?.clients).toBe(
        perCategory(key),
      );
    }
    for (const client of now.shortfallClients)
      expect(client.categoryKey).toBe(expected[client.name as Name]);
    for (const item of await worklist())
      expect(item.categoryKey).toBe(expected[item.organizationName as Name]);
  });
});
