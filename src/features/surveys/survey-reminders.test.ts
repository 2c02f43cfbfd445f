// Reminders with a real SMTP server started here, counting the mails: a week after the first
// mail, a week after the first reminder, and never a third; none for an answered, revoked,
// expired or only copied request; each reminder's link opens the survey, as the first still does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { startTestSmtp, type TestSmtp } from '../../../test/helpers/smtp.ts';
import type { Database } from '../../db/connection.ts';
import { mailSettingsFromEnv, smtpMailer, type Mailer } from '../digest/digest.service.ts';
import { sendDueReminders } from './survey-reminders.ts';

let database: Database;
let smtp: TestSmtp;
let mailer: Mailer;
let owner: Client;
let anonymous: Client;
let client: string;
let anna: string;
const saved = { ...process.env };
const origin = 'https://crm.example.nl';
const sentAt = new Date('2026-03-02T08:00:00Z');
const later = (days: number, hours = 0) =>
  new Date(sentAt.getTime() + days * 86_400_000 + hours * 3_600_000);
const linkIn = (text: string | undefined) =>
  /https:\/\/crm\.example\.nl\/survey\/([\w.-]+)/.exec(text ?? '')?.[1];
const remind = (at: Date) => sendDueReminders(database.db, mailer, at, origin);

beforeAll(async () => {
  smtp = await startTestSmtp();
  Object.assign(process.env, smtp.env);
  const settings = mailSettingsFromEnv(smtp.env);
  if (!settings.on) throw new Error('mail is off');
  mailer = smtpMailer(settings);
  database = await freshDatabase();
  // the requests are made and mailed at `sentAt` on the app's clock
  const app = testApp(database, { publicUrl: origin }, () => sentAt);
  ({ owner } = await newFirm(app, 'Kantoor Herinnering'));
  anonymous = new Client(testApp(database, { publicUrl: origin }, () => later(8)));
  client = (await owner.post('/api/v1/organizations', { name: 'Atlas', status: 'client' })).body.id;
  anna = (
    await owner.post(`/api/v1/organizations/${client}/contacts`, {
      firstName: 'Anna',
      lastName: 'Vries',
      email: 'anna@atlas.example.nl',
    })
  ).body.id;
});
afterAll(async () => {
  process.env = saved;
  await smtp.close();
  await database.close();
});

const make = async (send: boolean, language: 'nl' | 'en' = 'nl') =>
  (
    await owner.post(`/api/v1/organizations/${client}/survey-requests`, {
      contactId: anna,
      send,
      language,
    })
  ).body as { request: { id: string }; link: string };

describe('survey reminders', () => {
  it('reminds after 7 days and 7 more, at most twice, each with a link that opens the survey', async () => {
    const first = await make(true, 'en');
    await make(false); // only copied: never reminded
    expect(smtp.received).toHaveLength(1);
    expect((await remind(later(6, 23))).sent).toEqual([]);
    expect((await remind(later(7))).sent).toEqual([first.request.id]);
    expect(smtp.received).toHaveLength(2);
    const reminder = smtp.received.at(-1)!;
    expect(reminder.subject).toBe('Reminder: how satisfied are you with Kantoor Herinnering?');
    expect(reminder.to).toMatchObject({ text: 'anna@atlas.example.nl' });
    // run again at once, and the next day: nothing more
    expect((await remind(later(7))).sent).toEqual([]);
    expect((await remind(later(8))).sent).toEqual([]);
    const token = linkIn(reminder.text)!;
    expect((await anonymous.get(`/api/v1/survey/${token}`)).status).toBe(200);
    expect((await anonymous.get(`/api/v1/survey/${linkIn(smtp.received[0]!.text)}`)).status).toBe(
      200,
    );
    expect((await remind(later(13, 23))).sent).toEqual([]);
    expect((await remind(later(14))).sent).toEqual([first.request.id]);
    expect(smtp.received).toHaveLength(3);
    // a third is never sent
    for (const day of [21, 22, 28, 29]) expect((await remind(later(day))).sent).toEqual([]);
    expect(smtp.received).toHaveLength(3);
    const listed = await owner.get(`/api/v1/organizations/${client}/survey-requests`);
    const row = listed.body.items.find((r: { id: string }) => r.id === first.request.id);
    expect(row).toMatchObject({ status: 'reminded', remindersSent: 2 });
  });

  it('never reminds an answered, revoked or expired request', async () => {
    const answered = await make(true);
    const revoked = await make(true);
    const expiring = await make(true);
    await database.pool.query(`update survey_requests set expires_at = $2 where id = $1`, [
      expiring.request.id,
      later(6),
    ]);
    const token = answered.link.split('/survey/')[1];
    expect((await anonymous.post(`/api/v1/survey/${token}`, { overall: 8 })).status).toBe(204);
    expect((await owner.post(`/api/v1/survey-requests/${revoked.request.id}/revoke`)).status).toBe(
      200,
    );
    const before = smtp.received.length;
    for (const day of [7, 14, 21]) expect((await remind(later(day))).sent).toEqual([]);
    expect(smtp.received).toHaveLength(before);
  });
});
