// The satisfaction report over HTTP (method §7, §14): last year's evaluations and assignments of a
// firm, per category and per relationship manager, a former client counted too; refusals with the
// field named, and firms kept apart.
import { randomUUID } from 'node:crypto';
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

let database: Database;
let owner: Client;
let viewer: Client;
let otherFirm: Client;
let workspaceId: string;
let managerId: string;
const lastYear = new Date().getUTCFullYear() - 1;
const day = (monthDay: string) => `${lastYear}-${monthDay}`;
let atlas: string;
let boreas: string;
let ceres: string;

async function newAssignment(organizationId: string, title: string, endDate: string) {
  const id = randomUUID();
  await database.pool.query(
    `insert into assignments (workspace_id, id, organization_id, title, start_date, end_date)
     values ($1, $2, $3, $4, $5, $6)`,
    [workspaceId, id, organizationId, title, `${lastYear}-01-01`, endDate],
  );
  return id;
}

async function evaluate(organizationId: string, body: Record<string, unknown>) {
  const contactId = (
    await owner.post(`/api/v1/organizations/${organizationId}/contacts`, {
      firstName: 'Anna',
      lastName: randomUUID().slice(0, 6),
    })
  ).body.id;
  const answer = await owner.post(`/api/v1/organizations/${organizationId}/evaluations`, {
    contactId,
    method: 'conversation',
    ...body,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  let ownerId: string;
  ({ owner, workspaceId, ownerId } = await newFirm(app));
  const professional = await newUser(app, database, workspaceId, 'professional');
  managerId = professional.user.id;
  ({ client: viewer } = await newUser(app, database, workspaceId, 'viewer'));
  ({ owner: otherFirm } = await newFirm(app));
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  atlas = await addClientInCategory(owner, { name: 'Atlas', schemeId, category: 'A', managerId });
  boreas = await addClientInCategory(owner, {
    name: 'Boreas',
    schemeId,
    category: 'B',
    managerId: ownerId,
  });
  // a client who left since: its assignment was still owed an evaluation
  ceres = (
    await owner.post('/api/v1/organizations', {
      name: 'Ceres',
      status: 'former',
      clientSince: '2020-01-01',
      clientUntil: day('09-30'),
    })
  ).body.id;
  const annualAccounts = await newAssignment(atlas, 'Annual accounts', day('02-28'));
  await newAssignment(boreas, 'Tax return', day('07-01'));
  await newAssignment(ceres, 'Payroll', day('06-30'));
  await newAssignment(atlas, 'Old audit', `${lastYear - 1}-12-01`);
  await evaluate(atlas, {
    assignmentId: annualAccounts,
    evaluatedOn: day('03-10'),
    overall: 7,
    recommend: 6,
    trust: 'undecided',
  });
  await evaluate(atlas, { evaluatedOn: day('05-01'), overall: 8, recommend: 8, trust: 'continue' });
  await evaluate(boreas, { evaluatedOn: day('07-15'), overall: 9, recommend: 10, trust: 'expand' });
  await evaluate(boreas, { evaluatedOn: `${lastYear - 1}-11-01`, overall: 4, trust: 'leave' });
});
afterAll(async () => database.close());

describe('the satisfaction report', () => {
  it('counts last year’s evaluations and the assignments evaluated, per category and manager', async () => {
    const answer = await viewer.get(`/api/v1/satisfaction?fiscalYear=${lastYear}`);
    expect(answer.status).toBe(200);
    const report = answer.body;
    expect(report).toMatchObject({ fiscalYear: lastYear, from: day('01-01'), norm: 8 });
    expect(report.firm).toEqual({
      evaluations: 3,
      averageOverall: 8,
      averageRecommend: 8,
      trust: { expand: 1, continue: 1, undecided: 1, leave: 0, notAsked: 0 },
      trustShareBasisPoints: { expand: 3333, continue: 3333, undecided: 3333, leave: 0 },
      assignmentsEnded: 3,
      assignmentsEvaluated: 2,
      responseRateBasisPoints: 6667,
    });
    expect(
      report.categories.map((group: { categoryKey: string | null }) => group.categoryKey),
    ).toEqual(['A', 'B', null]);
    expect(report.categories[0]).toMatchObject({ evaluations: 2, averageOverall: 7.5 });
    expect(report.categories[2]).toMatchObject({ evaluations: 0, assignmentsEnded: 1 });
    const professional = report.professionals.find(
      (group: { userId: string | null }) => group.userId === managerId,
    );
    expect(professional).toMatchObject({ evaluations: 2, assignmentsEvaluated: 1 });
    expect(report.professionals.at(-1)).toMatchObject({ userId: null, name: null });
    expect(report.notEvaluated).toEqual([
      expect.objectContaining({
        title: 'Payroll',
        organizationId: ceres,
        organizationName: 'Ceres',
        endDate: day('06-30'),
        deadline: day('07-30'),
      }),
    ]);
  });

  it('refuses a year that is no year or has not started, naming the field', async () => {
    for (const year of ['vorig', String(new Date().getUTCFullYear() + 2)]) {
      const answer = await owner.get(`/api/v1/satisfaction?fiscalYear=${year}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error.details[0].field).toBe('fiscalYear');
    }
  });

  it('keeps firms apart', async () => {
    const other = (await otherFirm.get(`/api/v1/satisfaction?fiscalYear=${lastYear}`)).body;
    expect(other.firm.evaluations).toBe(0);
    expect(other.notEvaluated).toEqual([]);
  });
});
