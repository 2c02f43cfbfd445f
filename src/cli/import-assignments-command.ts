// `klandizie import assignments FILE`: the firm's assignments (opdrachten) from a CSV or XLSX
// export, checked first; `--yes` creates unknown clients and imports the good rows.
import { basename } from 'node:path';
import type { Command } from 'commander';
import { importAssignmentFile } from '../features/import/assignment-file.ts';
import type { AssignmentImportReport } from '../features/import/assignment-import.service.ts';
import type { Context } from './context.ts';
import { importFirm, workspaceOption } from './find-firm.ts';
import { parseMapping, parseRows } from './options.ts';
import { openMigratedDatabase } from './open.ts';

type Options = {
  yes?: boolean;
  dryRun?: boolean;
  mapping?: string;
  sheet?: string;
  skipRows?: string;
  firm?: string;
  workspace?: string;
};

export function registerAssignmentImport(imports: Command, context: Context): void {
  imports
    .command('assignments <file>')
    .description(
      'assignments (opdrachten) from a CSV or XLSX export; re-importing never doubles them',
    )
    .option('--yes', 'import: create unknown clients, import the good rows')
    .option('--dry-run', 'check the file and report; write nothing')
    .option('--mapping <json|file>', 'columns as JSON, field → header or column number')
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first)')
    .option('--skip-rows <rows>', 'row numbers to leave out, such as 3,4,120')
    .option('--firm <name>', 'the firm’s name when the import creates it (a fresh database)')
    .option(...workspaceOption)
    .action((file: string, options: Options) => run(context, file, options));
}

async function run(context: Context, file: string, options: Options) {
  const overrides = {
    ...(options.sheet ? { sheetName: options.sheet } : {}),
    ...(options.mapping ? { mapping: parseMapping(options.mapping) } : {}),
    ...(options.skipRows ? { skipRows: parseRows(options.skipRows) } : {}),
  };
  const database = await openMigratedDatabase(context.config(), context.status);
  try {
    const write = Boolean(options.yes) && !options.dryRun;
    const target = await importFirm(database, options.workspace);
    const firm = write
      ? await target.forWriting(options.firm ?? 'Mijn kantoor')
      : { workspaceId: target.workspaceId, created: false };
    if (firm.created) context.log('Created the firm; start the app to give it an owner.');
    const { report } = await importAssignmentFile(database, file, {
      workspaceId: firm.workspaceId,
      userId: null,
      sourceName: basename(file),
      unknownCustomers: 'create',
      withProblems: 'import-good-rows',
      dryRun: !write,
      overrides,
      onOpened: (source) => {
        const columns = Object.entries(source.mapping)
          .sort((a, b) => a[1] - b[1])
          .map(([field, column]) => `${field} ← "${source.headers[column] ?? column + 1}"`);
        context.log(
          `Reading a ${source.format.toUpperCase()} file, header on row ${source.headerRowNumber}: ${columns.join(', ')}`,
        );
      },
    });
    print(report, context.log, write);
    if (!write && !options.dryRun) {
      context.log('Nothing was imported: run again with --yes to import.');
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

function print(report: AssignmentImportReport, log: (message: string) => void, written: boolean) {
  const n = (value: number) => value.toLocaleString('en');
  log(written ? 'Imported:' : 'Checked, nothing written yet:');
  log(`  ${n(report.rowsRead)} rows read, ${n(report.assignmentsRead)} assignments`);
  log(`  ${n(report.customers.createdCount)} clients ${written ? 'created' : 'to create'}`);
  if (report.rowsSkipped > 0) log(`  ${n(report.rowsSkipped)} totals rows skipped`);
  if (report.rowsRefused > 0) log(`  ${n(report.rowsRefused)} rows with problems, left out:`);
  for (const problem of report.problems.filter((p) => !p.skipped).slice(0, 20)) {
    log(
      `    row ${problem.rowNumber}${problem.field ? ` (${problem.field})` : ''}: ${problem.reason}`,
    );
  }
  if (report.professionalsUnknown.length > 0) {
    log(
      `  not a user of the firm, left without professional: ${report.professionalsUnknown.slice(0, 10).join(', ')}`,
    );
  }
  if (written) {
    log(
      `  ${n(report.assignmentsWritten)} assignments written, ${n(report.assignmentsAlreadyPresent)} already there`,
    );
  }
}
