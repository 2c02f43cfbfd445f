// The weekly digest goes out on Monday from 07:00 on each firm's clock (its time zone): the
// serving process looks every quarter of an hour. After a restart it simply looks again;
// last_sent_on keeps it to once a week.
import type { Db } from '../../db/connection.ts';
import { systemClock, type Clock } from '../../http/today.ts';
import { mailSettingsFromEnv, smtpMailer, type MailSettings } from './digest.mail.ts';
import { sendWeeklyDigests } from './digest.service.ts';

export { isDigestTime } from './digest.service.ts';

const checkEveryMs = 15 * 60_000;

/** Starts the weekly timer, or says why there is none; returns how to stop it. */
export function startDigestTimer(args: {
  db: Db;
  log: (message: string) => void;
  settings?: MailSettings;
  clock?: Clock;
}): () => void {
  const { db, log, clock = systemClock } = args;
  const settings = args.settings ?? mailSettingsFromEnv(process.env);
  if (!settings.on) {
    log(`Weekly digest: off (${settings.reason})`);
    return () => {};
  }
  const mailer = smtpMailer(settings);
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const report = await sendWeeklyDigests(db, mailer, clock(), {
        publicUrl: settings.publicUrl,
        onlyAtDigestTime: true,
      });
      const failed = report.skipped.filter((skip) => skip.reason === 'failed');
      if (report.sent.length > 0 || failed.length > 0)
        log(`Weekly digest: sent ${report.sent.length}, failed ${failed.length}`);
      for (const failure of failed)
        log(`Weekly digest to ${failure.email} failed: ${failure.detail ?? ''}`);
    } catch (error) {
      log(`Weekly digest: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();
  void check();
  log('Weekly digest: on, Mondays from 07:00 on each firm’s clock');
  return () => clearInterval(timer);
}
