// One clock: every feature asks the firm's day of the workspace's time zone, so at 23:30 UTC
// (00:30 in Amsterdam, already the next day) the worklist, a call-back's deadline, a proposal's
// request day, compliance's year and GET /today all say the same date, and a firm that keeps
// its day in another time zone gets its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/connection.ts';
import { Client, newFirm, newUser, testApp } from './helpers/app.ts';
import { freshDatabase } from './helpers/database.ts';

let database: Database;
let instant = new Date('2026-12-31T23:30:00Z');
const clock = () => instant;

type Firm = { owner: Client; manager: Client; client: string };
let amsterdam: Firm;
let utc: Firm;

async function firmWithAClient(app: ReturnType<typeof testApp>, timeZone?: string) {
  const { owner, workspaceId } = await newFirm(app);
  if (timeZone !== undefined)
    expect((await owner.patch('/api/v1/workspace', { timeZone })).status).toBe(200);
  const { client: manager, user } = await newUser(app, database, workspaceId, 'professional');
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const client = (
    await owner.post('/api/v1/organizations', {
      name: 'Atlas Bouw',
      status: 'client',
      relationshipManagerId: user.id,
    })
  ).body.id as string;
  // an A-client of the freelancer's scheme: called back the same working day
  await owner.request('PUT', `/api/v1/organizations/${client}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Test',
  });
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  return { owner, manager, client };
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  amsterdam = await firmWithAClient(app);
  utc = await firmWithAClient(app, 'UTC');
});
afterAll(async () => database.close());

describe('the firm’s clock', () => {
  it('at 23:30 UTC on 31 December it is already 1 January 2027 for a firm in Amsterdam, everywhere', async () => {
    instant = new Date('2026-12-31T23:30:00Z');
    const { owner, manager, client } = amsterdam;
    expect((await owner.get('/api/v1/today')).body).toEqual({
      today: '2027-01-01',
      timeZone: 'Europe/Amsterdam',
    });
    // a call taken now is of New Year's Day, a holiday: due the same working day, Monday the 4th
    const call = await owner.post(`/api/v1/organizations/${client}/call-backs`, {
      callerName: 'Receptie',
    });
    expect(call.body).toMatchObject({
      calledOn: '2027-01-01',
      check: { norm: 'sameWorkingDay', deadline: '2027-01-04', status: 'open' },
    });
    const proposal = await owner.post(`/api/v1/organizations/${client}/proposals`, {
      title: 'Controle 2027',
    });
    expect(proposal.body).toMatchObject({
      requestedOn: '2027-01-01',
      turnaround: { deadline: '2027-01-05' }, // two working days after the holiday
    });
    // the call is for the relationship manager, the proposal for whoever recorded it
    const worklist = (await manager.get('/api/v1/worklist?until=2027-01-05')).body;
    expect(worklist.today).toBe('2027-01-01');
    expect(worklist.items).toMatchObject([{ kind: 'callBack', dueDate: '2027-01-04' }]);
    const owners = (await owner.get('/api/v1/worklist?until=2027-01-05')).body;
    expect(owners.items).toMatchObject([{ kind: 'proposal', dueDate: '2027-01-05' }]);
    const compliance = (await owner.get('/api/v1/compliance')).body;
    expect(compliance).toMatchObject({ fiscalYear: 2027, judgedAt: '2027-01-01' });
  });

  it('at the same instant a firm that keeps its day in UTC is still on 31 December 2026', async () => {
    instant = new Date('2026-12-31T23:30:00Z');
    const { owner, manager, client } = utc;
    expect((await owner.get('/api/v1/today')).body).toEqual({
      today: '2026-12-31',
      timeZone: 'UTC',
    });
    const call = await owner.post(`/api/v1/organizations/${client}/call-backs`, {
      callerName: 'Receptie',
    });
    expect(call.body).toMatchObject({
      calledOn: '2026-12-31',
      check: { deadline: '2026-12-31', status: 'open' },
    });
    expect((await manager.get('/api/v1/worklist')).body.today).toBe('2026-12-31');
    expect((await owner.get('/api/v1/compliance')).body).toMatchObject({ fiscalYear: 2026 });
    // a return dated on the Amsterdam day is after this firm's today
    const returned = await owner.patch(`/api/v1/call-backs/${call.body.id}`, {
      returnedOn: '2027-01-01',
    });
    expect(returned.status).toBe(400);
    expect(returned.body.error.details).toEqual([expect.objectContaining({ field: 'returnedOn' })]);
  });

  it('at 00:30 firm time in summer (22:30 UTC) the day has turned too, and the call is overdue the next day', async () => {
    instant = new Date('2026-06-30T22:30:00Z');
    const { owner, client } = amsterdam;
    expect((await owner.get('/api/v1/today')).body.today).toBe('2026-07-01');
    const call = await owner.post(`/api/v1/organizations/${client}/call-backs`, {
      callerName: 'Boekhouding',
    });
    expect(call.body).toMatchObject({ calledOn: '2026-07-01', check: { status: 'open' } });
    instant = new Date('2026-07-01T22:30:00Z'); // 00:30 on Thursday 2 July
    const later = await owner.get(`/api/v1/call-backs/${call.body.id}`);
    expect(later.body.check).toMatchObject({ status: 'overdue', workingDaysOverdue: 1 });
  });
});
