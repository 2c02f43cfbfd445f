// `klandizie report risk [--json]`: the clients at risk, the highest priority first, with every
// signal in words, the same words and order as the web's at-risk page and the API.
import type { Command } from 'commander';
import { firmToday } from '../http/today.ts';
import { atRiskList } from '../features/early-warning/early-warning.service.ts';
import type { Context } from './context.ts';
import { findFirm, workspaceOption } from './find-firm.ts';
import { openMigratedDatabase } from './open.ts';
import { table } from './report-print.ts';

type Options = { limit?: string; json?: boolean; workspace?: string };

export function registerRiskReport(report: Command, context: Context): void {
  report
    .command('risk')
    .description('early warning: the clients at risk, most valuable first, with their signals')
    .option('--limit <n>', 'at most this many clients (default 25)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action(async (options: Options) => {
      const limit = options.limit === undefined ? 25 : parseLimit(options.limit);
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const firm = await findFirm(database, options.workspace);
        const today = await firmToday(database.db, firm.workspaceId);
        const figures = await atRiskList(database.db, firm.workspaceId, {
          today,
          limit,
          offset: 0,
        });
        if (options.json) {
          context.log(JSON.stringify(figures, null, 2));
          return;
        }
        context.log(
          `${firm.name}: ${figures.total} client${figures.total === 1 ? '' : 's'} at risk on ${today}` +
            (figures.clients.length < figures.total
              ? `, the ${figures.clients.length} most urgent:`
              : figures.total > 0
                ? ':'
                : ''),
        );
        if (figures.clients.length === 0) return;
        const rows = figures.clients.map((client) => [
          client.name,
          client.categoryKey ?? '',
          String(client.risk),
          String(client.priority),
          client.signals
            .filter((signal) => signal.dismissal === null)
            .map((signal) => signal.text.en)
            .join('; '),
          client.suggestedAction
            ? `${client.suggestedAction.p}: ${client.suggestedAction.words.en}`
            : '',
        ]);
        context.log('');
        for (const line of table(
          ['Client', 'Category', 'Risk', 'Priority', 'Signals', 'Suggested action'],
          rows,
          [false, false, true, true, false, false],
        ))
          context.log(line);
      } finally {
        await database.close();
      }
    });
}

function parseLimit(value: string): number {
  const limit = Number(value.trim());
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new Error(`--limit must be a whole number from 1 to 1000, not "${value}"`);
  return limit;
}
