// What is recorded is dated by the firm's one clock, not by the database's: a classification
// committed, a category set by hand and a client entered at 23:30 UTC on 31 December count from
// 1 January for a firm in Amsterdam, so the closed year 2026 is still judged by what held then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { Client, newFirm, testApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

let database: Database;
let instant = new Date('2026-06-01T10:00:00Z');
const clock = () => instant;
const newYearsEve = new Date('2026-12-31T23:30:00Z'); // 00:30 on 1 January 2027 in Amsterdam

let owner: Client;
let schemeId: string;

async function newClient(name: string, clientSince?: string) {
  const created = await owner.post('/api/v1/organizations', {
    name,
    status: 'client',
    ...(clientSince === undefined ? {} : { clientSince }),
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** The clients compliance judges in a fiscal year, per category. */
async function judged(fiscalYear: number) {
  const answer = await owner.get(`/api/v1/compliance?fiscalYear=${fiscalYear}`);
  expect(answer.status).toBe(200);
  return {
    clients: answer.body.firm.clients as number,
    categories: Object.fromEntries(
      (answer.body.categories as { categoryKey: string | null; clients: number }[]).map((c) => [
        c.categoryKey,
        c.clients,
      ]),
    ),
  };
}

beforeAll(async () => {
  database = await freshDatabase();
  ({ owner } = await newFirm(testApp(database, {}, clock)));
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
});
afterAll(async () => database.close());

describe('records dated by the firm’s clock', () => {
  it('a category set by hand at 23:30 UTC on 31 December counts from 1 January', async () => {
    instant = new Date('2026-06-01T10:00:00Z');
    const atlas = await newClient('Atlas Bouw', '2020-01-01');
    const override = (category: string) =>
      owner.request('PUT', `/api/v1/organizations/${atlas}/category-override`, {
        schemeId,
        category,
        reason: 'Test',
      });
    expect((await override('A')).status).toBe(200);
    instant = newYearsEve;
    expect((await override('C')).status).toBe(200);
    const categories = (await owner.get(`/api/v1/organizations/${atlas}/categories`)).body;
    expect(categories.endedOverrides).toMatchObject([
      { category: 'A', setAt: '2026-06-01T10:00:00.000Z', endedAt: '2026-12-31T23:30:00.000Z' },
    ]);
    expect(categories.overrides).toMatchObject([
      { category: 'C', createdAt: '2026-12-31T23:30:00.000Z' },
    ]);
    // on 31 December 2026, the day 2026 is judged at, Atlas was still an A
    expect((await judged(2026)).categories).toMatchObject({ A: 1 });
    expect((await judged(2027)).categories).toMatchObject({ C: 1 });
    expect((await judged(2027)).categories.A ?? 0).toBe(0);
  });

  it('a classification committed at 23:30 UTC on 31 December counts from 1 January', async () => {
    instant = new Date('2026-06-01T10:00:00Z');
    const boreas = await newClient('Boreas Advies', '2020-01-01');
    const criterion = await owner.post('/api/v1/criteria', {
      name: 'Past bij ons',
      group: 'strategic',
      weight: 1,
      scaleMax: 3,
    });
    expect(criterion.status).toBe(201);
    const score = (value: number) =>
      owner.request('PUT', `/api/v1/organizations/${boreas}/scores/${criterion.body.id}`, {
        score: value,
        agreed: true,
      });
    expect((await score(3)).status).toBe(200);
    expect((await owner.post('/api/v1/classifications', {})).status).toBe(201);
    instant = newYearsEve;
    expect((await score(0)).status).toBe(200);
    const moved = await owner.post('/api/v1/classifications', {});
    expect(moved.body).toMatchObject({ moved: 1 });
    const history = await owner.get(`/api/v1/category-schemes/${schemeId}/classifications`);
    expect(history.body.items[0]).toMatchObject({ createdAt: '2026-12-31T23:30:00.000Z' });
    const categories = (await owner.get(`/api/v1/organizations/${boreas}/categories`)).body;
    const [now, before] = categories.history as { category: string | null }[];
    expect(now!.category).not.toBe(before!.category);
    // Atlas (A by hand until 1 January) and Boreas (classified A until 1 January)
    expect((await judged(2026)).categories).toMatchObject({ A: 2 });
    expect((await judged(2027)).categories.A ?? 0).toBe(0);
  });

  it('a client entered at 23:30 UTC on 31 December, with no client since, is a client from 1 January', async () => {
    instant = newYearsEve;
    const before = await judged(2026);
    await newClient('Castor Nieuw');
    expect((await judged(2026)).clients).toBe(before.clients);
    expect((await judged(2027)).clients).toBe(before.clients + 1);
  });
});
