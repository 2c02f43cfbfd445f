// The personal calendar feed through the API: the secret address is shown once, the .ics it
// serves is read back with ical.js (planned activities and the worklist's due and overdue items
// as all-day events with the client's name), and a revoked, unknown or other firm's address
// answers 404 alike.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Database } from '../../db/connection.ts';
import { today } from '../../../test/helpers/days.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let professional: Client;
let professionalId: string;
let workspaceId: string;
let foreign: Client;

const day = today();

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app, 'Kantoor Agenda'));
  const made = await newUser(app, database, workspaceId, 'professional');
  professional = made.client;
  professionalId = made.user.id;
  await professional.request('PATCH', '/api/v1/me', { name: 'Pim Prof' });
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  const client = async (name: string) => {
    const id = (
      await owner.post('/api/v1/organizations', {
        name,
        status: 'client',
        relationshipManagerId: professionalId,
        clientSince: '2020-01-01',
      })
    ).body.id as string;
    await owner.request('PUT', `/api/v1/organizations/${id}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
    return id;
  };
  const bouw = await client('De Vries, Bouw & Zn.');
  const zorg = await client('Zorggroep Noord');
  const activity = (organization: string, body: Record<string, unknown>) =>
    professional.post(`/api/v1/organizations/${organization}/activities`, body);
  // seen 61 days ago under a 60-day norm: the personal contact is a day overdue
  await activity(bouw, {
    type: 'visit',
    status: 'done',
    onDate: addCalendarDays(day, -61),
    subject: 'Bezoek',
  });
  await activity(zorg, { type: 'visit', status: 'done', onDate: day, subject: 'Bezoek' });
  await activity(bouw, {
    type: 'meeting',
    status: 'planned',
    onDate: addCalendarDays(day, 10),
    subject: 'Jaargesprek; omzetprognose, 2027',
  });
  // planned by the owner for the owner: not on the professional's calendar
  await owner.post(`/api/v1/organizations/${zorg}/activities`, {
    type: 'call',
    status: 'planned',
    onDate: addCalendarDays(day, 3),
    subject: 'Bellen door de eigenaar',
  });
  const other = await newFirm(app, 'Ander Kantoor');
  foreign = other.owner;
});
afterAll(async () => database.close());

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate,
      };
    }),
  };
}

const fetchFeed = (url: string) => new Client(app).get(new URL(url).pathname);

describe('the calendar feed', () => {
  let url: string;

  it('has none at first, then shows a new secret address once', async () => {
    expect((await professional.get('/api/v1/calendar-feed')).body).toEqual({
      exists: false,
      createdAt: null,
      lastFetchedAt: null,
    });
    const created = await professional.post('/api/v1/calendar-feed');
    expect(created.status).toBe(201);
    url = created.body.url;
    expect(url).toMatch(
      new RegExp(
        `^http://127\\.0\\.0\\.1:3000/api/v1/calendar/${workspaceId}\\.[A-Za-z0-9_-]{40,}\\.ics$`,
      ),
    );
    expect(created.body.webcalUrl).toBe(url.replace('http://', 'webcal://'));
    const feed = (await professional.get('/api/v1/calendar-feed')).body;
    expect(feed).toMatchObject({ exists: true, lastFetchedAt: null });
    expect(JSON.stringify(feed)).not.toContain(new URL(url).pathname.split('.')[1]);
  });

  it('serves the planned activities and the worklist as all-day events', async () => {
    const answer = await fetchFeed(url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const { name, events } = eventsOf(answer.body as string);
    expect(name).toBe('Klandizie – Pim Prof');
    const byStart = events
      .map((event) => [event.start, event.end, event.summary, event.allDay])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byStart).toEqual([
      // overdue: on today, where it still needs doing
      [
        day,
        addCalendarDays(day, 1),
        'De Vries, Bouw & Zn.: Persoonlijk contact (1 dag te laat)',
        true,
      ],
      [
        addCalendarDays(day, 10),
        addCalendarDays(day, 11),
        'De Vries, Bouw & Zn.: Jaargesprek; omzetprognose, 2027',
        true,
      ],
      // seen today under a 60-day norm: due in 60 days
      [
        addCalendarDays(day, 60),
        addCalendarDays(day, 61),
        'Zorggroep Noord: Persoonlijk contact',
        true,
      ],
    ]);
    // stable: the same events keep their UIDs on the next fetch
    const again = eventsOf((await fetchFeed(url)).body as string).events;
    expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    const feed = (await professional.get('/api/v1/calendar-feed')).body;
    expect(feed.lastFetchedAt).not.toBeNull();
  });

  it('answers 404 alike for a malformed, unknown or other firm’s address', async () => {
    const secret = new URL(url).pathname.split('/').pop()!.split('.')[1]!;
    const foreignId = (await foreign.get('/api/v1/workspace')).body.id as string;
    for (const path of [
      '/api/v1/calendar/nonsense.ics',
      `/api/v1/calendar/${workspaceId}.${secret}`,
      `/api/v1/calendar/${workspaceId}.${'x'.repeat(43)}.ics`,
      `/api/v1/calendar/${foreignId}.${secret}.ics`,
    ]) {
      const answer = await new Client(app).get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
    }
  });

  it('stops serving the old address when a new one is made, and any after revoking', async () => {
    const next = (await professional.post('/api/v1/calendar-feed')).body.url as string;
    expect(next).not.toBe(url);
    expect((await fetchFeed(url)).status).toBe(404);
    expect((await fetchFeed(next)).status).toBe(200);
    expect((await professional.delete('/api/v1/calendar-feed')).status).toBe(204);
    expect((await fetchFeed(next)).status).toBe(404);
    expect((await professional.get('/api/v1/calendar-feed')).body.exists).toBe(false);
    // revoking again changes nothing
    expect((await professional.delete('/api/v1/calendar-feed')).status).toBe(204);
  });

  it("never builds its address or links from the request's Host header", async () => {
    // the Node server builds the request's URL from its Host header
    const forged = await professional.request(
      'POST',
      'http://evil.example/api/v1/calendar-feed',
      {},
      { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    );
    expect(forged.status).toBe(201);
    expect(forged.body.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/v1\/calendar\//);
    const path = new URL(forged.body.url).pathname;
    const feed = await new Client(app).request('GET', `http://evil.example${path}`, undefined, {
      host: 'evil.example',
    });
    expect(feed.status).toBe(200);
    expect(feed.body as string).not.toContain('evil.example');

    const hosted = new Client(testApp(database, { publicUrl: 'https://crm.kantoor.nl' }));
    Object.assign(hosted, { cookie: professional.cookie, csrf: professional.csrf });
    const public_ = await hosted.request('POST', 'http://evil.example/api/v1/calendar-feed', {});
    expect(public_.body.url).toMatch(/^https:\/\/crm\.kantoor\.nl\/api\/v1\/calendar\//);
    expect(public_.body.webcalUrl).toMatch(/^webcal:\/\/crm\.kantoor\.nl\//);
  });

  it('audits creating and revoking', async () => {
    const { rows } = await database.pool.query<{ action: string }>(
      `select action from audit_log where workspace_id = $1 and entity_type = 'calendar_feed'
        order by id`,
      [workspaceId],
    );
    expect(rows.map((row) => row.action)).toEqual([
      'create',
      'revoke',
      'create',
      'revoke',
      'create',
      'revoke',
      'create',
    ]);
  });
});
