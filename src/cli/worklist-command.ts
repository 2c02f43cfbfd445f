// `klandizie worklist --user EMAIL [--json]`: one professional's due and overdue items, most
// valuable client first, in a terminal or as JSON.
import type { Command } from 'commander';
import { and, eq } from 'drizzle-orm';
import { users } from '../db/schema.ts';
import { localeOf, worklistWords } from '../features/calendar/calendar.words.ts';
import { firmToday } from '../http/today.ts';
import { worklistOf, type WorklistEntry } from '../features/worklist/worklist.service.ts';
import type { Context } from './context.ts';
import { findFirm, workspaceOption, type Firm } from './find-firm.ts';
import { openMigratedDatabase } from './open.ts';
import { table } from './report-print.ts';

type Options = { user: string; until?: string; json?: boolean; workspace?: string };

const kindWords: Record<WorklistEntry['kind'], string> = {
  callBack: 'call back',
  proposal: 'send proposal',
  personalContact: 'personal contact',
  plannedActivity: 'planned activity',
  followUp: 'follow up',
  evaluation: 'evaluate assignment',
  improvementPlan: 'improvement plan',
  atRisk: 'client at risk',
  complaint: 'complaint',
  thankAmbassador: 'thank ambassador',
};

export function registerWorklistCommand(program: Command, context: Context): void {
  program
    .command('worklist')
    .description("a professional's due and overdue items, most valuable client first")
    .requiredOption('--user <email>', 'the professional, by e-mail address')
    .option('--until <date>', 'also what falls due up to this day (YYYY-MM-DD)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action(async (options: Options) => {
      const database = await openMigratedDatabase(context.config(), context.status);
      try {
        const firm = await findFirm(database, options.workspace);
        const email = options.user.trim().toLowerCase();
        const [user] = await database.db
          .select({ id: users.id, name: users.name, locale: users.locale })
          .from(users)
          .where(and(eq(users.workspaceId, firm.workspaceId), eq(users.email, email)));
        if (!user) throw new Error(`${firm.name} has no user with the e-mail address ${email}`);
        const list = await worklistOf(
          database.db,
          { workspaceId: firm.workspaceId, userId: user.id },
          { until: options.until, today: await firmToday(database.db, firm.workspaceId) },
        );
        if (options.json) {
          context.log(JSON.stringify(list, null, 2));
          return;
        }
        printWorklist(list.items, user.name, list.until, firm, context.log);
        // what the web shows on an empty worklist, in the professional's own language
        if (list.setUpFirst)
          context.log(worklistWords[localeOf(user.locale)].setUpFirst[list.setUpFirst]);
      } finally {
        await database.close();
      }
    });
}

function printWorklist(
  items: WorklistEntry[],
  name: string,
  until: string,
  firm: Firm,
  log: Context['log'],
) {
  const overdue = items.filter((item) => item.overdue).length;
  const count = `${items.length} item${items.length === 1 ? '' : 's'}`;
  log(`${firm.name}: worklist of ${name} up to ${until}, ${count}, ${overdue} overdue`);
  if (items.length === 0) return;
  const rows = items.map((item) => [
    item.organizationName,
    item.categoryKey ?? '',
    kindWords[item.kind],
    item.label ?? '',
    item.dueDate,
    item.overdue ? worklistWords.en.overdue(item) : 'due',
  ]);
  for (const line of table(['Client', 'Category', 'What', 'About', 'Due', 'Status'], rows, [
    false,
    false,
    false,
    false,
    false,
    true,
  ]))
    log(line);
}
