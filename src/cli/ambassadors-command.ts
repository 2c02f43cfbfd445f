// `klandizie report ambassadors|pyramid [--json]`: who brought clients and what they brought, the
// thank-yous owed, and the firm's time and money per layer of the marketing pyramid (method §10),
// from the same functions as the API.
import type { Command } from 'commander';
import { firmToday } from '../http/today.ts';
import { ambassadorsOverview } from '../features/ambassadors/ambassadors.service.ts';
import { marketingPyramid } from '../features/ambassadors/marketing-spend.service.ts';
import type { Context } from './context.ts';
import { findFirm, workspaceOption } from './find-firm.ts';
import { openMigratedDatabase } from './open.ts';
import { parseYear } from './options.ts';
import { table } from './report-print.ts';

type Options = { year?: string; json?: boolean; workspace?: string };

const layerWords = {
  ownExperience: '1 own experience',
  ambassadors: '2 ambassadors',
  independentSources: '3 independent sources',
  media: '4 media',
  ownSales: '5 own sales efforts',
} as const;

const euros = (cents: number) => `€ ${(cents / 100).toFixed(2)}`;
const hours = (minutes: number) => `${(minutes / 60).toFixed(1)} h`;

export function registerAmbassadorReports(report: Command, context: Context): void {
  report
    .command('ambassadors')
    .description('the ambassadors with the clients and revenue they brought, and whom to thank')
    .option('--json', 'print JSON instead of tables')
    .option(...workspaceOption)
    .action(async (options: Options) => {
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const firm = await findFirm(database, options.workspace);
        const today = await firmToday(database.db, firm.workspaceId);
        const figures = await ambassadorsOverview(database.db, firm.workspaceId, today);
        if (options.json) return context.log(JSON.stringify(figures, null, 2));
        if (figures.items.length === 0)
          return context.log(
            'No ambassadors yet: record who referred a client on its page, or evaluations with a 9 or 10 on recommend.',
          );
        for (const line of table(
          ['Ambassador', 'Clients brought', 'Revenue since', 'Recommends'],
          figures.items.map((a) => [
            a.organizationName,
            String(a.clientsBrought),
            euros(a.revenueCents),
            a.candidates.map((c) => `${c.contactName} (${c.recommend})`).join(', '),
          ]),
          [false, true, true, false],
        ))
          context.log(line);
        context.log('');
        if (figures.thankYous.length === 0) context.log('Nobody to thank.');
        else
          for (const line of table(
            ['To thank', 'For', 'Due', 'Manager'],
            figures.thankYous.map((t) => [
              t.referrerContactName
                ? `${t.referrerContactName}, ${t.referrerOrganizationName}`
                : t.referrerOrganizationName,
              t.referredOrganizationName,
              t.overdue ? `${t.dueOn} (overdue)` : t.dueOn,
              t.relationshipManagerName ?? '',
            ]),
            [false, false, false, false],
          ))
            context.log(line);
      } finally {
        await database.close();
      }
    });
  report
    .command('pyramid')
    .description("the firm's time and money per layer of the marketing pyramid in a fiscal year")
    .option('--year <year>', 'fiscal year (default: the one of today)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action(async (options: Options) => {
      const year = options.year === undefined ? undefined : parseYear(options.year);
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const firm = await findFirm(database, options.workspace);
        const today = await firmToday(database.db, firm.workspaceId);
        const pyramid = await marketingPyramid(database.db, firm.workspaceId, { year, today });
        if (options.json) return context.log(JSON.stringify(pyramid, null, 2));
        context.log(`Marketing pyramid ${pyramid.year} (${pyramid.from} – ${pyramid.to})`);
        for (const line of table(
          ['Layer', 'Time', 'Money'],
          pyramid.layers.map((l) => [layerWords[l.layer], hours(l.minutes), euros(l.costCents)]),
          [false, true, true],
        ))
          context.log(line);
        const { advice } = pyramid;
        if (advice.mostSpentOn === null) context.log('Nothing spent in this year yet.');
        else if (advice.bottomHeavy)
          context.log(
            `Against the advice to work from the top down: ${advice.inversions
              .map(
                (i) => `${layerWords[i.lower]} gets more ${i.measure} than ${layerWords[i.higher]}`,
              )
              .join('; ')}.`,
          );
        else context.log('Spent from the top down, as the method advises.');
      } finally {
        await database.close();
      }
    });
}
