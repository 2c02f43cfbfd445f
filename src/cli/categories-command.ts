// `klandizie report categories` and `klandizie classify --preview|--commit`: every client's score,
// grade, category and why, the moves a commit would make, and the commit itself, in a terminal or
// as JSON.
import type { Command } from 'commander';
import type { GradeBound } from '../core/choosing/index.ts';
import type { Database } from '../db/connection.ts';
import { systemClock } from '../http/today.ts';
import {
  commitClassification,
  previewClassification,
  scoringMatrix,
  type MatrixReport,
} from '../features/choosing/classification.service.ts';
import { listSchemes, type SchemeView } from '../features/choosing/schemes.service.ts';
import type { Context } from './context.ts';
import { openMigratedDatabase } from './open.ts';
import { table } from './report-print.ts';
import { findFirm, workspaceOption, type Firm } from './find-firm.ts';

type Options = {
  scheme?: string;
  json?: boolean;
  workspace?: string;
  preview?: boolean;
  commit?: boolean;
  note?: string;
  acceptMissingScoreDemotions?: boolean;
};

export function registerCategoryReport(report: Command, context: Context): void {
  report
    .command('categories')
    .description("every client's score, grade and category, and the reason")
    .option('--scheme <name>', 'the scheme by name or preset (default: the primary one)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action((options: Options) =>
      withScheme(context, options, async (database, firm, scheme) => {
        const matrix = await scoringMatrix(database.db, firm.workspaceId, { schemeId: scheme.id });
        const rows = categoryRows(matrix);
        if (options.json)
          context.log(JSON.stringify({ scheme, year: matrix.year, clients: rows }, null, 2));
        else printCategories(rows, scheme, firm, context.log);
      }),
    );
}

export function registerClassifyCommand(program: Command, context: Context): void {
  program
    .command('classify')
    .description(
      'classify the clients by the scheme; --preview shows who would move, --commit stores it',
    )
    .option('--preview', 'show the moves a commit would make, and change nothing')
    .option('--commit', 'store the classification with today’s scores, weights and boundaries')
    .option('--note <text>', 'why the firm classifies now (with --commit)')
    .option(
      '--accept-missing-score-demotions',
      'commit even when clients move down only because scores are missing (with --commit)',
    )
    .option('--scheme <name>', 'the scheme by name or preset (default: the primary one)')
    .option('--json', 'print JSON instead of a table')
    .option(...workspaceOption)
    .action((options: Options) =>
      withScheme(context, options, async (database, firm, scheme) => {
        if (options.preview === options.commit)
          throw new Error('say --preview to see the moves, or --commit to store them');
        if (options.note !== undefined && !options.commit)
          throw new Error('--note goes with --commit');
        if (options.acceptMissingScoreDemotions && !options.commit)
          throw new Error('--accept-missing-score-demotions goes with --commit');
        if (options.commit) {
          const note = options.note?.trim() || null;
          if (note !== null && note.length > 2000)
            throw new Error('--note: at most 2,000 characters');
          const committed = await commitClassification(
            database.db,
            { workspaceId: firm.workspaceId, userId: undefined },
            scheme.id,
            { note, acceptDemotionsFromMissingScores: options.acceptMissingScoreDemotions },
            systemClock(),
          );
          if (options.json) context.log(JSON.stringify(committed, null, 2));
          else
            context.log(
              `${firm.name}: ${scheme.name} classified, ${committed.clientCount} clients, ` +
                `${committed.moved} moved`,
            );
          return;
        }
        const preview = (
          await previewClassification(database.db, firm.workspaceId, scheme.id, {}, 100_000)
        ).report;
        if (options.json) {
          context.log(JSON.stringify(preview, null, 2));
          return;
        }
        context.log(`${firm.name}: ${scheme.name}, ${preview.clients} clients`);
        context.log(`${preview.moved} would move, ${preview.unchanged} stay`);
        if (preview.notFullyScored > 0)
          context.log(
            `${preview.notFullyScored} not fully scored: their missing scores are left out`,
          );
        if (preview.downFromMissingScores > 0)
          context.log(
            `${preview.downFromMissingScores} would move down only because scores are missing ` +
              '(score them, or commit with --accept-missing-score-demotions)',
          );
        for (const count of preview.counts)
          if (count.from !== count.to)
            context.log(`  ${count.from ?? '—'} → ${count.to ?? '—'}: ${count.clients}`);
        for (const move of preview.moves)
          context.log(
            `${move.name}: ${move.from ?? '—'} → ${move.to ?? '—'} (${move.direction}` +
              `${move.downFromMissingScores ? ', from missing scores' : ''})`,
          );
      }),
    );
}

export type CategoryRow = {
  id: string;
  name: string;
  total: number;
  maximum: number;
  grade: number;
  category: string | null;
  reason: string;
};

/** Each client with the reason for its category in words. */
export function categoryRows(matrix: MatrixReport): CategoryRow[] {
  const { scheme } = matrix;
  return matrix.clients.map((client) => ({
    id: client.id,
    name: client.name,
    total: client.total,
    maximum: client.maximum,
    grade: client.grade,
    category: client.category,
    reason: reasonOf(client, scheme),
  }));
}

function reasonOf(client: MatrixReport['clients'][number], scheme: SchemeView): string {
  if (client.overridden) return `set by hand: ${client.overrideReason ?? ''}`;
  if (client.computedCategory === null) return 'not scored';
  const because = placedBy(client, scheme);
  const missing = client.unscoredCriteria;
  return missing === 0
    ? because
    : `${because} (not fully scored: ${missing} ${missing === 1 ? 'criterion' : 'criteria'} left out)`;
}

function placedBy(client: MatrixReport['clients'][number], scheme: SchemeView): string {
  const index = scheme.categories.findIndex((c) => c.key === client.computedCategory);
  const category = scheme.categories[index];
  if (!category) return '';
  if (scheme.method.kind === 'weightedGrade') {
    const above = scheme.categories[index - 1];
    const passed = index === scheme.categories.length - 1 ? null : boundText(category.lowerBound);
    const missed = above ? `, not ${boundText(above.lowerBound)}` : '';
    return passed === null
      ? `grade ${client.grade.toFixed(1)}${missed}`
      : `grade ${client.grade.toFixed(1)} is ${passed}${missed}`;
  }
  return index === scheme.categories.length - 1
    ? 'meets the minimums of no higher category'
    : `meets the minimums of ${category.key}`;
}

function boundText(bound: GradeBound): string {
  return `${bound.inclusive ? 'at least' : 'above'} ${(bound.tenths / 10).toFixed(1)}`;
}

function printCategories(rows: CategoryRow[], scheme: SchemeView, firm: Firm, log: Context['log']) {
  const locale = firm.locale === 'en' ? 'en-GB' : 'nl-NL';
  const grade = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  log(`${firm.name}: ${scheme.name} (${scheme.method.kind}), ${rows.length} clients`);
  const header = ['Client', 'Score', 'Grade', 'Category', 'Reason'];
  const cells = rows.map((row) => [
    row.name,
    `${row.total}/${row.maximum}`,
    row.category === null ? '' : grade.format(row.grade),
    row.category ?? '—',
    row.reason,
  ]);
  for (const line of table(header, cells, [false, true, true, false, false])) log(line);
}

async function withScheme(
  context: Context,
  options: Options,
  run: (database: Database, firm: Firm, scheme: SchemeView) => Promise<void>,
) {
  const database = await openMigratedDatabase(context.config(), context.status);
  try {
    const firm = await findFirm(database, options.workspace);
    const schemes = await listSchemes(database.db, firm.workspaceId);
    const wanted = options.scheme?.trim().toLowerCase();
    const scheme = wanted
      ? schemes.find((s) => s.name.toLowerCase() === wanted || s.preset?.toLowerCase() === wanted)
      : schemes.find((s) => s.isPrimary);
    if (!scheme)
      throw new Error(
        `no scheme is named "${options.scheme}"; the firm has ${schemes.map((s) => s.name).join(', ')}`,
      );
    await run(database, firm, scheme);
  } finally {
    await database.close();
  }
}
