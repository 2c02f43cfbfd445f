// The service concept's norm "evaluation after each assignment", checked over HTTP (method §5,
// §7): over a fiscal year gone by, an assignment evaluated within its 30 days meets it, one
// evaluated late or not at all falls short; a category whose concept does not ask it is not judged.
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
import { today } from '../../../test/helpers/days.ts';
import type { Database } from '../../db/connection.ts';

let database: Database;
let owner: Client;
let workspaceId: string;
const clients: Record<string, string> = {};
const lastYear = Number(today().slice(0, 4)) - 1;

type Shortfall = { code: string; count?: number };
type Report = { shortfallClients: { name: string; shortfalls: Shortfall[] }[] };

async function assignment(organizationId: string, endDate: string) {
  const id = randomUUID();
  await database.pool.query(
    `insert into assignments (workspace_id, id, organization_id, title, start_date, end_date)
     values ($1, $2, $3, 'Opdracht', $4, $4)`,
    [workspaceId, id, organizationId, endDate],
  );
  return id;
}

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  const managerId = (await newUser(app, database, workspaceId, 'professional')).user.id;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  const concepts = (await owner.get(`/api/v1/category-schemes/${schemeId}/service-concepts`)).body;
  const concept = (key: string) => {
    const {
      categoryKey: _key,
      categoryName: _name,
      set: _set,
      ...norms
    } = concepts.items.find((c: { categoryKey: string }) => c.categoryKey === key);
    return norms;
  };
  // A asks an evaluation after each assignment, B does not
  for (const [key, asks] of [
    ['A', true],
    ['B', false],
  ] as const) {
    const put = await owner.request(
      'PUT',
      `/api/v1/category-schemes/${schemeId}/service-concepts/${key}`,
      { ...concept(key), evaluationAfterEachAssignment: asks },
    );
    expect(put.status, JSON.stringify(put.body)).toBe(200);
  }
  for (const [name, category] of [
    ['Evaluated', 'A'],
    ['Evaluated Late', 'A'],
    ['Forgotten', 'A'],
    ['Not Asked', 'B'],
  ] as const) {
    const id = await addClientInCategory(owner, { name, schemeId, category, managerId });
    clients[name] = id;
    const contactId = (
      await owner.post(`/api/v1/organizations/${id}/contacts`, { firstName: 'Kim', lastName: name })
    ).body.id;
    const ended = await assignment(id, `${lastYear}-03-01`);
    const evaluate = (evaluatedOn: string, assignmentId: string | null) =>
      owner.post(`/api/v1/organizations/${id}/evaluations`, {
        contactId,
        method: 'phone',
        evaluatedOn,
        overall: 9,
        assignmentId,
      });
    if (name === 'Evaluated') expect((await evaluate(`${lastYear}-03-20`, ended)).status).toBe(201);
    // an evaluation of the whole relationship after the end covers it too, but late here
    if (name === 'Evaluated Late')
      expect((await evaluate(`${lastYear}-05-01`, null)).status).toBe(201);
  }
});
afterAll(async () => database.close());

describe('the evaluation after each assignment', () => {
  it('is met within 30 days of the end, and missed late or not at all, where the concept asks it', async () => {
    const answer = await owner.get(`/api/v1/compliance?fiscalYear=${lastYear}`);
    expect(answer.status).toBe(200);
    const report = answer.body as Report;
    const missed = (name: string) =>
      report.shortfallClients
        .find((client) => client.name === name)
        ?.shortfalls.filter((shortfall) => shortfall.code === 'evaluationsMissed') ?? [];
    expect(missed('Evaluated')).toEqual([]);
    expect(missed('Evaluated Late')).toEqual([{ code: 'evaluationsMissed', count: 1 }]);
    expect(missed('Forgotten')).toEqual([{ code: 'evaluationsMissed', count: 1 }]);
    expect(missed('Not Asked')).toEqual([]);
  });
});
