// The norms a service concept stores beside contacts and requests, checked over HTTP (method §5):
// the mailing and the gift or New Year's greeting of a year gone by, and a second professional on
// each running assignment. Per norm a client that meets it and one that does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { today } from '../../../test/helpers/days.ts';
import type { Database } from '../../db/connection.ts';
import { assignments } from '../../db/schema.ts';

let database: Database;
let owner: Client;
let workspaceId: string;
let managerId: string;
let secondId: string;
const clients: Record<string, string> = {};
const lastYear = Number(today().slice(0, 4)) - 1;
const inLastYear = `${lastYear}-06-15`;

type Shortfall = { code: string; duty?: string; count?: number };
type Report = {
  firm: Record<string, number>;
  categories: { categoryKey: string | null; assignmentsRunning: number }[];
  professionals: { userId: string; assignmentsRunning: number; assignmentsCovered: number }[];
  shortfallClients: { name: string; shortfalls: Shortfall[] }[];
};

beforeAll(async () => {
  database = await freshDatabase();
  const app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  managerId = (await newUser(app, database, workspaceId, 'professional')).user.id;
  secondId = (await newUser(app, database, workspaceId, 'professional')).user.id;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  // the freelancer's A: a mailing and a yearly personal gift; here also a second professional
  const concepts = (await owner.get(`/api/v1/category-schemes/${schemeId}/service-concepts`)).body;
  const {
    categoryKey: _key,
    categoryName: _name,
    set: _set,
    ...a
  } = concepts.items.find((c: { categoryKey: string }) => c.categoryKey === 'A');
  const put = await owner.request(
    'PUT',
    `/api/v1/category-schemes/${schemeId}/service-concepts/A`,
    { ...a, secondProfessionalPerAssignment: true },
  );
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  for (const name of ['Mailed Gifted', 'Nothing Sent', 'Greeted By Activity']) {
    const id = (
      await owner.post('/api/v1/organizations', {
        name,
        status: 'client',
        relationshipManagerId: managerId,
        clientSince: '2020-01-01',
      })
    ).body.id as string;
    clients[name] = id;
    await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
  }
  const mailed = clients['Mailed Gifted']!;
  const done = (org: string, type: string) =>
    owner.post(`/api/v1/organizations/${org}/activities`, {
      type,
      status: 'done',
      onDate: inLastYear,
      subject: type,
    });
  expect((await done(mailed, 'mailing')).status).toBe(201);
  expect((await done(clients['Greeted By Activity']!, 'gift')).status).toBe(201);
  const contactId = (
    await owner.post(`/api/v1/organizations/${mailed}/contacts`, {
      firstName: 'Karin',
      lastName: 'Visser',
    })
  ).body.id;
  const gift = await owner.post(`/api/v1/organizations/${mailed}/gifts`, {
    contactId,
    status: 'given',
    onDate: inLastYear,
    occasion: 'thanks',
    description: 'Boek',
    valueCents: 30_00,
  });
  expect(gift.status, JSON.stringify(gift.body)).toBe(201);
});
afterAll(async () => database.close());

const report = async () => {
  const answer = await owner.get(`/api/v1/compliance?fiscalYear=${lastYear}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as Report;
};
const shortfallsOf = (figures: Report, name: string) =>
  figures.shortfallClients.find((client) => client.name === name)?.shortfalls ?? [];

describe('the stored norms in the compliance report', () => {
  it('finds the mailing and the gift of the year, from an activity or the gift register', async () => {
    const figures = await report();
    expect(shortfallsOf(figures, 'Mailed Gifted')).not.toContainEqual(
      expect.objectContaining({ code: 'dutyMissed' }),
    );
    expect(shortfallsOf(figures, 'Nothing Sent')).toEqual(
      expect.arrayContaining([
        { code: 'dutyMissed', duty: 'mailing' },
        { code: 'dutyMissed', duty: 'giftOrGreeting' },
      ]),
    );
    const greeted = shortfallsOf(figures, 'Greeted By Activity');
    expect(greeted).toContainEqual({ code: 'dutyMissed', duty: 'mailing' });
    expect(greeted).not.toContainEqual({ code: 'dutyMissed', duty: 'giftOrGreeting' });
    // three A-clients, each asked a mailing and a gift: three of the six done
    expect(figures.firm).toMatchObject({ dutiesRequired: 6, dutiesDone: 3 });
  });

  it('asks a second professional on each running assignment, per category and professional', async () => {
    await database.db.insert(assignments).values(
      ['Mailed Gifted', 'Nothing Sent'].map((name) => ({
        workspaceId,
        id: crypto.randomUUID(),
        organizationId: clients[name]!,
        title: 'Jaarrekening',
        startDate: `${lastYear}-02-01`,
        endDate: null,
      })),
    );
    const named = await owner.patch(`/api/v1/organizations/${clients['Mailed Gifted']}`, {
      secondProfessionalId: secondId,
    });
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    const figures = await report();
    // (no client here was visited: their contacts fall short beside it)
    expect(shortfallsOf(figures, 'Mailed Gifted')).not.toContainEqual(
      expect.objectContaining({ code: 'secondProfessionalMissing' }),
    );
    expect(shortfallsOf(figures, 'Nothing Sent')).toContainEqual({
      code: 'secondProfessionalMissing',
      count: 1,
    });
    expect(figures.firm).toMatchObject({ assignmentsRunning: 2, assignmentsCovered: 1 });
    expect(figures.categories.find((c) => c.categoryKey === 'A')?.assignmentsRunning).toBe(2);
    expect(figures.professionals.find((p) => p.userId === managerId)).toMatchObject({
      assignmentsRunning: 2,
      assignmentsCovered: 1,
    });
  });
});
