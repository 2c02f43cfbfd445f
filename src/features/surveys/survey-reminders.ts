// Reminders of survey requests (method §7, decision 0040): a week after the first mail and a
// week after the previous reminder, at most two, each with a fresh link; never once the request
// is answered, revoked or expired. The serving process looks every quarter of an hour.
import { maxReminders, reminderDue } from '../../core/satisfaction/survey-request.ts';
import type { Db } from '../../db/connection.ts';
import { firmTimeZone, systemClock, type Clock } from '../../http/today.ts';
import {
  mailSettingsFromEnv,
  smtpMailer,
  type Mailer,
  type MailSettings,
} from '../digest/digest.service.ts';
import { remindable } from './surveys.repo.ts';
import { mailLink, newLink, recordReminder, stateOf } from './surveys.service.ts';

export type ReminderReport = { sent: string[]; failed: { id: string; detail: string }[] };

/** Mails every reminder due at `now`, of every firm; a refused mail is tried again next time. */
export async function sendDueReminders(
  db: Db,
  mailer: Mailer,
  now: Date,
  origin: string,
): Promise<ReminderReport> {
  const report: ReminderReport = { sent: [], failed: [] };
  for (const row of await remindable(db, maxReminders, now)) {
    if (!reminderDue(stateOf(row), now)) continue;
    const timeZone = await firmTimeZone(db, row.workspace_id);
    try {
      const counted = await db.transaction(async (tx) => {
        // counted first, and only if no other run counted it: a reminder goes out once
        if (!(await recordReminder(tx, row, now))) return false;
        const link = await newLink(tx, row.workspace_id, row.id, origin);
        await mailLink(row, link, { origin, timeZone, mailer }, true);
        return true;
      });
      if (counted) report.sent.push(row.id);
    } catch (error) {
      report.failed.push({
        id: row.id,
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return report;
}

const checkEveryMs = 15 * 60_000;

/** Starts the reminders' timer, or says why there is none; returns how to stop it. */
export function startSurveyReminderTimer(args: {
  db: Db;
  log: (message: string) => void;
  /** Where the links point: the app's public address. */
  origin: string;
  settings?: MailSettings;
  clock?: Clock;
}): () => void {
  const { db, log, origin, clock = systemClock } = args;
  const settings = args.settings ?? mailSettingsFromEnv(process.env);
  if (!settings.on) {
    log(`Survey reminders: off (${settings.reason})`);
    return () => {};
  }
  const mailer = smtpMailer(settings);
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const report = await sendDueReminders(db, mailer, clock(), origin);
      if (report.sent.length > 0 || report.failed.length > 0)
        log(`Survey reminders: sent ${report.sent.length}, failed ${report.failed.length}`);
      for (const failure of report.failed)
        log(`Survey reminder ${failure.id} failed: ${failure.detail}`);
    } catch (error) {
      log(`Survey reminders: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();
  void check();
  return () => clearInterval(timer);
}
