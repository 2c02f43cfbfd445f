// Call-back requests over HTTP: returned within the category's norm or late (Christmas is no
// working day), open and overdue, for the relationship manager by default, refusals with the
// field named, and firms kept apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { today } from '../../../test/helpers/days.ts';

let database: Database;
let owner: Client;
let viewer: Client;
let otherFirm: Client;
let managerId: string;
let clientA: string;
let clientB: string;
let contactId: string;

const callBacksOf = (org: string) => `/api/v1/organizations/${org}/call-backs`;
const b = {
  personalContactIntervalDays: 180,
  callBack: 'nextWorkingDay',
  proposalTurnaroundWorkingDays: 5,
  mailing: true,
  giftPolicy: 'newYearsGreeting',
  evaluationAfterEachAssignment: false,
  yearlyEvaluationConversation: false,
  accountPlanRequired: false,
  yearlyRevenueForecast: false,
  secondProfessionalPerAssignment: false,
  minimumPersonalContactsPerYear: 2,
  ownNorms: '',
};

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app));
  const manager = await newUser(app, database, workspaceId, 'professional');
  managerId = manager.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const org = async (name: string) =>
    (
      await owner.post('/api/v1/organizations', {
        name,
        status: 'client',
        relationshipManagerId: managerId,
      })
    ).body.id as string;
  clientA = await org('Atlas Bouw');
  clientB = await org('Boreas Zorg');
  contactId = (
    await owner.post(`/api/v1/organizations/${clientA}/contacts`, {
      firstName: 'Anna',
      infix: 'de',
      lastName: 'Vries',
    })
  ).body.id;
  for (const [id, category] of [
    [clientA, 'A'],
    [clientB, 'B'],
  ] as const)
    await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category,
      reason: 'Test',
    });
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  await owner.request('PUT', `/api/v1/category-schemes/${schemeId}/service-concepts/B`, b);
});
afterAll(async () => database.close());

describe('call-back requests', () => {
  it('are for the relationship manager by default, and judged against the category’s norm', async () => {
    // A: called back the same working day; a Friday's call returned on Monday is late
    const a = await owner.post(callBacksOf(clientA), { contactId, calledOn: '2025-03-07' });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({
      forUserId: managerId,
      contactName: 'Anna de Vries',
      category: 'A',
      check: { norm: 'sameWorkingDay', deadline: '2025-03-07', status: 'overdue' },
    });
    const returned = await owner.patch(`/api/v1/call-backs/${a.body.id}`, {
      returnedOn: '2025-03-10',
    });
    // late by one working day (the Monday), not by the three calendar days since Friday
    expect(returned.body.check).toMatchObject({ status: 'late', workingDaysOverdue: 1 });
    // B: a call on Tuesday 24 December 2024 is called back the next working day by Friday 27
    // December; Christmas and Boxing Day are not working days
    const christmas = await owner.post(callBacksOf(clientB), {
      callerName: 'Receptie',
      calledOn: '2024-12-24',
    });
    expect(christmas.body.check).toMatchObject({ norm: 'nextWorkingDay', deadline: '2024-12-27' });
    const onTime = await owner.patch(`/api/v1/call-backs/${christmas.body.id}`, {
      returnedOn: '2024-12-27',
    });
    expect(onTime.body.check).toMatchObject({ status: 'onTime', workingDaysOverdue: 0 });
  });

  it('list the open ones of a professional, and today’s call is open, not overdue', async () => {
    const call = await owner.post(callBacksOf(clientA), { callerName: 'Boekhouding' });
    expect(call.body).toMatchObject({ calledOn: today(), check: { status: 'open' } });
    const open = await viewer.get(`/api/v1/call-backs?forUserId=${managerId}&open=true`);
    expect(open.status).toBe(200);
    expect(open.body.items.map((c: { callerName: string | null }) => c.callerName)).toEqual([
      'Boekhouding',
    ]);
    const all = await viewer.get(callBacksOf(clientA));
    expect(all.body.items).toHaveLength(2);
  });

  it('refuse what cannot be, with the field named', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [clientA, {}, 'callerName'],
      [clientB, { contactId }, 'contactId'],
      [clientA, { callerName: 'X', calledOn: '2999-01-01' }, 'calledOn'],
      [clientA, { callerName: 'X', calledOn: '2025-13-01' }, 'calledOn'],
      [
        clientA,
        { callerName: 'X', forUserId: '00000000-0000-4000-8000-000000000000' },
        'forUserId',
      ],
    ];
    for (const [org, body, field] of cases) {
      const answer = await owner.post(callBacksOf(org), body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.details[0].field, JSON.stringify(body)).toBe(field);
    }
    const id = (await owner.post(callBacksOf(clientA), { callerName: 'X', calledOn: '2025-03-07' }))
      .body.id;
    const early = await owner.patch(`/api/v1/call-backs/${id}`, { returnedOn: '2025-03-06' });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].field).toBe('returnedOn');
    expect((await viewer.post(callBacksOf(clientA), { callerName: 'X' })).status).toBe(403);
  });

  it('stay within their firm, are audited, and are removed', async () => {
    const id = (await owner.post(callBacksOf(clientA), { callerName: 'Weg' })).body.id;
    expect((await otherFirm.get(`/api/v1/call-backs/${id}`)).status).toBe(404);
    expect((await otherFirm.patch(`/api/v1/call-backs/${id}`, { note: 'x' })).status).toBe(404);
    expect((await owner.request('DELETE', `/api/v1/call-backs/${id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/call-backs/${id}`)).status).toBe(404);
    const audit = await database.pool.query(
      `select count(*)::int as n from audit_log where entity_id = $1 and changes ? $2`,
      [clientA, `callBack:${id}`],
    );
    expect(audit.rows[0].n).toBe(2);
  });
});
