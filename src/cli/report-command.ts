// `klandizie report portfolio|bridge` (and categories, compliance, satisfaction, risk, ambassadors, pyramid): the figures the web shows, in a terminal or as JSON.
import type { Command } from 'commander';
import { firmToday } from '../http/today.ts';
import type { Database } from '../db/connection.ts';
import {
  bridgeReport,
  portfolioReport,
  portfolioYearsOf,
} from '../features/portfolio/portfolio.service.ts';
import type { Context } from './context.ts';
import { findFirm, workspaceOption, type Firm } from './find-firm.ts';
import { openMigratedDatabase } from './open.ts';
import { parseYear } from './options.ts';
import { registerCategoryReport } from './categories-command.ts';
import { registerComplianceReport } from './compliance-command.ts';
import { registerRiskReport } from './risk-command.ts';
import { registerAmbassadorReports } from './ambassadors-command.ts';
import { printBridge, printPortfolio } from './report-print.ts';
import { registerSatisfactionReport } from './satisfaction-command.ts';

type Options = { year?: string; json?: boolean; workspace?: string };

export function registerReportCommands(program: Command, context: Context): void {
  const report = program.command('report').description('print the firm’s figures');
  report
    .command('portfolio')
    .description('the client base of a fiscal year: revenue, shares, Pareto, concentration, ABC')
    .option('--year <year>', 'fiscal year (default: the latest with revenue)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action((options: Options) =>
      withFirm(context, options, async (database, firm, year) => {
        const today = await firmToday(database.db, firm.workspaceId);
        const figures = await portfolioReport(database.db, firm.workspaceId, year, today);
        if (options.json) context.log(JSON.stringify(figures, null, 2));
        else printPortfolio(figures, firm, context.log);
      }),
    );
  report
    .command('bridge')
    .description('the revenue bridge of a fiscal year against the year before')
    .option('--year <year>', 'fiscal year (default: the latest with revenue)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action((options: Options) =>
      withFirm(context, options, async (database, firm, year) => {
        const figures = await bridgeReport(database.db, firm.workspaceId, year);
        if (options.json) context.log(JSON.stringify(figures, null, 2));
        else printBridge(figures, firm, context.log);
      }),
    );
  registerCategoryReport(report, context);
  registerComplianceReport(report, context);
  registerSatisfactionReport(report, context);
  registerRiskReport(report, context);
  registerAmbassadorReports(report, context);
}

async function withFirm(
  context: Context,
  options: Options,
  run: (database: Database, firm: Firm, year: number) => Promise<void>,
) {
  const year = options.year === undefined ? undefined : parseYear(options.year);
  const database = await openMigratedDatabase(context.config(), context.status);
  try {
    const firm = await findFirm(database, options.workspace);
    const years = await portfolioYearsOf(database.db, firm.workspaceId);
    const chosen = year ?? years.at(-1);
    if (chosen === undefined) throw new Error(`${firm.name} has no revenue yet`);
    await run(database, firm, chosen);
  } finally {
    await database.close();
  }
}
