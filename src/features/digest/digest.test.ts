// The weekly digest end to end: a real SMTP server started here receives what is sent, read back
// with mailparser (to whom, the subject, the items, the language); at most once per ISO week; a
// refused message is tried again next time; turned off per professional; off without SMTP.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, newUser, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Database } from '../../db/connection.ts';
import { today } from '../../../test/helpers/days.ts';
import { mailSettingsFromEnv, smtpMailer, type Mailer } from './digest.mail.ts';
import { sendWeeklyDigests } from './digest.service.ts';

let database: Database;
let smtp: SMTPServer;
let mailer: Mailer;
let owner: Client;
let dutch: { client: Client; email: string };
let english: { client: Client; email: string };
let quiet: { client: Client; email: string };
const received: ParsedMail[] = [];
const logins: string[] = [];
const day = today();
/** Noon UTC of a day: the same day on the firm's clock in Amsterdam. */
const noonOn = (date: string) => new Date(`${date}T12:00:00Z`);

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => {
      logins.push(`${auth.username}:${auth.password}`);
      callback(null, { user: auth.username });
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const settings = mailSettingsFromEnv({
    KLANDIZIE_SMTP_URL: `smtp://kantoor:geheim@127.0.0.1:${port}`,
    KLANDIZIE_MAIL_FROM: 'Klandizie <werklijst@kantoor.example.nl>',
    KLANDIZIE_PUBLIC_URL: 'https://crm.kantoor.example.nl/',
  });
  if (!settings.on) throw new Error('mail settings are off');
  expect(settings.publicUrl).toBe('https://crm.kantoor.example.nl');
  mailer = smtpMailer(settings);

  database = await freshDatabase();
  const app = testApp(database);
  let workspaceId: string;
  ({ owner, workspaceId } = await newFirm(app, 'Kantoor Digest'));
  const professional = async (name: string, locale: 'nl' | 'en') => {
    const made = await newUser(app, database, workspaceId, 'professional');
    await made.client.request('PATCH', '/api/v1/me', { name, locale });
    return { client: made.client, email: made.user.email, id: made.user.id };
  };
  const nl = await professional('Pim de Jong', 'nl');
  const en = await professional('Emma Smith', 'en');
  const off = await professional('Otto Uit', 'nl');
  dutch = nl;
  english = en;
  quiet = off;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  const client = async (name: string, managerId: string) => {
    const id = (
      await owner.post('/api/v1/organizations', {
        name,
        status: 'client',
        relationshipManagerId: managerId,
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
  // Pim's A-client was last seen 61 days ago under a 60-day norm: a day overdue
  const bouw = await client('De Vries <Bouw> & Zn.', nl.id);
  await nl.client.post(`/api/v1/organizations/${bouw}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: addCalendarDays(day, -61),
    subject: 'Bezoek',
  });
  // Emma's A-client was seen today; a caller asks her to call back
  const zorg = await client('Northern Care', en.id);
  await en.client.post(`/api/v1/organizations/${zorg}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: day,
    subject: 'Visit',
  });
  await owner.post(`/api/v1/organizations/${zorg}/call-backs`, {
    callerName: 'Mr Jones',
    forUserId: en.id,
  });
  // Otto has something due but turned the digest off
  const handel = await client('Handel BV', off.id);
  await off.client.post(`/api/v1/organizations/${handel}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: addCalendarDays(day, -90),
    subject: 'Bezoek',
  });
  const turnedOff = await off.client.request('PUT', '/api/v1/me/weekly-digest', {
    enabled: false,
  });
  expect(turnedOff.status).toBe(200);
});
afterAll(async () => {
  await database.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const mailTo = (email: string) =>
  received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(email));

describe('the weekly digest', () => {
  it('sends each professional their worklist in their language, and says why others got none', async () => {
    const report = await sendWeeklyDigests(database.db, mailer, noonOn(day), {
      publicUrl: 'https://crm.kantoor.example.nl',
    });
    expect(report.sent.map((sent) => sent.email).sort()).toEqual(
      [dutch.email, english.email].sort(),
    );
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: quiet.email, reason: 'turnedOff' }),
        // the owner manages no clients
        expect.objectContaining({ reason: 'nothingDue' }),
      ]),
    );
    expect(received).toHaveLength(2);
    expect(logins).toEqual(['kantoor:geheim', 'kantoor:geheim']);

    const [pim] = mailTo(dutch.email);
    expect(pim?.from?.value).toEqual([
      { name: 'Klandizie', address: 'werklijst@kantoor.example.nl' },
    ]);
    expect(pim?.subject).toMatch(/^Je werklijst voor week \d+: 1 punt, 1 achterstallig$/);
    expect(pim?.headers.get('content-language')).toBe('nl');
    expect(pim?.text).toContain('Goedemorgen Pim,');
    expect(pim?.text).toContain('Achterstallig (1)');
    expect(pim?.text).toContain('- De Vries <Bouw> & Zn. – Persoonlijk contact – 1 dag te laat');
    expect(pim?.text).toMatch(/https:\/\/crm\.kantoor\.example\.nl\/organizations\/[0-9a-f-]{36}/);
    // the client's name is escaped in the HTML, not markup
    expect(pim?.html).toContain('De Vries &lt;Bouw&gt; &amp; Zn.</a>');

    const [emma] = mailTo(english.email);
    expect(emma?.subject).toMatch(/^Your worklist for week \d+: 1 item$/);
    expect(emma?.text).toContain('Good morning Emma,');
    expect(emma?.text).toContain('The coming seven days (1)');
    expect(emma?.text).toContain('- Northern Care – Call back: Mr Jones – Due ');
    expect(emma?.text).not.toContain('Overdue');
  });

  it('sends at most once per ISO week', async () => {
    const again = await sendWeeklyDigests(database.db, mailer, noonOn(day));
    expect(again.sent).toEqual([]);
    expect(again.skipped.filter((skip) => skip.reason === 'sentThisWeek')).toHaveLength(2);
    expect(received).toHaveLength(2);
    const { rows } = await database.pool.query<{ last_sent_on: string }>(
      `select last_sent_on::text from weekly_digests where last_sent_on is not null`,
    );
    expect(rows.map((row) => row.last_sent_on)).toEqual([day, day]);
  });

  it('tries again next time when the server refuses, and only says what it would send in a dry run', async () => {
    const nextWeek = addCalendarDays(day, 7);
    const refusing: Mailer = { send: () => Promise.reject(new Error('451 try again later')) };
    const refused = await sendWeeklyDigests(database.db, refusing, noonOn(nextWeek));
    expect(refused.sent).toEqual([]);
    expect(refused.skipped.filter((skip) => skip.reason === 'failed')).toEqual([
      expect.objectContaining({ detail: '451 try again later' }),
      expect.objectContaining({ detail: '451 try again later' }),
    ]);
    const dry = await sendWeeklyDigests(database.db, mailer, noonOn(nextWeek), { dryRun: true });
    expect(dry.sent).toHaveLength(2);
    expect(received).toHaveLength(2);
    const sent = await sendWeeklyDigests(database.db, mailer, noonOn(nextWeek));
    expect(sent.sent).toHaveLength(2);
    expect(received).toHaveLength(4);
  });

  it('keeps each professional’s own setting, on by default', async () => {
    const answer = await english.client.get('/api/v1/me/weekly-digest');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ enabled: true, lastSentOn: addCalendarDays(day, 7) });
    expect((await quiet.client.get('/api/v1/me/weekly-digest')).body.enabled).toBe(false);
    const bad = await quiet.client.request('PUT', '/api/v1/me/weekly-digest', { enabled: 'ja' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([
      expect.objectContaining({ field: 'enabled', message: 'must be true or false' }),
    ]);
    const { rows } = await database.pool.query<{ action: string; changes: unknown }>(
      `select action, changes from audit_log where entity_type = 'weekly_digest'`,
    );
    expect(rows).toEqual([{ action: 'update', changes: { enabled: [true, false] } }]);
  });
});

describe('the weekly digest of a firm that is not set up yet', () => {
  it('says what to set up first, with a link to it, instead of staying silent', async () => {
    const app = testApp(database);
    const { owner: founder, workspaceId } = await newFirm(app, 'Kantoor Nieuw');
    await founder.request('PATCH', '/api/v1/me', { name: 'Fleur Nieuw', locale: 'nl' });
    const made = await newUser(app, database, workspaceId, 'professional');
    await made.client.request('PATCH', '/api/v1/me', { name: 'Sam New', locale: 'en' });
    // a client, but no category for anyone and no service concept: nothing can fall due
    await founder.post('/api/v1/organizations', {
      name: 'Atlas Bouw',
      status: 'client',
      relationshipManagerId: made.user.id,
      clientSince: '2020-01-01',
    });
    const week = addCalendarDays(day, 14);
    const before = received.length;
    const report = await sendWeeklyDigests(database.db, mailer, noonOn(week), {
      publicUrl: 'https://crm.kantoor.example.nl',
    });
    const ofFirm = report.sent.filter((sent) => sent.workspaceId === workspaceId);
    expect(ofFirm.map((sent) => sent.items)).toEqual([0, 0]);
    expect(report.skipped.filter((skip) => skip.workspaceId === workspaceId)).toEqual([]);
    expect(received.length - before).toBe(2 + report.sent.length - ofFirm.length);

    const [sam] = mailTo(made.user.email);
    expect(sam?.subject).toMatch(/^Your worklist for week \d+: something to set up first$/);
    expect(sam?.text).toContain('First, put your clients into categories');
    expect(sam?.text).toContain(
      'Open the scoring matrix: https://crm.kantoor.example.nl/clients/scoring',
    );
    expect(sam?.html).toContain('<a href="https://crm.kantoor.example.nl/clients/scoring">');

    // with categories but no service concept, the next step is the service concepts
    const schemeId = (await founder.get('/api/v1/category-schemes')).body.items[0].id;
    const client = (await founder.get('/api/v1/organizations')).body.items[0].id;
    await founder.request('PUT', `/api/v1/organizations/${client}/category-override`, {
      schemeId,
      category: 'A',
      reason: 'Test',
    });
    const later = await sendWeeklyDigests(database.db, mailer, noonOn(addCalendarDays(week, 7)), {
      publicUrl: 'https://crm.kantoor.example.nl',
    });
    expect(later.sent.filter((sent) => sent.workspaceId === workspaceId)).toHaveLength(2);
    const fleur = received.findLast((mail) => mail.text?.includes('Goedemorgen Fleur,'));
    expect(fleur?.subject).toMatch(/^Je werklijst voor week \d+: eerst iets instellen$/);
    expect(fleur?.text).toContain('Eerst je bedieningsconcepten');
    expect(fleur?.text).toContain(
      'Bedieningsconcepten instellen: https://crm.kantoor.example.nl/clients/service',
    );
  });
});

describe('mail settings', () => {
  it('are off, and say why, without an SMTP server or a sender', () => {
    expect(mailSettingsFromEnv({})).toEqual({
      on: false,
      reason: 'KLANDIZIE_SMTP_URL is not set',
      publicUrl: undefined,
    });
    expect(mailSettingsFromEnv({ KLANDIZIE_SMTP_URL: 'smtp://localhost:25' })).toMatchObject({
      on: false,
      reason: 'KLANDIZIE_MAIL_FROM is not set',
    });
  });

  it('refuse an address that is not SMTP', () => {
    expect(() => mailSettingsFromEnv({ KLANDIZIE_SMTP_URL: 'http://mail' })).toThrow(
      'KLANDIZIE_SMTP_URL must start with smtp:// or smtps://',
    );
  });
});
