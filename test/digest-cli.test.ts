// `klandizie digest send` as a user runs it: off and saying why without an SMTP server, a dry run
// that names who would get what, and a real send to an SMTP server started here.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import type { Database } from '../src/db/connection.ts';
import { today } from './helpers/days.ts';
import { newFirm, testApp } from './helpers/app.ts';
import { databaseUrl, freshDatabase } from './helpers/database.ts';
import { runCli, runCliAsync } from './helpers/processes.ts';

let database: Database & { name: string };
let env: Record<string, string>;
let email: string;
let smtp: SMTPServer;
let port: number;
const received: ParsedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
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
  port = (smtp.server.address() as AddressInfo).port;
  database = await freshDatabase();
  const url = databaseUrl(database.name);
  env = { DATABASE_URL: url, KLANDIZIE_SMTP_URL: '', KLANDIZIE_MAIL_FROM: '' };
  const firm = await newFirm(testApp(database), 'Kantoor Overzicht');
  email = firm.email;
  const { owner, ownerId } = firm;
  const schemeId = (await owner.get('/api/v1/category-schemes')).body.items[0].id;
  const client = (
    await owner.post('/api/v1/organizations', {
      name: 'De Vries Bouw',
      status: 'client',
      // a client for years: its personal contact is due by the interval, not from a first day
      clientSince: addCalendarDays(today(), -800),
      relationshipManagerId: ownerId,
    })
  ).body.id;
  await owner.request('PUT', `/api/v1/organizations/${client}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Grootste klant',
  });
  await owner.post(`/api/v1/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  await owner.post(`/api/v1/organizations/${client}/activities`, {
    type: 'visit',
    status: 'done',
    onDate: addCalendarDays(today(), -62),
    subject: 'Bezoek',
  });
});
afterAll(async () => {
  await database.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('klandizie digest send', { timeout: 120_000 }, () => {
  it('is off without an SMTP server, and says so; a dry run names who would get what', () => {
    const off = runCli(['digest', 'send'], env);
    expect(off.status).toBe(0);
    expect(off.stdout).toContain('The weekly digest is off: KLANDIZIE_SMTP_URL is not set.');
    const dry = runCli(['digest', 'send', '--dry-run'], env);
    expect(dry.stderr).toBe('');
    expect(dry.stdout).toMatch(
      new RegExp(`Would send to ${email}: Je werklijst voor week \\d+: 1 punt, 1 achterstallig`),
    );
    expect(dry.stdout).toContain(
      'Would send 1, skipped 0 (mail is off: KLANDIZIE_SMTP_URL is not set)',
    );
  });

  it('sends through the SMTP server once a week', async () => {
    const mailEnv = {
      ...env,
      KLANDIZIE_SMTP_URL: `smtp://127.0.0.1:${port}`,
      KLANDIZIE_MAIL_FROM: 'werklijst@kantoor.example.nl',
    };
    const sent = await runCliAsync(['digest', 'send'], mailEnv);
    expect(sent.stderr).toBe('');
    expect(sent.stdout).toContain(`Sent to ${email}: Je werklijst voor week`);
    expect(received.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Je werklijst voor week \d+: 1 punt, 1 achterstallig$/),
    ]);
    expect(received[0]?.text).toContain('De Vries Bouw – Persoonlijk contact');
    const again = await runCliAsync(['digest', 'send'], mailEnv);
    expect(again.stdout).toContain(`Skipped ${email}: already sent this week`);
    expect(received).toHaveLength(1);
  });
});
