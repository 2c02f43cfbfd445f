// Choosing clients over HTTP: the worked example of method §3.2 scored by hand, previewed,
// committed, explained, overridden, and scored by two professionals who disagree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let professional: Client;
let workspaceId: string;
let clientOne: string;
let clientTwo: string;
/** Criterion ids by key, in the worked example's order. */
let criterion: Record<'revenue' | 'image' | 'reference' | 'cooperation', string>;

type Criterion = { id: string; key: string; active: boolean; weight: number };
type MatrixClient = {
  id: string;
  scores: (number | null)[];
  flags: number[];
  total: number;
  maximum: number;
  grade: number;
  category: string | null;
  computedCategory: string | null;
  committedCategory: string | null;
  overridden: boolean;
};

const put = (client: Client, path: string, body: unknown) => client.request('PUT', path, body);
const score = (
  client: Client,
  org: string,
  criterionId: string,
  value: number | null,
  agreed = false,
) => put(client, `/api/v1/organizations/${org}/scores/${criterionId}`, { score: value, agreed });

async function matrix(): Promise<MatrixClient[]> {
  const answer = await owner.get('/api/v1/scoring-matrix');
  expect(answer.status).toBe(200);
  return answer.body.clients;
}

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  ({ client: professional } = await newUser(app, database, workspaceId, 'professional'));
  clientOne = (await owner.post('/api/v1/organizations', { name: 'Client 1', status: 'client' }))
    .body.id;
  clientTwo = (await owner.post('/api/v1/organizations', { name: 'Client 2', status: 'client' }))
    .body.id;
  await owner.post('/api/v1/organizations', { name: 'A prospect', status: 'prospect' });
});
afterAll(async () => database.close());

describe('criteria', () => {
  it('start as the standard fifteen, switched off', async () => {
    const answer = await owner.get('/api/v1/criteria');
    expect(answer.status).toBe(200);
    expect(answer.body.items).toHaveLength(15);
    expect(answer.body.items.every((c: Criterion) => !c.active)).toBe(true);
  });

  it("switch on the freelancer's poen, pret & prestige, shaped to the method's example", async () => {
    const preset = await owner.post('/api/v1/criteria/preset', { preset: 'moneyFunPrestige' });
    expect(preset.status).toBe(200);
    const byKey = new Map<string, Criterion>(preset.body.items.map((c: Criterion) => [c.key, c]));
    criterion = {
      revenue: byKey.get('revenue')!.id,
      image: byKey.get('image')!.id,
      reference: byKey.get('reference')!.id,
      cooperation: byKey.get('cooperation')!.id,
    };
    // the example judges revenue by hand and has four criteria
    const judged = await owner.patch(`/api/v1/criteria/${criterion.revenue}`, {
      source: 'judgement',
    });
    expect(judged.status).toBe(200);
    const off = await owner.patch(`/api/v1/criteria/${byKey.get('newServices')!.id}`, {
      active: false,
    });
    expect(off.body.active).toBe(false);
    const order = await put(owner, '/api/v1/criteria/order', {
      ids: [criterion.revenue, criterion.image, criterion.reference, criterion.cooperation],
    });
    const active = order.body.items.filter((c: Criterion) => c.active);
    expect(active.map((c: Criterion) => [c.key, c.weight])).toEqual([
      ['revenue', 5],
      ['image', 2],
      ['reference', 3],
      ['cooperation', 1],
    ]);
  });

  it('refuse a weight off the scale, and a professional changing them', async () => {
    const heavy = await owner.patch(`/api/v1/criteria/${criterion.image}`, { weight: 6 });
    expect(heavy.status).toBe(400);
    expect(heavy.body.error.details[0].field).toBe('weight');
    const byProfessional = await professional.patch(`/api/v1/criteria/${criterion.image}`, {
      weight: 4,
    });
    expect(byProfessional.status).toBe(403);
  });

  it("add the firm's own criterion, and remove it again", async () => {
    const own = await owner.post('/api/v1/criteria', {
      name: 'Brengt nieuwe klanten',
      group: 'strategic',
      weight: 2,
      scaleMax: 3,
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ standard: false, active: true, source: 'judgement' });
    const twice = await owner.post('/api/v1/criteria', {
      name: 'brengt nieuwe klanten',
      group: 'strategic',
      weight: 2,
      scaleMax: 3,
    });
    expect(twice.status).toBe(409);
    expect((await owner.delete(`/api/v1/criteria/${own.body.id}`)).status).toBe(204);
    expect((await owner.delete(`/api/v1/criteria/${criterion.image}`)).status).toBe(409);
  });
});

describe('the scoring matrix of method §3.2', () => {
  it('gives totals 27 and 13 of 33, grades 8.2 and 3.9, and categories A and C', async () => {
    const scores: [string, number[]][] = [
      [clientOne, [3, 2, 2, 2]],
      [clientTwo, [1, 2, 1, 1]],
    ];
    const ids = Object.values(criterion);
    for (const [org, values] of scores)
      for (const [index, value] of values.entries())
        expect((await score(owner, org, ids[index]!, value)).status).toBe(200);
    const rows = await matrix();
    expect(rows).toHaveLength(2); // the prospect is not a client
    const one = rows.find((row) => row.id === clientOne)!;
    const two = rows.find((row) => row.id === clientTwo)!;
    expect([one.total, one.maximum, one.grade, one.category]).toEqual([27, 33, 8.2, 'A']);
    expect([two.total, two.maximum, two.grade, two.category]).toEqual([13, 33, 3.9, 'C']);
    expect(one.scores).toEqual([3, 2, 2, 2]);
  });

  it('refuses a score off the scale and leaves the score as it was', async () => {
    const answer = await score(owner, clientOne, criterion.revenue, 4);
    expect(answer.status).toBe(400);
    expect((await matrix()).find((row) => row.id === clientOne)!.scores[0]).toBe(3);
  });

  it('audits every score change on the client', async () => {
    const audit = await owner.get(`/api/v1/audit/organization/${clientOne}`);
    expect(audit.status).toBe(200);
    const scored = audit.body.items.filter((entry: { action: string }) => entry.action === 'score');
    expect(scored).toHaveLength(4);
  });
});

describe('a classification', () => {
  it('previews every client as new before the first commit', async () => {
    const answer = await owner.post('/api/v1/classifications/preview', {});
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ clients: 2, moved: 2, unchanged: 0 });
    expect(answer.body.counts).toEqual([
      { from: null, to: 'A', clients: 1 },
      { from: null, to: 'C', clients: 1 },
    ]);
  });

  it('is committed and kept, after which nothing moves', async () => {
    const committed = await owner.post('/api/v1/classifications', { note: 'Jaarreview' });
    expect(committed.status).toBe(201);
    expect(committed.body).toMatchObject({ clientCount: 2, moved: 2 });
    const again = await owner.post('/api/v1/classifications/preview', {});
    expect(again.body).toMatchObject({ moved: 0, unchanged: 2 });
    const rows = await matrix();
    expect(rows.find((row) => row.id === clientOne)!.committedCategory).toBe('A');
    const scheme = (await owner.get('/api/v1/category-schemes')).body.items[0];
    const history = await owner.get(`/api/v1/category-schemes/${scheme.id}/classifications`);
    expect(history.body.items[0]).toMatchObject({
      note: 'Jaarreview',
      clientCount: 2,
      categories: [
        { category: 'A', clients: 1 },
        { category: 'C', clients: 1 },
      ],
    });
  });

  it('previews who would move with a lighter revenue weight, without saving it', async () => {
    // client 1: 1×3 + 2×2 + 3×2 + 1×2 = 15 of 21: grade 7.1, from A to B
    const answer = await owner.post('/api/v1/classifications/preview', {
      weights: { [criterion.revenue]: 1 },
    });
    expect(answer.body.moves).toEqual([
      expect.objectContaining({ name: 'Client 1', from: 'A', to: 'B', direction: 'down' }),
    ]);
    const criteria = (await owner.get('/api/v1/criteria')).body.items as Criterion[];
    expect(criteria.find((c) => c.id === criterion.revenue)!.weight).toBe(5);
  });

  it('explains a category and what it takes to move up', async () => {
    const answer = await owner.get(`/api/v1/organizations/${clientTwo}/category-explanation`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ total: 13, maximum: 33, category: 'C' });
    // B starts at 6.0: a total of 20 of 33 (6.06), 7 points more
    expect(answer.body.ranking.nextCategory).toMatchObject({ categoryKey: 'B', pointsMissing: 7 });
  });

  it('keeps a category set by hand, with its reason, above the computed one', async () => {
    const scheme = (await owner.get('/api/v1/category-schemes')).body.items[0];
    const set = await put(owner, `/api/v1/organizations/${clientTwo}/category-override`, {
      schemeId: scheme.id,
      category: 'B',
      reason: 'Nieuwe directeur, groeit hard',
    });
    expect(set.status).toBe(200);
    const noReason = await put(owner, `/api/v1/organizations/${clientTwo}/category-override`, {
      schemeId: scheme.id,
      category: 'B',
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    const two = (await matrix()).find((row) => row.id === clientTwo)!;
    expect([two.category, two.computedCategory, two.overridden]).toEqual(['B', 'C', true]);
    const history = await owner.get(`/api/v1/organizations/${clientTwo}/categories`);
    expect(history.body.history).toHaveLength(1);
    expect(history.body.overrides[0]).toMatchObject({ category: 'B' });
    const cleared = await owner.delete(
      `/api/v1/organizations/${clientTwo}/category-override?schemeId=${scheme.id}`,
    );
    expect(cleared.status).toBe(204);
  });
});

describe('several scorers', () => {
  it('count the median, flag a disagreement, and let an agreed score win', async () => {
    // the owner gave cooperation 2; a professional gives 0: the median is 1
    expect((await score(professional, clientOne, criterion.cooperation, 0)).status).toBe(200);
    let one = (await matrix()).find((row) => row.id === clientOne)!;
    expect(one.scores[3]).toBe(1);
    expect(one.flags[3]).toBe(1);
    const agreed = await score(owner, clientOne, criterion.cooperation, 2, true);
    expect(agreed.status).toBe(200);
    const detail = agreed.body.items.find(
      (item: { criterion: { id: string } }) => item.criterion.id === criterion.cooperation,
    );
    expect(detail).toMatchObject({ score: 2, basis: 'agreed', disagreement: true, agreed: 2 });
    expect(detail.scorers).toHaveLength(2);
    one = (await matrix()).find((row) => row.id === clientOne)!;
    expect([one.scores[3], one.flags[3]]).toEqual([2, 3]);
  });

  it('refuse lowering a scale below the scores given', async () => {
    const answer = await owner.patch(`/api/v1/criteria/${criterion.revenue}`, { scaleMax: 2 });
    expect(answer.status).toBe(409);
    expect(answer.body.error.reason.code).toBe('scale_below_scores');
  });

  it('score data criteria from the books, not by hand', async () => {
    await owner.patch(`/api/v1/criteria/${criterion.revenue}`, { source: 'data' });
    const answer = await score(owner, clientOne, criterion.revenue, 2);
    expect(answer.status).toBe(409);
    // no revenue imported: nothing measured, so no score rather than a zero
    expect((await matrix()).find((row) => row.id === clientOne)!.scores[0]).toBeNull();
    await owner.patch(`/api/v1/criteria/${criterion.revenue}`, { source: 'judgement' });
  });
});

describe('a scheme whose categories change', () => {
  it('lets a category set by hand that the scheme no longer has count for nothing', async () => {
    const scheme = (await owner.get('/api/v1/category-schemes')).body.items[0];
    const set = await put(owner, `/api/v1/organizations/${clientTwo}/category-override`, {
      schemeId: scheme.id,
      category: 'B',
      reason: 'Tijdelijk',
    });
    expect(set.status).toBe(200);
    const changed = await owner.patch(`/api/v1/category-schemes/${scheme.id}`, {
      categories: [
        { key: 'top', name: 'Top', lowerBound: { tenths: 50, inclusive: true } },
        { key: 'rest', name: 'Rest', lowerBound: { tenths: 0, inclusive: true } },
      ],
    });
    expect(changed.status).toBe(200);
    const rows = await matrix();
    const two = rows.find((row) => row.id === clientTwo)!;
    expect([two.category, two.overridden]).toEqual(['rest', false]);
    const preview = await owner.post('/api/v1/classifications/preview', {});
    expect(preview.status).toBe(200);
    const explained = await owner.get(`/api/v1/organizations/${clientTwo}/category-explanation`);
    expect(explained.body).toMatchObject({ category: 'rest', overridden: false });
  });
});
