// The gift register over HTTP (method §6): gifts to a client's contact persons with their warnings
// against the firm's limit, the category's gift policy and repeats, the six requirements as a
// checklist, the firm's register, and every change audited on the organisation.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let ownerId: string;
let client: string;
let greetingClient: string;
let contact: string;
let greetingContact: string;
let otherContact: string;

const giftsOf = (organization: string) => `/api/v1/organizations/${organization}/gifts`;
const gift = (body: Record<string, unknown>, organization = client) =>
  owner.post(giftsOf(organization), {
    contactId: contact,
    status: 'given',
    onDate: '2025-12-18',
    occasion: 'christmas',
    description: 'Kerstpakket',
    valueCents: 45_00,
    ...body,
  });
const codes = (answer: { body: { warnings: { code: string }[] } }) =>
  answer.body.warnings.map((warning) => warning.code);

async function newContact(organization: string, firstName: string): Promise<string> {
  return (
    await owner.post(`/api/v1/organizations/${organization}/contacts`, {
      firstName,
      lastName: 'Visser',
    })
  ).body.id;
}

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, ownerId } = await newFirm(app));
  client = (await owner.post('/api/v1/organizations', { name: 'Notariaat Visser' })).body.id;
  greetingClient = (await owner.post('/api/v1/organizations', { name: 'Bouwbedrijf Kok' })).body.id;
  contact = await newContact(client, 'Karin');
  otherContact = await newContact(client, 'Pieter');
  greetingContact = await newContact(greetingClient, 'Sanne');
  // Bouwbedrijf Kok is a B-client, whose concept sends a New Year's greeting
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  await owner.request('PUT', `/api/v1/organizations/${greetingClient}/category-override`, {
    schemeId,
    category: 'B',
    reason: 'Test',
  });
  await owner.patch('/api/v1/workspace', { giftValueLimitCents: 50_00 });
});
afterAll(async () => database.close());

describe('a gift', () => {
  it('is stored with its contact, the requirements ticked in order, and the checklist of six', async () => {
    const answer = await gift({
      status: 'planned',
      onDate: '2030-12-18',
      description: '  Fles olijfolie van eigen land  ',
      requirementsMet: ['lastingReminder', 'recipientsTaste', 'recipientsTaste'],
      notes: 'Laten bezorgen',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      organizationId: client,
      organizationName: 'Notariaat Visser',
      contact: { id: contact, displayName: 'Karin Visser' },
      status: 'planned',
      description: 'Fles olijfolie van eigen land',
      valueCents: 45_00,
      requirementsMet: ['recipientsTaste', 'lastingReminder'],
      notes: 'Laten bezorgen',
      // a client without a category has no policy yet
      giftPolicy: null,
      warnings: [],
      createdBy: ownerId,
    });
    expect(answer.body.checklist).toEqual([
      { requirement: 'recipientsTaste', met: true },
      { requirement: 'qualityAndDurability', met: false },
      { requirement: 'standsOutAndSurprises', met: false },
      { requirement: 'doesNotEmbarrass', met: false },
      { requirement: 'personalAndFitting', met: false },
      { requirement: 'lastingReminder', met: true },
    ]);
  });

  it("warns above the firm's limit (equal is allowed), and not once the limit is cleared", async () => {
    const atLimit = await gift({
      contactId: otherContact,
      valueCents: 50_00,
      onDate: '2020-01-01',
    });
    expect(atLimit.body.warnings).toEqual([]);
    const above = await gift({ contactId: otherContact, valueCents: 50_01, onDate: '2021-06-01' });
    expect(codes(above)).toEqual(['above_value_limit']);
    await owner.patch('/api/v1/workspace', { giftValueLimitCents: null });
    expect((await owner.get(`/api/v1/gifts/${above.body.id}`)).body.warnings).toEqual([]);
    await owner.patch('/api/v1/workspace', { giftValueLimitCents: 50_00 });
  });

  it("warns about a gift beyond the category's New Year's greeting", async () => {
    const christmas = await gift(
      { contactId: greetingContact, onDate: '2024-12-20' },
      greetingClient,
    );
    expect(christmas.body.giftPolicy).toBe('newYearsGreeting');
    expect(codes(christmas)).toEqual(['beyond_greeting_policy']);
    const newYear = await gift(
      { contactId: greetingContact, onDate: '2025-01-02', occasion: 'newYear', valueCents: 10_00 },
      greetingClient,
    );
    // the greeting fits the policy, but comes two weeks after the Christmas gift
    expect(newYear.body.warnings).toEqual([
      { code: 'recent_gift', otherGiftId: christmas.body.id },
    ]);
  });

  it('warns about the same occasion within a year, on both gifts', async () => {
    const first = await gift({ onDate: '2023-12-15' });
    const second = await gift({ onDate: '2024-06-01', occasion: 'christmas' });
    expect(second.body.warnings).toEqual([
      { code: 'same_occasion_within_a_year', otherGiftId: first.body.id },
    ]);
    expect((await owner.get(`/api/v1/gifts/${first.body.id}`)).body.warnings).toEqual([
      { code: 'same_occasion_within_a_year', otherGiftId: second.body.id },
    ]);
  });

  // functions: the ids exist only once beforeAll ran
  it.each([
    ['a contact of another client', () => ({ contactId: greetingContact }), 'contactId'],
    ['an unknown status', () => ({ status: 'sent' }), 'status'],
    ['a date that does not exist', () => ({ onDate: '2025-02-30' }), 'onDate'],
    ['an empty occasion', () => ({ occasion: ' ' }), 'occasion'],
    ['an empty description', () => ({ description: '' }), 'description'],
    ['a negative value', () => ({ valueCents: -1 }), 'valueCents'],
    ['a value in fractions of cents', () => ({ valueCents: 12.5 }), 'valueCents'],
    ['an unknown requirement', () => ({ requirementsMet: ['cheap'] }), 'requirementsMet.0'],
    ['a field it does not know', () => ({ colour: 'red' }), '(body)'],
  ])('refuses %s, naming the field', async (_, change, field) => {
    const answer = await gift(change());
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0].field).toBe(field);
  });

  it('is registered as given, moved to another contact of the client, and removed', async () => {
    const planned = await gift({ status: 'planned', onDate: '2031-01-05', occasion: 'newYear' });
    const given = await owner.patch(`/api/v1/gifts/${planned.body.id}`, {
      status: 'given',
      requirementsMet: ['doesNotEmbarrass'],
      contactId: otherContact,
    });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({
      status: 'given',
      requirementsMet: ['doesNotEmbarrass'],
      contact: { id: otherContact },
    });
    const wrongContact = await owner.patch(`/api/v1/gifts/${planned.body.id}`, {
      contactId: greetingContact,
    });
    expect(wrongContact.status).toBe(400);
    expect(wrongContact.body.error.details[0].field).toBe('contactId');
    expect((await owner.delete(`/api/v1/gifts/${planned.body.id}`)).status).toBe(204);
    expect((await owner.get(`/api/v1/gifts/${planned.body.id}`)).status).toBe(404);
  });

  it('is audited on the organisation when made, changed and removed', async () => {
    const made = await gift({ onDate: '2019-05-05', occasion: 'birthday' });
    const id = made.body.id as string;
    await owner.patch(`/api/v1/gifts/${id}`, { valueCents: 20_00 });
    await owner.delete(`/api/v1/gifts/${id}`);
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'organization'), eq(auditLog.entityId, client)))
      .orderBy(desc(auditLog.id))
      .limit(3);
    const changes = entries.map(
      (entry) => (entry.changes as Record<string, unknown>)[`gift:${id}`],
    );
    expect(changes[2]).toEqual([null, expect.objectContaining({ valueCents: 45_00 })]);
    expect(changes[1]).toEqual([
      expect.objectContaining({ valueCents: 45_00 }),
      expect.objectContaining({ valueCents: 20_00 }),
    ]);
    expect(changes[0]).toEqual([expect.objectContaining({ occasion: 'birthday' }), null]);
  });
});

describe('the lists', () => {
  it("give a client's gifts newest first", async () => {
    const answer = await owner.get(giftsOf(client));
    expect(answer.status).toBe(200);
    const dates = answer.body.items.map((item: { onDate: string }) => item.onDate);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("give the firm's register over a period with clients and contacts by name", async () => {
    const answer = await owner.get('/api/v1/gifts?from=2024-01-01&to=2024-12-31');
    expect(answer.status).toBe(200);
    expect(answer.body.valueLimitCents).toBe(50_00);
    expect(
      answer.body.items.map((item: { onDate: string; organizationName: string }) => [
        item.onDate,
        item.organizationName,
      ]),
    ).toEqual([
      ['2024-12-20', 'Bouwbedrijf Kok'],
      ['2024-06-01', 'Notariaat Visser'],
    ]);
    const backwards = await owner.get('/api/v1/gifts?from=2024-12-31&to=2024-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].field).toBe('to');
  });

  it("are not there for another firm's client or gift", async () => {
    const other = await newFirm(app, 'Other firm');
    expect((await other.owner.get(giftsOf(client))).status).toBe(404);
    expect(
      (await other.owner.get('/api/v1/gifts?from=2000-01-01&to=2099-12-31')).body.items,
    ).toEqual([]);
  });
});
