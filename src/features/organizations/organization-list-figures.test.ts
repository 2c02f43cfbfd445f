// The organisation list shows each client's category now (set by hand beats committed, the rule
// of currentCategories) and its revenue of the last complete fiscal year; both filter or sort.
// Contact persons are found by name, e-mail and phone, with their organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let owner: Client;
const ids: Record<string, string> = {};

// 1 March 2026 on the firm's clock: fiscal year 2025 is the last one that has ended
const clock = () => new Date('2026-03-01T10:00:00Z');

const revenueOf = (workspaceId: string, id: string, year: number, cents: number) =>
  database.pool.query(
    `insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
       costed_revenue_cents, cost_cents, hour_revenue_cents, lines, credit_notes, credit_cents,
       first_invoice_date, service_lines)
     values ($1, $2, $3, $4, 0, 0, 0, 1, 0, 0, $5, '{}')`,
    [workspaceId, id, year, cents, `${year}-01-15`],
  );

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id as string;
  for (const [name, category, revenue2025, revenue2026] of [
    ['Atlas Bouw', 'A', 500_000_00, 1_00],
    ['Boreas Zorg', 'C', 900_000_00, 0],
    ['Ceres Handel', 'A', 100_000_00, 5_000_000_00],
    ['Delta Advies', null, null, null],
  ] as const) {
    const id = (await owner.post('/api/v1/organizations', { name })).body.id as string;
    ids[name] = id;
    if (category)
      await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
        schemeId,
        category,
        reason: 'Test',
      });
    if (revenue2025 !== null) await revenueOf(workspaceId, id, 2025, revenue2025);
    if (revenue2026 !== null) await revenueOf(workspaceId, id, 2026, revenue2026);
  }
  const contact = await owner.post(`/api/v1/organizations/${ids['Boreas Zorg']}/contacts`, {
    firstName: 'Zoë',
    infix: 'van',
    lastName: 'Éijk',
    email: 'zoe@boreas.nl',
    phone: '06-12 34 56 78',
  });
  expect(contact.status).toBe(201);
});
afterAll(async () => database.close());

type Item = { name: string; category: string | null; revenueCents: number };
const list = async (query: string) => {
  const answer = await owner.get(`/api/v1/organizations?${query}`);
  expect(answer.status).toBe(200);
  return answer.body as { items: Item[]; fiscalYear: number; nextCursor: string | null };
};

describe('the organisation list', () => {
  it("shows each client's category now and the revenue of the last complete fiscal year", async () => {
    const page = await list('sort=name');
    expect(page.fiscalYear).toBe(2025);
    expect(page.items.map((item) => [item.name, item.category, item.revenueCents])).toEqual([
      ['Atlas Bouw', 'A', 500_000_00],
      ['Boreas Zorg', 'C', 900_000_00],
      ['Ceres Handel', 'A', 100_000_00],
      ['Delta Advies', null, 0],
    ]);
  });

  it('filters on the category', async () => {
    const page = await list('category=A&withTotal=true');
    expect(page.items.map((item) => item.name)).toEqual(['Atlas Bouw', 'Ceres Handel']);
    expect((await owner.get('/api/v1/organizations?category=A&withTotal=true')).body.total).toBe(2);
    expect((await list('category=B')).items).toEqual([]);
  });

  it('sorts on the revenue both ways, and pages through it by cursor', async () => {
    const down = await list('sort=-revenue');
    expect(down.items.map((item) => item.name)).toEqual([
      'Boreas Zorg',
      'Atlas Bouw',
      'Ceres Handel',
      'Delta Advies',
    ]);
    const up = await list('sort=revenue');
    expect(up.items.map((item) => item.name)).toEqual([
      'Delta Advies',
      'Ceres Handel',
      'Atlas Bouw',
      'Boreas Zorg',
    ]);
    const first = await list('sort=-revenue&limit=2');
    const second = await list(`sort=-revenue&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((item) => item.name)).toEqual(
      down.items.map((item) => item.name),
    );
  });

  it('refuses a sort it does not know, naming the field', async () => {
    const answer = await owner.get('/api/v1/organizations?sort=turnover');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.error)).toContain('sort');
  });
});

describe('contact search', () => {
  const find = async (q: string) => {
    const answer = await owner.get(`/api/v1/contacts?q=${encodeURIComponent(q)}`);
    expect(answer.status).toBe(200);
    return answer.body.items as { displayName: string; organizationName: string }[];
  };

  it('finds a contact by name, e-mail or phone, ignoring case and accents, with its organisation', async () => {
    for (const q of ['zoe eijk', 'ÉIJK', 'zoe@boreas', '0612345678', '06-12 34'])
      expect((await find(q)).map((hit) => [hit.displayName, hit.organizationName])).toEqual([
        ['Zoë van Éijk', 'Boreas Zorg'],
      ]);
    expect(await find('atlas')).toEqual([]);
  });

  it('finds a contact whose name was changed, and refuses an empty search', async () => {
    const [hit] = (await owner.get('/api/v1/contacts?q=eijk')).body.items as { id: string }[];
    await owner.patch(`/api/v1/contacts/${hit!.id}`, { lastName: 'Jansen' });
    expect(await find('eijk')).toEqual([]);
    expect((await find('jansen')).length).toBe(1);
    const empty = await owner.get('/api/v1/contacts?q=');
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.error)).toContain('q');
  });
});
