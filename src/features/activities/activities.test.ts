// Relationship activities over HTTP (method §6): logged and planned with the P the type suggests
// or the user sets, listed newest first, changed, removed, audited, and the four-P balance.
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { auditLog } from '../../db/schema.ts';
import { today } from '../../../test/helpers/days.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let ownerId: string;
let workspaceId: string;
let colleague: { id: string; name: string };
let client: string;
let otherClient: string;
let contact: string;
let otherContact: string;
let foreign: { owner: Client; userId: string; organization: string };

const activities = (organization = client) => `/api/v1/organizations/${organization}/activities`;
const log = (body: Record<string, unknown>, organization = client) =>
  owner.post(activities(organization), body);
const done = (type: string, onDate: string, extra: Record<string, unknown> = {}) => ({
  type,
  status: 'done',
  onDate,
  subject: `${type} on ${onDate}`,
  ...extra,
});

async function newOrganization(who: Client, name: string): Promise<string> {
  const answer = await who.post('/api/v1/organizations', { name });
  expect(answer.status).toBe(201);
  return answer.body.id as string;
}

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId, ownerId } = await newFirm(app));
  const { user } = await newUser(app, database, workspaceId, 'professional');
  colleague = { id: user.id, name: user.name };
  client = await newOrganization(owner, 'Bakkerij Vermeulen');
  otherClient = await newOrganization(owner, 'Garage Dijkstra');
  contact = (
    await owner.post(`/api/v1/organizations/${client}/contacts`, {
      firstName: 'Jan',
      infix: 'van der',
      lastName: 'Berg',
    })
  ).body.id;
  otherContact = (
    await owner.post(`/api/v1/organizations/${otherClient}/contacts`, {
      firstName: 'Els',
      lastName: 'Dijkstra',
    })
  ).body.id;
  const firmB = await newFirm(app, 'Other firm');
  foreign = {
    owner: firmB.owner,
    userId: firmB.ownerId,
    organization: await newOrganization(firmB.owner, 'Their client'),
  };
});
afterAll(async () => database.close());

describe('logging an activity', () => {
  it("stores the type's suggested P when none is given: a gift serves the person, a meeting the project", async () => {
    const gift = await log(done('gift', '2024-12-20', { contactIds: [contact] }));
    expect(gift.status).toBe(201);
    expect(gift.body).toMatchObject({
      organizationId: client,
      type: 'gift',
      p: 'person',
      status: 'done',
      onDate: '2024-12-20',
      contacts: [{ id: contact, displayName: 'Jan van der Berg' }],
      // the one who logs it took part, unless others are named
      professionals: [{ id: ownerId, name: 'Olga Owner' }],
      createdBy: ownerId,
      followUpDoneAt: null,
    });
    const meeting = await log(done('meeting', '2024-12-21'));
    expect(meeting.body.p).toBe('project');
  });

  it('keeps the P the user sets, and no P when the user says null', async () => {
    const partnership = await log(done('meeting', '2024-11-02', { p: 'partnership' }));
    expect(partnership.status).toBe(201);
    expect(partnership.body.p).toBe('partnership');
    const none = await log(done('gift', '2024-11-03', { p: null }));
    expect(none.body.p).toBeNull();
  });

  it('stores the subject trimmed, the time, the cost, the follow-up and the colleagues named', async () => {
    const answer = await log({
      type: 'visit',
      status: 'planned',
      onDate: '2030-03-04',
      subject: '  Kennismaking nieuwe directeur ',
      notes: 'Parkeren achter de winkel',
      minutes: 90,
      costCents: 4_250,
      followUpOn: '2030-03-11',
      followUpNote: 'Offerte sturen',
      professionalIds: [colleague.id, ownerId, colleague.id],
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      subject: 'Kennismaking nieuwe directeur',
      p: 'person',
      status: 'planned',
      minutes: 90,
      costCents: 4_250,
      followUpOn: '2030-03-11',
      followUpNote: 'Offerte sturen',
    });
    expect(answer.body.professionals.map((p: { id: string }) => p.id).sort()).toEqual(
      [colleague.id, ownerId].sort(),
    );
  });

  // the changes are functions: the ids made in beforeAll exist only when the test runs
  it.each([
    ['an unknown type', () => ({ type: 'lunch' }), 'type'],
    ['an unknown P', () => ({ p: 'profit' }), 'p'],
    ['a date that does not exist', () => ({ onDate: '2024-02-30' }), 'onDate'],
    ['a date in another format', () => ({ onDate: '20-12-2024' }), 'onDate'],
    ['a done activity after today', () => ({ onDate: '2100-01-01' }), 'onDate'],
    ['a follow-up before the activity', () => ({ followUpOn: '2024-12-19' }), 'followUpOn'],
    ['an empty subject', () => ({ subject: '   ' }), 'subject'],
    ['negative minutes', () => ({ minutes: -5 }), 'minutes'],
    ['minutes in fractions', () => ({ minutes: 1.5 }), 'minutes'],
    ['a negative cost', () => ({ costCents: -1 }), 'costCents'],
    ['an unknown yearly duty', () => ({ duty: 'annualReport' }), 'duty'],
    ['a contact of another organisation', () => ({ contactIds: [otherContact] }), 'contactIds'],
    [
      'a professional of another firm',
      () => ({ professionalIds: [foreign.userId] }),
      'professionalIds',
    ],
    ['a field it does not know', () => ({ owner: 'me' }), '(body)'],
  ] as const)('refuses %s, naming the field', async (_, change, field) => {
    const answer = await log({ ...done('call', '2024-12-20'), ...change() });
    expect(answer.status).toBe(400);
    const fields = answer.body.error.details.map((d: { field: string }) => d.field);
    expect([...new Set(fields)]).toEqual([field]);
  });

  it('records the yearly duty an activity fulfils, and none unless said', async () => {
    const forecast = await log(
      done('meeting', '2024-11-04', { subject: 'Omzetprognose 2025', duty: 'revenueForecast' }),
    );
    expect(forecast.status).toBe(201);
    expect(forecast.body.duty).toBe('revenueForecast');
    const plain = await log(done('meeting', '2024-11-05'));
    expect(plain.body.duty).toBeNull();
  });

  it('refuses an activity for an organisation of another firm as not found', async () => {
    const answer = await log(done('call', '2024-12-20'), foreign.organization);
    expect(answer.status).toBe(404);
  });
});

describe('listing activities', () => {
  let listed: string;
  beforeAll(async () => {
    listed = await newOrganization(owner, 'Listed client');
    for (const body of [
      done('call', '2024-03-01'),
      done('email', '2024-05-01'),
      done('other', '2024-04-01'),
      { ...done('visit', '2030-06-01'), status: 'planned' },
      done('meeting', '2024-05-01', { subject: 'second on the same day' }),
    ])
      expect((await log(body, listed)).status).toBe(201);
  });

  it('lists newest first, the one entered last first on the same day', async () => {
    const answer = await owner.get(activities(listed));
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((a: { subject: string }) => a.subject)).toEqual([
      'visit on 2030-06-01',
      'second on the same day',
      'email on 2024-05-01',
      'other on 2024-04-01',
      'call on 2024-03-01',
    ]);
    expect(answer.body.items[0].professionals).toEqual([{ id: ownerId, name: 'Olga Owner' }]);
  });

  it('filters by status and by P, or by having none', async () => {
    const planned = await owner.get(`${activities(listed)}?status=planned`);
    expect(planned.body.items.map((a: { type: string }) => a.type)).toEqual(['visit']);
    const process = await owner.get(`${activities(listed)}?p=process`);
    expect(process.body.items.map((a: { type: string }) => a.type)).toEqual(['email']);
    const none = await owner.get(`${activities(listed)}?p=none&status=done`);
    expect(none.body.items.map((a: { type: string }) => a.type)).toEqual(['other']);
    const person = await owner.get(`${activities(listed)}?p=person&status=done&withTotal=true`);
    expect(person.body.total).toBe(1);
  });

  it('pages by cursor without skipping or repeating an activity', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await owner.get(`${activities(listed)}?limit=2&withTotal=true${query}`);
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(5);
      seen.push(...page.body.items.map((a: { subject: string }) => a.subject));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    const all = await owner.get(activities(listed));
    expect(seen).toEqual(all.body.items.map((a: { subject: string }) => a.subject));
    const bad = await owner.get(`${activities(listed)}?cursor=nonsense`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('cursor');
  });
});

describe('changing and removing an activity', () => {
  it('marks a planned visit done, changes its P and notes, and closes its follow-up', async () => {
    const planned = await log({
      ...done('visit', '2024-10-01'),
      status: 'planned',
      followUpOn: '2024-10-08',
      followUpNote: 'Bellen over de offerte',
    });
    const id = planned.body.id as string;
    const marked = await owner.patch(`/api/v1/activities/${id}`, {
      status: 'done',
      p: 'process',
      notes: 'Goed gesprek',
      contactIds: [contact],
    });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      status: 'done',
      p: 'process',
      notes: 'Goed gesprek',
      type: 'visit',
      contacts: [{ id: contact }],
      followUpDoneAt: null,
    });
    const followedUp = await owner.patch(`/api/v1/activities/${id}`, { followUpDone: true });
    expect(followedUp.body.followUpDoneAt).toEqual(expect.any(String));
    const read = await owner.get(`/api/v1/activities/${id}`);
    expect(read.body).toMatchObject({ status: 'done', followUpDoneAt: expect.any(String) });
    const reopened = await owner.patch(`/api/v1/activities/${id}`, { followUpDone: false });
    expect(reopened.body.followUpDoneAt).toBeNull();
  });

  it('refuses to mark done an activity planned after today, and a follow-up moved before it', async () => {
    const planned = await log({ ...done('call', '2100-01-01'), status: 'planned' });
    const id = planned.body.id as string;
    const early = await owner.patch(`/api/v1/activities/${id}`, { status: 'done' });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].field).toBe('onDate');
    const moved = await owner.patch(`/api/v1/activities/${id}`, {
      status: 'done',
      onDate: '2024-06-01',
    });
    expect(moved.status).toBe(200);
    const follow = await owner.patch(`/api/v1/activities/${id}`, { followUpOn: '2024-05-31' });
    expect(follow.status).toBe(400);
    expect(follow.body.error.details[0].field).toBe('followUpOn');
    const nothingToFollow = await owner.patch(`/api/v1/activities/${id}`, { followUpDone: true });
    expect(nothingToFollow.status).toBe(400);
    expect(nothingToFollow.body.error.details[0].field).toBe('followUpDone');
    const stranger = await owner.patch(`/api/v1/activities/${id}`, { contactIds: [otherContact] });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.details[0].field).toBe('contactIds');
  });

  it('removes an activity, and audits its creation, change and removal', async () => {
    const created = await log(done('event', '2024-09-09', { contactIds: [contact] }));
    const id = created.body.id as string;
    expect((await owner.patch(`/api/v1/activities/${id}`, { minutes: 120 })).status).toBe(200);
    // a change that changes nothing is not written
    expect((await owner.patch(`/api/v1/activities/${id}`, { minutes: 120 })).status).toBe(200);
    const history = await owner.get(`/api/v1/audit/activity/${id}`);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'update',
      'create',
    ]);
    expect((await foreign.owner.get(`/api/v1/audit/activity/${id}`)).status).toBe(404);
    const removed = await owner.delete(`/api/v1/activities/${id}`);
    expect(removed.status).toBe(204);
    expect((await owner.get(`/api/v1/activities/${id}`)).status).toBe(404);
    expect((await owner.delete(`/api/v1/activities/${id}`)).status).toBe(404);

    const entries = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.workspaceId, workspaceId),
          eq(auditLog.entityType, 'activity'),
          eq(auditLog.entityId, id),
        ),
      )
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => [e.action, e.userId])).toEqual([
      ['create', ownerId],
      ['update', ownerId],
      ['delete', ownerId],
    ]);
    expect(entries[0]!.changes).toMatchObject({
      type: [null, 'event'],
      p: [null, 'process'],
      contactIds: [null, [contact]],
      professionalIds: [null, [ownerId]],
    });
    expect(entries[1]!.changes).toEqual({ minutes: [null, 120] });
    expect(entries[2]!.changes).toMatchObject({ subject: ['event on 2024-09-09', null] });
  });

  it("answers not found for another firm's activity, whatever is asked", async () => {
    const created = await log(done('call', '2024-08-08'));
    const path = `/api/v1/activities/${created.body.id}`;
    expect((await foreign.owner.get(path)).status).toBe(404);
    expect((await foreign.owner.patch(path, { notes: 'mine now' })).status).toBe(404);
    expect((await foreign.owner.delete(path)).status).toBe(404);
    expect((await foreign.owner.get(activities(client))).status).toBe(404);
    expect(
      (
        await foreign.owner.get(
          `/api/v1/organizations/${client}/four-ps?from=2024-01-01&to=2024-12-31`,
        )
      ).status,
    ).toBe(404);
    const still = await owner.get(path);
    expect(still.body).toMatchObject({ notes: null, subject: 'call on 2024-08-08' });
  });
});

describe("the balance of the four P's", () => {
  let balanced: string;
  beforeAll(async () => {
    balanced = await newOrganization(owner, 'Balanced client');
    for (const body of [
      done('meeting', '2024-01-01'),
      done('evaluation', '2024-06-30'),
      done('call', '2024-03-03', { p: 'project' }),
      done('gift', '2024-12-31'),
      done('visit', '2024-02-14'),
      done('proposal', '2024-04-04'),
      // without a P: counted apart
      done('other', '2024-05-05'),
      // outside the period, or not done: not counted
      done('meeting', '2023-12-31'),
      done('meeting', '2025-01-01'),
      { ...done('meeting', '2024-07-07'), status: 'planned' },
    ])
      expect((await log(body, balanced)).status).toBe(201);
  });

  it('counts the done activities of the period per P, shares them exactly, beside the advised order', async () => {
    const answer = await owner.get(
      `/api/v1/organizations/${balanced}/four-ps?from=2024-01-01&to=2024-12-31`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      organizationId: balanced,
      from: '2024-01-01',
      to: '2024-12-31',
      counts: { project: 3, person: 2, process: 1, partnership: 0 },
      total: 6,
      withoutP: 1,
      shareBasisPoints: { project: 5000, person: 3333, process: 1667, partnership: 0 },
      firstMissing: 'partnership',
      advisedOrder: ['project', 'person', 'process', 'partnership'],
    });
  });

  it('is all zero over a period without activities, and refuses a period that ends before it starts', async () => {
    const empty = await owner.get(
      `/api/v1/organizations/${balanced}/four-ps?from=2020-01-01&to=2020-12-31`,
    );
    expect(empty.body).toMatchObject({
      counts: { project: 0, person: 0, process: 0, partnership: 0 },
      total: 0,
      shareBasisPoints: { project: 0, person: 0, process: 0, partnership: 0 },
      firstMissing: 'project',
    });
    const backwards = await owner.get(
      `/api/v1/organizations/${balanced}/four-ps?from=2024-12-31&to=2024-01-01`,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].field).toBe('to');
  });

  it('takes the last twelve months up to today when no period is given', async () => {
    const answer = await owner.get(`/api/v1/organizations/${balanced}/four-ps`);
    expect(answer.status).toBe(200);
    expect(answer.body.to).toBe(today());
    // a year back, the day after: 364 days before, or 365 when a 29 February lies between
    const days = (Date.parse(answer.body.to) - Date.parse(answer.body.from)) / 86_400_000;
    expect([364, 365]).toContain(days);
  });
});

describe('answers to an invitation', () => {
  let second: string;
  let invitation: string;
  const answer = (contactId: string, response: string | null, activity = invitation) =>
    owner.request('PUT', `/api/v1/activities/${activity}/contacts/${contactId}/response`, {
      response,
    });

  beforeAll(async () => {
    second = (
      await owner.post(`/api/v1/organizations/${client}/contacts`, {
        firstName: 'Sara',
        lastName: 'Vermeulen',
      })
    ).body.id;
    invitation = (await log(done('invitation', '2024-09-02', { contactIds: [contact, second] })))
      .body.id;
  });

  it('records who accepted and who declined, and none until they react', async () => {
    const fresh = await owner.get(`/api/v1/activities/${invitation}`);
    expect(fresh.body.contacts.map((c: { response: string | null }) => c.response)).toEqual([
      null,
      null,
    ]);
    const accepted = await answer(contact, 'accepted');
    expect(accepted.status).toBe(200);
    await answer(second, 'declined');
    const responses = (await owner.get(`/api/v1/activities/${invitation}`)).body.contacts.map(
      (c: { id: string; response: string | null }) => [c.id, c.response],
    );
    expect(Object.fromEntries(responses)).toEqual({ [contact]: 'accepted', [second]: 'declined' });
    const row = await database.pool.query<{ responded_on: string }>(
      `select responded_on::text from activity_contacts
        where workspace_id = $1 and activity_id = $2 and contact_id = $3`,
      [workspaceId, invitation, contact],
    );
    expect(row.rows[0]?.responded_on).toBe(today());
  });

  it('keeps the answers of those still invited when the invitees change', async () => {
    const changed = await owner.patch(`/api/v1/activities/${invitation}`, {
      contactIds: [contact],
    });
    expect(changed.body.contacts).toEqual([
      expect.objectContaining({ id: contact, response: 'accepted' }),
    ]);
    const back = await owner.patch(`/api/v1/activities/${invitation}`, {
      contactIds: [contact, second],
    });
    const secondAgain = back.body.contacts.find((c: { id: string }) => c.id === second);
    expect(secondAgain.response).toBeNull();
  });

  it('takes an answer back, and audits each answer on the invitation', async () => {
    expect((await answer(contact, null)).body.contacts[0].response).toBeNull();
    const audited = await database.db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.entityId, invitation)))
      .orderBy(asc(auditLog.id));
    expect(audited.at(-1)?.changes).toEqual({
      responses: [
        { [contact]: 'accepted', [second]: null },
        { [contact]: null, [second]: null },
      ],
    });
  });

  it('refuses an answer to anything but an invitation, and from someone not invited', async () => {
    const visit = (await log(done('visit', '2024-09-03', { contactIds: [contact] }))).body.id;
    const refused = await answer(contact, 'accepted', visit);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0]).toMatchObject({ field: 'response' });
    expect((await answer(otherContact, 'accepted')).status).toBe(404);
    const wrong = await answer(contact, 'maybe');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toBe('response');
    expect(
      (
        await foreign.owner.request(
          'PUT',
          `/api/v1/activities/${invitation}/contacts/${contact}/response`,
          { response: 'accepted' },
        )
      ).status,
    ).toBe(404);
  });
});
