// A former client is judged in the years it was a client (decision 0032): its last day as one is
// recorded when its status becomes former, so a closed year's compliance and four P's keep it,
// and a later year leaves it out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let instant = new Date('2025-02-01T12:00:00Z');
const clock = () => instant;
let owner: Client;
let atlas: string;

beforeAll(async () => {
  database = await freshDatabase();
  ({ owner } = await newFirm(testApp(database, {}, clock)));
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  atlas = (
    await owner.post('/api/v1/organizations', {
      name: 'Atlas Bouw',
      status: 'client',
      clientSince: '2020-01-01',
    })
  ).body.id;
  await owner.request('PUT', `/api/v1/organizations/${atlas}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Test',
  });
  instant = new Date('2025-04-01T12:00:00Z');
  const visit = await owner.post(`/api/v1/organizations/${atlas}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: '2025-03-01',
    subject: 'Bezoek',
    p: 'person',
  });
  expect(visit.status).toBe(201);
});
afterAll(async () => database.close());

const compliance = async (year: number) =>
  (await owner.get(`/api/v1/compliance?fiscalYear=${year}`)).body;
const fourPs = async (year: number) =>
  (await owner.get(`/api/v1/compliance/four-ps?fiscalYear=${year}`)).body;

describe('a former client', () => {
  it('was a client until the firm’s day its status became former, which can be corrected', async () => {
    instant = new Date('2025-12-31T23:30:00Z'); // 00:30 on 1 January 2026 in Amsterdam
    const left = await owner.patch(`/api/v1/organizations/${atlas}`, { status: 'former' });
    expect(left.status).toBe(200);
    expect(left.body).toMatchObject({ status: 'former', clientUntil: '2026-01-01' });
    instant = new Date('2026-03-01T12:00:00Z');
    const corrected = await owner.patch(`/api/v1/organizations/${atlas}`, {
      clientUntil: '2025-06-30',
    });
    expect(corrected.body).toMatchObject({ status: 'former', clientUntil: '2025-06-30' });
    const before = await owner.patch(`/api/v1/organizations/${atlas}`, {
      clientUntil: '2019-12-31',
    });
    expect(before.status).toBe(400);
    expect(before.body.error.details).toEqual([expect.objectContaining({ field: 'clientUntil' })]);
  });

  it('is judged in the year it left in, up to the day it left, and not after', async () => {
    const year = await compliance(2025);
    expect(year.firm.clients).toBe(1);
    expect(year.categories).toContainEqual(
      expect.objectContaining({ categoryKey: 'A', clients: 1 }),
    );
    // not a client all the year: no yearly duty is asked of it
    expect(year.firm.dutiesRequired).toBe(0);
    expect((await compliance(2026)).firm.clients).toBe(0);
    // its visit of March 2025 counts in that year's four P's
    const ps = await fourPs(2025);
    expect(ps.firm.counts.person).toBe(1);
  });

  it('has no personal contact due on the worklist', async () => {
    const worklist = (await owner.get('/api/v1/worklist?until=2026-12-31')).body;
    expect(worklist.items).toEqual([]);
  });

  it('is a client again, without a last day, when its status is client again', async () => {
    const back = await owner.patch(`/api/v1/organizations/${atlas}`, { status: 'client' });
    expect(back.body).toMatchObject({ status: 'client', clientUntil: null });
  });
});
