// A criterion nobody has scored yet is not a 0 (decision 0019): switching one on moves nobody, a
// client not fully scored is marked, and a demotion that comes only from missing scores is not
// committed unless the firm says it accepts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let app: TestApp;
let owner: Client;
const clients: Record<'top' | 'middle' | 'small', string> = { top: '', middle: '', small: '' };
/** The four criteria of the method's worked example, by key. */
const criterion: Record<string, string> = {};

const put = (path: string, body: unknown) => owner.request('PUT', path, body);
const score = (org: string, key: string, value: number | null) =>
  put(`/api/v1/organizations/${org}/scores/${criterion[key]}`, { score: value, agreed: false });

type MatrixRow = {
  id: string;
  total: number;
  maximum: number;
  unscoredCriteria: number;
  category: string | null;
};

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner } = await newFirm(app));
  for (const name of Object.keys(clients) as (keyof typeof clients)[])
    clients[name] = (await owner.post('/api/v1/organizations', { name, status: 'client' })).body.id;
  const preset = await owner.post('/api/v1/criteria/preset', { preset: 'moneyFunPrestige' });
  for (const c of preset.body.items as { id: string; key: string; active: boolean }[])
    if (c.active) criterion[c.key] = c.id;
  await owner.patch(`/api/v1/criteria/${criterion.revenue}`, { source: 'judgement' });
  await owner.patch(`/api/v1/criteria/${criterion.newServices}`, { active: false });
  // revenue 5, image 2, reference 3, cooperation 1: 33 at most
  const values: Record<keyof typeof clients, number[]> = {
    top: [3, 2, 2, 2], // 27 of 33: A
    middle: [2, 2, 2, 2], // 22 of 33: B
    small: [1, 2, 1, 1], // 13 of 33: C
  };
  for (const [name, scores] of Object.entries(values))
    for (const [index, key] of ['revenue', 'image', 'reference', 'cooperation'].entries())
      expect((await score(clients[name as keyof typeof clients], key, scores[index]!)).status).toBe(
        200,
      );
  const committed = await owner.post('/api/v1/classifications', {});
  expect(committed.status).toBe(201);
});
afterAll(async () => database.close());

async function matrixRow(name: keyof typeof clients): Promise<MatrixRow> {
  const answer = await owner.get('/api/v1/scoring-matrix');
  return answer.body.clients.find((row: MatrixRow) => row.id === clients[name]);
}

describe('a criterion switched on that nobody has scored', () => {
  it('moves nobody, and the preview counts every client as not fully scored', async () => {
    const on = await owner.patch(`/api/v1/criteria/${criterion.newServices}`, { active: true });
    expect(on.status).toBe(200);
    const preview = await owner.post('/api/v1/classifications/preview', {});
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      moved: 0,
      unchanged: 3,
      notFullyScored: 3,
      downFromMissingScores: 0,
    });
  });
  it('leaves the criterion out of each client’s total and maximum, and says how many', async () => {
    expect(await matrixRow('top')).toMatchObject({
      total: 27,
      maximum: 33,
      unscoredCriteria: 1,
      category: 'A',
    });
  });
});

describe('a demotion that comes only from missing scores', () => {
  it('is named in the preview and refused at commit unless accepted', async () => {
    await owner.patch(`/api/v1/criteria/${criterion.newServices}`, { active: false });
    // the top client's revenue score is taken back: image 4, reference 6 and cooperation 2 of
    // 18 (6.7) is a B, while with revenue at its top it would be 27 of 33 again: an A
    expect((await score(clients.top, 'revenue', null)).status).toBe(200);
    const row = await matrixRow('top');
    expect(row).toMatchObject({ total: 12, maximum: 18, unscoredCriteria: 1, category: 'B' });
    const preview = await owner.post('/api/v1/classifications/preview', {});
    expect(preview.body).toMatchObject({ moved: 1, notFullyScored: 1, downFromMissingScores: 1 });
    expect(preview.body.moves).toEqual([
      expect.objectContaining({
        name: 'top',
        from: 'A',
        to: 'B',
        direction: 'down',
        fullyScored: false,
        downFromMissingScores: true,
      }),
    ]);
    const refused = await owner.post('/api/v1/classifications', {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toEqual({
      code: 'demotions_from_missing_scores',
      params: { clients: 1 },
    });
    const accepted = await owner.post('/api/v1/classifications', {
      acceptDemotionsFromMissingScores: true,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ moved: 1, downFromMissingScores: 1 });
  });
});
