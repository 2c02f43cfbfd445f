// `klandizie report compliance [--year] [--json]`: is the service concept delivered? Per category
// and per professional, and the clients that fall short, in a terminal or as JSON.
import type { Command } from 'commander';
import { firmToday } from '../http/today.ts';
import type { ComplianceShortfall } from '../core/servicing/client-compliance.ts';
import type { ComplianceRollup } from '../core/servicing/compliance-rollup.ts';
import type { ComplianceSummary } from '../core/servicing/compliance-summary.ts';
import {
  complianceReport,
  type ComplianceReport,
} from '../features/compliance/compliance.service.ts';
import type { Context } from './context.ts';
import { findFirm, workspaceOption, type Firm } from './find-firm.ts';
import { openMigratedDatabase } from './open.ts';
import { parseYear } from './options.ts';
import { table } from './report-print.ts';

type Options = { year?: string; limit?: string; json?: boolean; workspace?: string };

export function registerComplianceReport(report: Command, context: Context): void {
  report
    .command('compliance')
    .description(
      'is the service concept delivered? per category and professional, and who falls short',
    )
    .option('--year <year>', 'fiscal year (default: the one of today)')
    .option('--limit <n>', 'at most this many clients that fall short (default 25)')
    .option('--json', 'print JSON instead of tables')
    .option(...workspaceOption)
    .action(async (options: Options) => {
      const fiscalYear = options.year === undefined ? undefined : parseYear(options.year);
      const limit = options.limit === undefined ? 25 : parseLimit(options.limit);
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const firm = await findFirm(database, options.workspace);
        const figures = await complianceReport(database.db, firm.workspaceId, {
          fiscalYear,
          limit,
          today: await firmToday(database.db, firm.workspaceId),
        });
        if (options.json) context.log(JSON.stringify(figures, null, 2));
        else printCompliance(figures, firm, context.log);
      } finally {
        await database.close();
      }
    });
}

function parseLimit(value: string): number {
  const limit = Number(value.trim());
  if (!Number.isInteger(limit) || limit < 0 || limit > 1000)
    throw new Error(`--limit must be a whole number from 0 to 1000, not "${value}"`);
  return limit;
}

const share = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.floor((part * 1000) / whole) / 10}%`;

const withinNorm = (summary: ComplianceSummary) =>
  summary.withinNormBasisPoints === null
    ? '–'
    : `${summary.withinNormBasisPoints / 100}% of ${summary.judged}`;

const averageDays = (summary: ComplianceSummary) =>
  summary.averageWorkingDaysHundredths === null
    ? '–'
    : (summary.averageWorkingDaysHundredths / 100).toFixed(2);

const header = [
  '',
  'Clients',
  'Delivered',
  'Contact overdue',
  'Contacts on track',
  'Call-backs in norm',
  'Proposals in norm',
  'Avg days',
  'Duties done',
  'Second professional',
];

function row(name: string, figures: ComplianceRollup): string[] {
  return [
    name,
    String(figures.clients),
    share(figures.delivered, figures.clients),
    `${figures.contactOverdue} of ${figures.withInterval}`,
    `${figures.contactsOnTrack} of ${figures.withMinimum}`,
    withinNorm(figures.callBacks),
    withinNorm(figures.proposals),
    averageDays(figures.proposals),
    `${figures.dutiesDone} of ${figures.dutiesRequired}`,
    `${figures.assignmentsCovered} of ${figures.assignmentsRunning}`,
  ];
}

const dutyWords = {
  revenueForecast: 'revenue forecast',
  evaluationConversation: 'evaluation conversation',
  accountPlan: 'account plan',
  mailing: 'mailing',
  giftOrGreeting: "gift or New Year's greeting",
} as const;

function shortfallWords(shortfall: ComplianceShortfall): string {
  switch (shortfall.code) {
    case 'contactOverdue':
      return `contact ${shortfall.daysOverdue} days overdue`;
    case 'tooFewContacts':
      return `${shortfall.count} of ${shortfall.expected} contacts`;
    case 'callBacksLate':
      return `${shortfall.count} call-backs late`;
    case 'proposalsLate':
      return `${shortfall.count} proposals late`;
    case 'dutyMissed':
      return `no ${dutyWords[shortfall.duty]}`;
    case 'secondProfessionalMissing':
      return `${shortfall.count} assignments without a second professional`;
    case 'evaluationsMissed':
      return `${shortfall.count} assignments not evaluated within 30 days`;
    case 'complaintsAcknowledgedLate':
      return `${shortfall.count} complaints not acknowledged in time`;
    case 'complaintsSolvedLate':
      return `${shortfall.count} complaints not solved in time`;
  }
}

export function printCompliance(figures: ComplianceReport, firm: Firm, log: Context['log']) {
  log(
    `${firm.name}: compliance with the service concepts, fiscal year ${figures.fiscalYear} ` +
      `(${figures.from} – ${figures.to}), judged at ${figures.judgedAt}`,
  );
  const right = header.map((_, i) => i > 0);
  const print = (rows: string[][], first: string) => {
    for (const line of table([first, ...header.slice(1)], rows, right)) log(line);
  };
  log('');
  print(
    [
      ...figures.categories.map((c) => row(c.categoryKey ?? 'no category', c)),
      row('Firm', figures.firm),
    ],
    'Category',
  );
  if (figures.professionals.length > 0) {
    log('');
    print(
      figures.professionals.map((p) => row(p.name, p)),
      'Professional',
    );
  }
  log('');
  log(
    `${figures.shortfallClientCount} client${figures.shortfallClientCount === 1 ? '' : 's'} ` +
      'falling short' +
      (figures.shortfallClients.length < figures.shortfallClientCount
        ? `, the ${figures.shortfallClients.length} most valuable:`
        : figures.shortfallClientCount > 0
          ? ':'
          : ''),
  );
  if (figures.shortfallClients.length === 0) return;
  const rows = figures.shortfallClients.map((client) => [
    client.name,
    client.categoryKey ?? '',
    client.lastPersonalContact ?? 'never',
    client.shortfalls.map(shortfallWords).join('; '),
  ]);
  for (const line of table(['Client', 'Category', 'Last contact', 'Short of'], rows, [
    false,
    false,
    false,
    false,
  ]))
    log(line);
}
