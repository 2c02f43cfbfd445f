// Evaluations over HTTP (method §7): the worked example of the norm of 8 end to end, the
// evaluation due after an ended assignment, ambassador candidates, refusals with the field named,
// and firms kept apart.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Database } from '../../db/connection.ts';
import { daysAgo } from '../../../test/helpers/days.ts';

let database: Database;
let owner: Client;
let manager: Client;
let viewer: Client;
let otherFirm: Client;
let workspaceId: string;
let managerId: string;
let clientA: string;
let clientB: string;
let anna: string;
let bert: string;
let carla: string;
let assignment: string;

const evaluationsOf = (org: string) => `/api/v1/organizations/${org}/evaluations`;

async function newAssignment(organizationId: string, title: string, endDate: string) {
  const id = randomUUID();
  await database.pool.query(
    `insert into assignments (workspace_id, id, organization_id, title, start_date, end_date)
     values ($1, $2, $3, $4, $5, $6)`,
    [workspaceId, id, organizationId, title, addCalendarDays(endDate, -60), endDate],
  );
  return id;
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  const professional = await newUser(app, database, workspaceId, 'professional');
  manager = professional.client;
  managerId = professional.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
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
  const contact = async (organization: string, firstName: string, lastName: string) =>
    (await owner.post(`/api/v1/organizations/${organization}/contacts`, { firstName, lastName }))
      .body.id as string;
  anna = await contact(clientA, 'Anna', 'Vries');
  bert = await contact(clientA, 'Bert', 'Smit');
  carla = await contact(clientB, 'Carla', 'Jong');
  assignment = await newAssignment(clientA, 'Herinrichting magazijn', daysAgo(40));
});
afterAll(async () => database.close());

describe('the norm of 8 (method §7)', () => {
  it('An evaluation of 7 under the norm of 8 opens an improvement plan on the relationship manager’s worklist; a re-evaluation of 8 closes it; a 9 on recommend makes the contact an ambassador candidate', async () => {
    expect((await owner.get('/api/v1/workspace')).body.satisfactionNorm).toBe(8);
    // the assignment ended 40 days ago: its evaluation is due, and 10 days past its 30 days
    const due = await manager.get(`/api/v1/evaluations-due?userId=${managerId}`);
    expect(due.status).toBe(200);
    expect(due.body.items).toEqual([
      expect.objectContaining({
        assignmentId: assignment,
        organizationId: clientA,
        relationshipManagerId: managerId,
        endDate: daysAgo(40),
        deadline: daysAgo(10),
        status: 'overdue',
        daysOverdue: 10,
      }),
    ]);

    // and on the relationship manager's worklist, overdue, named by the assignment
    const kindsOn = async () =>
      ((await manager.get('/api/v1/worklist')).body.items as { kind: string }[]).filter(
        (item) => item.kind === 'evaluation' || item.kind === 'improvementPlan',
      );
    expect(await kindsOn()).toEqual([
      expect.objectContaining({
        kind: 'evaluation',
        itemId: assignment,
        label: 'Herinrichting magazijn',
        dueDate: daysAgo(10),
        overdue: true,
      }),
    ]);

    const seven = await manager.post(evaluationsOf(clientA), {
      contactId: anna,
      assignmentId: assignment,
      method: 'conversation',
      evaluatedOn: daysAgo(20),
      scores: { endResult: 7, reachability: 8, invoicing: 6 },
      overall: 7,
      recommend: 9,
      trust: 'continue',
      comments: 'Opgeleverd, maar later dan beloofd',
    });
    expect(seven.status).toBe(201);
    expect(seven.body).toMatchObject({
      contactName: 'Anna Vries',
      assignmentTitle: 'Herinrichting magazijn',
      scores: { endResult: 7, reachability: 8, invoicing: 6, expertise: null },
      aspectAverage: 7,
      norm: 8,
      belowNorm: true,
      recommendsFirm: true,
      improvementPlan: {
        status: 'open',
        norm: 8,
        openingScore: 7,
        ownerId: managerId,
        responsibleId: managerId,
        dueOn: addCalendarDays(daysAgo(20), 30),
        what: null,
        costCents: null,
      },
    });
    const planId = seven.body.improvementPlan.id as string;
    // the plan replaces the evaluation on the relationship manager's worklist
    expect(await kindsOn()).toEqual([
      expect.objectContaining({ kind: 'improvementPlan', itemId: planId, overdue: false }),
    ]);
    // on the relationship manager's list of plans, and no longer due
    const mine = await manager.get(`/api/v1/improvement-plans?userId=${managerId}&status=open`);
    expect(mine.body.items.map((plan: { id: string }) => plan.id)).toEqual([planId]);
    expect((await manager.get('/api/v1/evaluations-due')).body.items).toEqual([]);
    // a 9 on recommend: Anna is an ambassador candidate
    const candidates = await viewer.get('/api/v1/ambassador-candidates');
    expect(candidates.body.items).toEqual([
      expect.objectContaining({ contactId: anna, recommend: 9, organizationName: 'Atlas Bouw' }),
    ]);
    // the plan: what, who, by when, at the firm's cost
    const agreed = await manager.patch(`/api/v1/improvement-plans/${planId}`, {
      what: 'Wekelijks voortgangsoverleg op kosten van het kantoor',
      costCents: 45_000,
      dueOn: daysAgo(1),
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toMatchObject({ costCents: 45_000, overdue: true, status: 'open' });

    // a re-evaluation of 8 by another contact closes it
    const eight = await manager.post(evaluationsOf(clientA), {
      contactId: bert,
      method: 'phone',
      evaluatedOn: daysAgo(2),
      overall: 8,
      recommend: 7,
    });
    expect(eight.status).toBe(201);
    expect(eight.body).toMatchObject({ belowNorm: false, improvementPlan: null });
    const closed = await owner.get(`/api/v1/improvement-plans/${planId}`);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedOn: daysAgo(2),
      closedByEvaluationId: eight.body.id,
      overdue: false,
    });
    expect((await owner.get('/api/v1/improvement-plans?status=open')).body.items).toEqual([]);
    expect(await kindsOn()).toEqual([]);
    expect((await owner.get('/api/v1/improvement-plans?status=closed')).body.items).toHaveLength(1);

    // removing the re-evaluation opens the plan again
    expect((await owner.delete(`/api/v1/evaluations/${eight.body.id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/improvement-plans/${planId}`)).body).toMatchObject({
      status: 'open',
      closedOn: null,
    });
    // the client's evaluations, the latest first
    const list = await viewer.get(evaluationsOf(clientA));
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([seven.body.id]);
  });

  it('follows the firm’s own norm, and a corrected score takes its plan away', async () => {
    expect((await owner.patch('/api/v1/workspace', { satisfactionNorm: 9 })).status).toBe(200);
    const eight = await owner.post(evaluationsOf(clientB), {
      contactId: carla,
      method: 'written',
      overall: 8,
      improvementPlan: { what: 'Facturen vooraf toelichten', ownerId: managerId },
    });
    expect(eight.status).toBe(201);
    expect(eight.body).toMatchObject({
      norm: 9,
      belowNorm: true,
      recommendsFirm: false,
      improvementPlan: { norm: 9, ownerId: managerId, what: 'Facturen vooraf toelichten' },
    });
    const corrected = await owner.patch(`/api/v1/evaluations/${eight.body.id}`, { overall: 9 });
    expect(corrected.status).toBe(200);
    expect(corrected.body.improvementPlan).toBeNull();
    // and back below the norm: a plan again
    const back = await owner.patch(`/api/v1/evaluations/${eight.body.id}`, { overall: 6 });
    expect(back.body.improvementPlan).toMatchObject({ status: 'open', norm: 9 });
    // closed by hand
    const byHand = await owner.patch(`/api/v1/improvement-plans/${back.body.improvementPlan.id}`, {
      closedOn: daysAgo(0),
    });
    expect(byHand.body).toMatchObject({ status: 'closed', closedByEvaluationId: null });
    expect((await owner.patch('/api/v1/workspace', { satisfactionNorm: 8 })).status).toBe(200);
  });
});

describe('refusals', () => {
  it('name the field, for an empty body and for every bad value', async () => {
    const empty = await manager.post(evaluationsOf(clientA), {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('invalid_input');
    const fields = empty.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['contactId', 'method', 'overall']));

    const good = { contactId: anna, method: 'phone', overall: 8 };
    const other = await newAssignment(clientB, 'Elders', daysAgo(50));
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, overall: 11 }, 'overall'],
      [{ ...good, overall: 0 }, 'overall'],
      [{ ...good, overall: 7.5 }, 'overall'],
      [{ ...good, overall: '8' }, 'overall'],
      [{ ...good, recommend: -1 }, 'recommend'],
      [{ ...good, recommend: 11 }, 'recommend'],
      [{ ...good, scores: { endResult: 0 } }, 'scores.endResult'],
      [{ ...good, scores: { friendliness: 8 } }, 'scores'],
      [{ ...good, method: 'email' }, 'method'],
      [{ ...good, trust: 'perhaps' }, 'trust'],
      [{ ...good, evaluatedOn: '2999-01-01' }, 'evaluatedOn'],
      [{ ...good, evaluatedOn: '2025-02-30' }, 'evaluatedOn'],
      [{ ...good, contactId: carla }, 'contactId'],
      [{ ...good, contactId: 'anna' }, 'contactId'],
      [{ ...good, assignmentId: other }, 'assignmentId'],
      [{ ...good, improvementPlan: { what: 'x' } }, 'improvementPlan'],
      [
        { ...good, overall: 6, improvementPlan: { ownerId: randomUUID() } },
        'improvementPlan.ownerId',
      ],
      [{ ...good, overall: 6, improvementPlan: { costCents: 1.5 } }, 'improvementPlan.costCents'],
      [{ ...good, overall: 6, improvementPlan: { dueOn: '2000-01-01' } }, 'improvementPlan.dueOn'],
      [{ ...good, anonymous: true }, ''],
    ];
    for (const [body, field] of cases) {
      const answer = await manager.post(evaluationsOf(clientA), body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      if (field) expect(answer.body.error.details[0].field, JSON.stringify(body)).toBe(field);
    }
    // nothing half-written: no evaluation of 6 and no plan without its evaluation
    const { rows } = await database.pool.query(
      `select (select count(*)::int from evaluations where overall = 6 and workspace_id = $1 and organization_id = $2) as e,
              (select count(*)::int from improvement_plans p where not exists (select 1 from
                evaluations e where e.id = p.evaluation_id)) as p`,
      [workspaceId, clientA],
    );
    expect(rows[0]).toEqual({ e: 0, p: 0 });

    const id = (await manager.post(evaluationsOf(clientA), { ...good, overall: 5 })).body.id;
    const updates: [Record<string, unknown>, string][] = [
      [{ overall: 0 }, 'overall'],
      [{ contactId: carla }, 'contactId'],
      [{ evaluatedOn: '2999-01-01' }, 'evaluatedOn'],
      [{ organizationId: clientB }, ''],
    ];
    for (const [body, field] of updates) {
      const answer = await manager.patch(`/api/v1/evaluations/${id}`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      if (field) expect(answer.body.error.details[0].field, JSON.stringify(body)).toBe(field);
    }
    expect((await manager.patch(`/api/v1/evaluations/${id}`, {})).status).toBe(200);
    const planId = (await manager.get(`/api/v1/evaluations/${id}`)).body.improvementPlan.id;
    const planCases: [Record<string, unknown>, string][] = [
      [{ closedOn: '2999-01-01' }, 'closedOn'],
      [{ closedOn: '2000-01-01' }, 'closedOn'],
      [{ dueOn: '2000-01-01' }, 'dueOn'],
      [{ costCents: -1 }, 'costCents'],
      [{ costCents: 'veel' }, 'costCents'],
      [{ ownerId: randomUUID() }, 'ownerId'],
      [{ status: 'closed' }, ''],
    ];
    for (const [body, field] of planCases) {
      const answer = await manager.patch(`/api/v1/improvement-plans/${planId}`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      if (field) expect(answer.body.error.details[0].field, JSON.stringify(body)).toBe(field);
    }
    expect((await manager.patch(`/api/v1/improvement-plans/${planId}`, {})).status).toBe(200);
    const badNorm = await owner.patch('/api/v1/workspace', { satisfactionNorm: 11 });
    expect(badNorm.status).toBe(400);
    expect(badNorm.body.error.details[0].field).toBe('satisfactionNorm');
    expect((await manager.get('/api/v1/improvement-plans?status=half')).status).toBe(400);
    expect((await manager.get('/api/v1/evaluations-due?userId=x')).status).toBe(400);
    expect((await owner.delete(`/api/v1/evaluations/${id}`)).status).toBe(204);
  });

  it('keep viewers out of writing and firms apart; every change is audited', async () => {
    expect((await viewer.post(evaluationsOf(clientA), { contactId: anna })).status).toBe(403);
    const id = (
      await manager.post(evaluationsOf(clientA), { contactId: anna, method: 'phone', overall: 4 })
    ).body.id;
    expect((await viewer.patch(`/api/v1/evaluations/${id}`, { overall: 5 })).status).toBe(403);
    expect((await viewer.delete(`/api/v1/evaluations/${id}`)).status).toBe(403);
    expect((await otherFirm.get(`/api/v1/evaluations/${id}`)).status).toBe(404);
    expect((await otherFirm.patch(`/api/v1/evaluations/${id}`, { overall: 9 })).status).toBe(404);
    expect((await otherFirm.get(evaluationsOf(clientA))).status).toBe(404);
    expect((await otherFirm.get('/api/v1/improvement-plans')).body.items).toEqual([]);
    expect((await otherFirm.get('/api/v1/ambassador-candidates')).body.items).toEqual([]);
    const planId = (await owner.get(`/api/v1/evaluations/${id}`)).body.improvementPlan.id;
    expect((await otherFirm.get(`/api/v1/improvement-plans/${planId}`)).status).toBe(404);
    expect(
      (await otherFirm.patch(`/api/v1/improvement-plans/${planId}`, { what: 'x' })).status,
    ).toBe(404);
    expect((await owner.delete(`/api/v1/evaluations/${id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/improvement-plans/${planId}`)).status).toBe(404);
    const audit = await database.pool.query(
      `select count(*)::int as n from audit_log where entity_id = $1 and changes ? $2`,
      [clientA, `evaluation:${id}`],
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('documents a plan as never empty; only an evaluation at or above the norm has none', async () => {
    const { components } = (await owner.get('/api/openapi.json')).body;
    expect(components.schemas.ImprovementPlan.type).toBe('object');
    expect(components.schemas.Evaluation.properties.improvementPlan).toEqual({
      anyOf: [{ $ref: '#/components/schemas/ImprovementPlan' }, { type: 'null' }],
    });
  });
});
