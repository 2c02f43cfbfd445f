// A kept score matrix patched after a score change answers what reading every score again would
// (decision 0012): scores added, taken back, agreed and disagreed on, with data-scored cells kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { forgetReports } from '../portfolio/portfolio.service.ts';

let database: Database;
let owner: Client;
let professional: Client;
const clients: Record<string, string> = {};
let criteria: { id: string; key: string; source: string }[];

type Row = { name: string; scores: (number | null)[]; flags: number[]; total: number };

const score = (by: Client, org: string, key: string, value: number | null, agreed = false) =>
  by.request('PUT', `/api/v1/organizations/${clients[org]}/scores/${idOf(key)}`, {
    score: value,
    agreed,
  });
const idOf = (key: string) => criteria.find((c) => c.key === key)!.id;

async function matrix(): Promise<Row[]> {
  const answer = await owner.get('/api/v1/scoring-matrix');
  expect(answer.status).toBe(200);
  return answer.body.clients.map(({ name, scores, flags, total }: Row) => ({
    name,
    scores,
    flags,
    total,
  }));
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  ({ client: professional } = await newUser(app, database, workspaceId, 'professional'));
  for (const name of ['Atlas', 'Boreas', 'Ceres']) {
    clients[name] = (await owner.post('/api/v1/organizations', { name, status: 'client' })).body.id;
  }
  const preset = await owner.post('/api/v1/criteria/preset', { preset: 'moneyFunPrestige' });
  criteria = preset.body.items.filter((c: { active: boolean }) => c.active);
});
afterAll(async () => database.close());

describe('the kept score matrix after a score change', () => {
  it('answers as a full read would', async () => {
    expect((await score(owner, 'Atlas', 'image', 3)).status).toBe(200);
    expect((await score(owner, 'Boreas', 'reference', 1)).status).toBe(200);
    const before = await matrix(); // read in full and kept
    expect(before.map((row) => row.total)).toEqual([6, 3, 0]);

    await score(owner, 'Atlas', 'image', null); // taken back
    await score(owner, 'Boreas', 'reference', 3, true); // agreed over the scorer's 1
    await score(owner, 'Ceres', 'image', 0);
    await score(professional, 'Ceres', 'image', 3); // two scorers 3 points apart: median 2
    const patched = await matrix();

    forgetReports();
    const read = await matrix();
    expect(patched).toEqual(read);
    const column = (key: string) => criteria.findIndex((c) => c.key === key);
    const image = column('image');
    const reference = column('reference');
    expect(read.map((row) => [row.name, row.scores[image], row.flags[image]])).toEqual([
      ['Atlas', null, 0],
      ['Boreas', null, 0],
      ['Ceres', 2, 1],
    ]);
    expect(read[1]!.scores[reference]).toBe(3);
    expect(read[1]!.flags[reference]).toBe(2);
    // revenue is scored from the figures: the firm has none, so not scored, before and after
    const revenue = column('revenue');
    expect(criteria[revenue]!.source).toBe('data');
    expect(patched.map((row) => row.scores[revenue])).toEqual([null, null, null]);
  });
});
