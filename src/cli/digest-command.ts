// `klandizie digest send [--dry-run]`: sends this week's digest to every professional due one
// (at most once per week), or only prints who would get what.
import type { Command } from 'commander';
import { mailSettingsFromEnv, smtpMailer } from '../features/digest/digest.mail.ts';
import { sendWeeklyDigests, type DigestSkipReason } from '../features/digest/digest.service.ts';
import type { Context } from './context.ts';
import { openMigratedDatabase } from './open.ts';

const reasons: Record<DigestSkipReason, string> = {
  turnedOff: 'turned off',
  sentThisWeek: 'already sent this week',
  nothingDue: 'nothing on the worklist',
  failed: 'failed',
};

export function registerDigestCommand(program: Command, context: Context): void {
  program
    .command('digest')
    .description('the weekly mail digest of the worklist')
    .command('send')
    .description(
      "send this week's digest to everyone due one (KLANDIZIE_SMTP_URL, KLANDIZIE_MAIL_FROM)",
    )
    .option('--dry-run', 'only print who would get what')
    .action(async (options: { dryRun?: boolean }) => {
      const settings = mailSettingsFromEnv(process.env);
      const dryRun = options.dryRun === true;
      if (!settings.on && !dryRun) {
        context.log(`The weekly digest is off: ${settings.reason}.`);
        return;
      }
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const report = await sendWeeklyDigests(
          database.db,
          settings.on && !dryRun ? smtpMailer(settings) : undefined,
          new Date(), // each firm's day on its own clock, in sendWeeklyDigests
          { publicUrl: settings.publicUrl, dryRun },
        );
        const verb = dryRun ? 'Would send' : 'Sent';
        for (const sent of report.sent) context.log(`${verb} to ${sent.email}: ${sent.subject}`);
        for (const skip of report.skipped)
          context.log(
            `Skipped ${skip.email}: ${reasons[skip.reason]}${skip.detail ? ` (${skip.detail})` : ''}`,
          );
        const failed = report.skipped.filter((skip) => skip.reason === 'failed').length;
        context.log(
          `${verb} ${report.sent.length}, skipped ${report.skipped.length - failed}` +
            (failed > 0 ? `, failed ${failed}` : '') +
            (dryRun && !settings.on ? ` (mail is off: ${settings.reason})` : ''),
        );
        if (failed > 0) process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
}
