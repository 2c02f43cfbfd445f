// Complaints over HTTP on a fixed firm day (Thursday 13 March 2025): recorded in one request with
// today's date, moved through their steps with the dates in order, judged against the norms of
// the category the client had the day it came in, listed per client and firm-wide with filters,
// reported per category and professional, refusals naming the field, firms kept apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addClientInCategory,
  Client,
  newFirm,
  newUser,
  testApp,
} from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';

// 10:00 in Amsterdam on Thursday 13 March 2025
const clock = () => new Date('2025-03-13T09:00:00Z');

let database: Database;
let owner: Client;
let viewer: Client;
let otherFirm: Client;
let managerId: string;
let colleagueId: string;
let schemeId: string;
let clientA: string;
let clientC: string;
let contactId: string;

const complaintsOf = (org: string) => `/api/v1/organizations/${org}/complaints`;

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database, {}, clock);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  managerId = (await newUser(app, database, workspaceId, 'professional')).user.id;
  colleagueId = (await newUser(app, database, workspaceId, 'professional')).user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  clientA = await addClientInCategory(owner, { name: 'Atlas', schemeId, category: 'A', managerId });
  clientC = await addClientInCategory(owner, { name: 'Ceres', schemeId, category: 'C', managerId });
  contactId = (
    await owner.post(`/api/v1/organizations/${clientA}/contacts`, {
      firstName: 'Anna',
      lastName: 'Vries',
    })
  ).body.id;
  // A: acknowledged within 1 working day, solved within 5; C keeps the defaults (2 and 10)
  const concepts = await owner.get(`/api/v1/category-schemes/${schemeId}/service-concepts`);
  const {
    categoryKey: _k,
    categoryName: _n,
    set: _s,
    ...aNorms
  } = concepts.body.items.find((item: { categoryKey: string }) => item.categoryKey === 'A');
  const put = await owner.request(
    'PUT',
    `/api/v1/category-schemes/${schemeId}/service-concepts/A`,
    { ...aNorms, complaintAcknowledgeWorkingDays: 1, complaintSolveWorkingDays: 5 },
  );
  expect(put.status).toBe(200);
});
afterAll(async () => database.close());

describe('recording a complaint', () => {
  it('takes the subject alone: received today, serious, followed up by the relationship manager', async () => {
    const res = await owner.post(complaintsOf(clientA), { subject: 'Factuur te laat' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subject: 'Factuur te laat',
      severity: 'serious',
      status: 'received',
      receivedOn: '2025-03-13',
      professionalId: null,
      followedUpById: managerId,
      category: 'A',
      check: {
        acknowledgeWorkingDays: 1,
        solveWorkingDays: 5,
        nextStep: 'acknowledge',
        nextDeadline: '2025-03-14',
        workingDaysOverdue: 0,
      },
    });
  });

  it('refuses what is wrong with the field named, and writes nothing', async () => {
    const cases: [unknown, string][] = [
      [{}, 'subject'],
      [{ subject: '  ' }, 'subject'],
      [{ subject: 'x', severity: 'mild' }, 'severity'],
      [{ subject: 'x', receivedOn: '2025-03-14' }, 'receivedOn'],
      [{ subject: 'x', receivedOn: '2025-02-30' }, 'receivedOn'],
      [{ subject: 'x', contactId: '00000000-0000-4000-8000-000000000000' }, 'contactId'],
      [{ subject: 'x', professionalId: '00000000-0000-4000-8000-000000000000' }, 'professionalId'],
      [{ subject: 'x', extra: 1 }, ''],
    ];
    const before = (await owner.get(complaintsOf(clientC))).body.items.length;
    for (const [body, field] of cases) {
      const res = await owner.post(complaintsOf(clientC), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
      if (field)
        expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await owner.get(complaintsOf(clientC))).body.items).toHaveLength(before);
    const empty = await owner.request('POST', complaintsOf(clientC));
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_input');
  });

  it('lets a viewer read but not record, and keeps firms apart', async () => {
    expect((await viewer.post(complaintsOf(clientA), { subject: 'x' })).status).toBe(403);
    expect((await viewer.get(complaintsOf(clientA))).status).toBe(200);
    expect((await otherFirm.get(complaintsOf(clientA))).status).toBe(404);
    expect((await otherFirm.post(complaintsOf(clientA), { subject: 'x' })).status).toBe(404);
  });
});

describe('following a complaint up', () => {
  let id: string;
  beforeAll(async () => {
    // received Friday 7 March; A's norm: acknowledged by Monday 10, solved by Friday 14 March
    id = (
      await owner.post(complaintsOf(clientA), {
        subject: 'Aangifte vergeten',
        contactId,
        severity: 'critical',
        professionalId: colleagueId,
        receivedOn: '2025-03-07',
      })
    ).body.id;
  });

  it('is overdue for acknowledging on Thursday 13 March by three working days, on the colleague’s list', async () => {
    const res = await owner.get(`/api/v1/complaints/${id}`);
    expect(res.body).toMatchObject({
      contactName: 'Anna Vries',
      followedUpById: colleagueId,
      check: { nextStep: 'acknowledge', nextDeadline: '2025-03-10', workingDaysOverdue: 3 },
    });
    const mine = await owner.get(`/api/v1/complaints?professionalId=${colleagueId}`);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('moves to solved today, acknowledged today as well: late to acknowledge, solved on time', async () => {
    const res = await owner.patch(`/api/v1/complaints/${id}`, { status: 'solved' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'solved',
      acknowledgedOn: '2025-03-13',
      solvedOn: '2025-03-13',
      check: {
        acknowledge: { status: 'late', workingDaysOverdue: 3 },
        solve: { status: 'onTime' },
        resolutionWorkingDays: 4,
        nextStep: 'close',
      },
    });
  });

  it('refuses dates out of order, after today or a step skipped, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ acknowledgedOn: '2025-03-06' }, 'acknowledgedOn'],
      [{ closedOn: '2025-03-14' }, 'closedOn'],
      [{ solvedOn: '2025-03-12' }, 'solvedOn'],
      [{ acknowledgedOn: null }, 'solvedOn'],
      [{ on: '2025-03-13' }, 'on'],
      [{ status: 'done' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await owner.patch(`/api/v1/complaints/${id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await owner.get(`/api/v1/complaints/${id}`)).body.status).toBe('solved');
  });

  it('reopens as acknowledged, the solution undone, and closes on a day given', async () => {
    const reopened = await owner.patch(`/api/v1/complaints/${id}`, { status: 'acknowledged' });
    expect(reopened.body).toMatchObject({ status: 'acknowledged', solvedOn: null });
    const closed = await owner.patch(`/api/v1/complaints/${id}`, {
      status: 'closed',
      on: '2025-03-12',
    });
    expect(closed.status).toBe(400);
    expect(closed.body.error.details[0].field).toBe('solvedOn');
    const done = await owner.patch(`/api/v1/complaints/${id}`, { status: 'closed' });
    expect(done.body).toMatchObject({ status: 'closed', closedOn: '2025-03-13' });
  });
});

describe('the firm’s complaints and the report', () => {
  it('judges a C client’s complaint by C’s norms, the defaults', async () => {
    // a C client's complaint of 3 March: C's default norms (2 and 10 working days)
    const old = await owner.post(complaintsOf(clientC), {
      subject: 'Niet teruggebeld',
      receivedOn: '2025-03-03',
      severity: 'minor',
    });
    expect(old.body).toMatchObject({
      category: 'C',
      check: { acknowledgeWorkingDays: 2, nextDeadline: '2025-03-05', workingDaysOverdue: 6 },
    });
  });

  it('lists the open ones most overdue first, and filters by status and category', async () => {
    const open = (await owner.get('/api/v1/complaints?open=true')).body.items;
    expect(open.map((c: { subject: string }) => c.subject)).toEqual([
      'Niet teruggebeld',
      'Factuur te laat',
    ]);
    const closed = (await owner.get('/api/v1/complaints?status=closed')).body.items;
    expect(closed.map((c: { subject: string }) => c.subject)).toEqual(['Aangifte vergeten']);
    const ofC = (await owner.get('/api/v1/complaints?category=C')).body.items;
    expect(ofC.map((c: { subject: string }) => c.subject)).toEqual(['Niet teruggebeld']);
    expect((await owner.get('/api/v1/complaints?status=gone')).status).toBe(400);
  });

  it('reports per category and professional: counts, resolution times and norms met', async () => {
    const res = await owner.get('/api/v1/complaints/report');
    expect(res.status).toBe(200);
    expect(res.body.firm).toMatchObject({
      count: 3,
      open: 2,
      solved: 1,
      averageResolutionWorkingDays: 4,
      medianResolutionWorkingDays: 4,
      // acknowledged late; overdue; today's still within its day
      acknowledgedWithinNorm: 0,
      acknowledgedJudged: 2,
    });
    const byCategory = Object.fromEntries(
      res.body.byCategory.map((row: { category: string; count: number }) => [
        row.category,
        row.count,
      ]),
    );
    expect(byCategory).toEqual({ A: 2, C: 1 });
    const colleague = res.body.byProfessional.find(
      (row: { professionalId: string }) => row.professionalId === colleagueId,
    );
    expect(colleague).toMatchObject({ count: 1, solved: 1, solvedWithinNorm: 1, open: 0 });
    const period = await owner.get('/api/v1/complaints/report?from=2025-03-10');
    expect(period.body.firm.count).toBe(1);
    const wrong = await owner.get('/api/v1/complaints/report?from=2025-04-01&to=2025-03-01');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toBe('from');
  });

  it('removes a complaint, audited, and not another firm’s', async () => {
    const id = (await owner.post(complaintsOf(clientC), { subject: 'Weg' })).body.id;
    expect((await otherFirm.request('DELETE', `/api/v1/complaints/${id}`)).status).toBe(404);
    expect((await owner.request('DELETE', `/api/v1/complaints/${id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/complaints/${id}`)).status).toBe(404);
  });
});

describe('service concepts and the complaint norms', () => {
  it('takes the defaults when a concept is saved without them, and refuses solving sooner than acknowledging', async () => {
    const concepts = await owner.get(`/api/v1/category-schemes/${schemeId}/service-concepts`);
    const {
      categoryKey: _k,
      categoryName: _n,
      set: _s,
      ...norms
    } = concepts.body.items.find((item: { categoryKey: string }) => item.categoryKey === 'B');
    const { complaintAcknowledgeWorkingDays: _a, complaintSolveWorkingDays: _v, ...older } = norms;
    const saved = await owner.request(
      'PUT',
      `/api/v1/category-schemes/${schemeId}/service-concepts/B`,
      older,
    );
    expect(saved.body).toMatchObject({
      complaintAcknowledgeWorkingDays: 2,
      complaintSolveWorkingDays: 10,
    });
    const wrong = await owner.request(
      'PUT',
      `/api/v1/category-schemes/${schemeId}/service-concepts/B`,
      { ...norms, complaintAcknowledgeWorkingDays: 5, complaintSolveWorkingDays: 3 },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toBe('complaintSolveWorkingDays');
  });
});
