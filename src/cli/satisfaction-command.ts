// `klandizie report satisfaction [--year] [--json]`: the evaluations of a fiscal year per category
// and per relationship manager, their scores and intentions, the assignments evaluated and those
// not; in a terminal or as JSON (only JSON on stdout).
import type { Command } from 'commander';
import type { SatisfactionFigures } from '../core/satisfaction/satisfaction-report.ts';
import {
  satisfactionReportOf,
  type SatisfactionReportView,
} from '../features/satisfaction/satisfaction-report.service.ts';
import { firmToday } from '../http/today.ts';
import type { Context } from './context.ts';
import { findFirm, workspaceOption, type Firm } from './find-firm.ts';
import { openMigratedDatabase } from './open.ts';
import { parseYear } from './options.ts';
import { table } from './report-print.ts';

type Options = { year?: string; json?: boolean; workspace?: string };

export function registerSatisfactionReport(report: Command, context: Context): void {
  report
    .command('satisfaction')
    .description(
      'the evaluations of a fiscal year per category and relationship manager, and the response rate',
    )
    .option('--year <year>', 'fiscal year (default: the one of today)')
    .option('--json', 'print JSON instead of tables')
    .option(...workspaceOption)
    .action(async (options: Options) => {
      const fiscalYear = options.year === undefined ? undefined : parseYear(options.year);
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const firm = await findFirm(database, options.workspace);
        const figures = await satisfactionReportOf(database.db, firm.workspaceId, {
          fiscalYear,
          today: await firmToday(database.db, firm.workspaceId),
        });
        if (options.json) context.log(JSON.stringify(figures, null, 2));
        else printSatisfaction(figures, firm, context.log);
      } finally {
        await database.close();
      }
    });
}

const percent = (basisPoints: number | null | undefined) =>
  basisPoints === null || basisPoints === undefined ? '–' : `${basisPoints / 100}%`;
const score = (value: number | null) => (value === null ? '–' : value.toFixed(1));

const header = [
  '',
  'Evaluations',
  'Overall',
  'Recommend',
  'Expand',
  'Continue',
  'Undecided',
  'Leave',
  'Evaluated',
  'Response',
];

function row(name: string, figures: SatisfactionFigures): string[] {
  const share = figures.trustShareBasisPoints;
  return [
    name,
    String(figures.evaluations),
    score(figures.averageOverall),
    score(figures.averageRecommend),
    percent(share?.expand),
    percent(share?.continue),
    percent(share?.undecided),
    percent(share?.leave),
    `${figures.assignmentsEvaluated} of ${figures.assignmentsEnded}`,
    percent(figures.responseRateBasisPoints),
  ];
}

export function printSatisfaction(
  figures: SatisfactionReportView,
  firm: Firm,
  log: Context['log'],
): void {
  log(
    `${firm.name}: satisfaction, fiscal year ${figures.fiscalYear} ` +
      `(${figures.from} – ${figures.to}), judged at ${figures.judgedAt}; norm ${figures.norm}`,
  );
  const right = header.map((_, i) => i > 0);
  const print = (rows: string[][], first: string) => {
    log('');
    for (const line of table([first, ...header.slice(1)], rows, right)) log(line);
  };
  print(
    [
      ...figures.categories.map((group) => row(group.categoryKey ?? 'no category', group)),
      row('Firm', figures.firm),
    ],
    'Category',
  );
  print(
    figures.professionals.map((group) => row(group.name ?? 'no relationship manager', group)),
    'Relationship manager',
  );
  log('');
  if (figures.notEvaluated.length === 0) {
    log('Every assignment that ended in the year is evaluated.');
    return;
  }
  log(`Not evaluated: ${figures.notEvaluated.length}`);
  for (const line of table(
    ['Client', 'Assignment', 'Ended', 'Evaluate by', 'Days overdue'],
    figures.notEvaluated.map((item) => [
      item.organizationName,
      item.title,
      item.endDate,
      item.deadline,
      String(item.daysOverdue),
    ]),
    [false, false, false, false, true],
  ))
    log(line);
}
