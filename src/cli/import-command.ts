// `klandizie import revenue FILE`: an export of the accounting package into the firm's revenue,
// with a progress line, the validation report, and a question before anything is written
// (`--yes` answers it: create unknown customers, import the good rows).
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { importRevenueFile } from '../features/import/revenue-file.ts';
import type { RevenueImportReport } from '../features/import/revenue-import.service.ts';
import { openRevenueSource, type SourceOverrides } from '../features/import/revenue-source.ts';
import type { Context } from './context.ts';
import { importFirm, workspaceOption } from './find-firm.ts';
import { registerAssignmentImport } from './import-assignments-command.ts';
import { describeSource, printImportReport } from './import-print.ts';
import { openMigratedDatabase } from './open.ts';
import { parseMapping, parseRows } from './options.ts';

type Options = {
  yes?: boolean;
  dryRun?: boolean;
  mapping?: string;
  sheet?: string;
  skipRows?: string;
  firm?: string;
  workspace?: string;
};

export function registerImportCommands(program: Command, context: Context): void {
  const imports = program.command('import').description('import data from other systems');
  imports
    .command('revenue <file>')
    .description(
      'revenue lines from a CSV or XLSX export, or an XML Auditfile Financieel (XAF); ' +
        're-importing never doubles revenue',
    )
    .option('--yes', 'answer yes: create unknown customers as clients, import the good rows')
    .option('--dry-run', 'check the file and report; write nothing')
    .option(
      '--mapping <json|file>',
      'columns as JSON, field → header or column number: {"customerName":"Klant","invoiceDate":2,"amount":"Bedrag"}',
    )
    .option('--sheet <name>', 'XLSX: the sheet to read (default: the first)')
    .option('--skip-rows <rows>', 'row numbers to leave out, such as 3,4,120')
    .option('--firm <name>', 'the firm’s name when the import creates it (a fresh database)')
    .option(...workspaceOption)
    .action((file: string, options: Options) => importRevenueCommand(context, file, options));
  registerAssignmentImport(imports, context);
}

async function importRevenueCommand(context: Context, file: string, options: Options) {
  const overrides: SourceOverrides = {
    ...(options.sheet ? { sheetName: options.sheet } : {}),
    ...(options.mapping ? { mapping: parseMapping(options.mapping) } : {}),
    ...(options.skipRows ? { skipRows: parseRows(options.skipRows) } : {}),
  };
  const database = await openMigratedDatabase(context.config(), context.status);
  try {
    const peek = await openRevenueSource(file, overrides);
    await peek.close();
    // the firm is made only when something is written; a check runs against no organisations
    const target = await importFirm(database, options.workspace);
    let workspaceId = target.workspaceId;
    let described = false;
    const run = async (dryRun: boolean, answers: Answers) => {
      try {
        // a file reads once: every run opens it again
        const { report } = await importRevenueFile(database, file, {
          workspaceId,
          userId: null,
          sourceName: basename(file),
          unknownCustomers: answers.createCustomers ? 'create' : 'refuse',
          withProblems: answers.goodRows ? 'import-good-rows' : 'import-nothing',
          dryRun,
          onProgress: progress,
          overrides,
          onOpened: (source) => {
            if (!described) describeSource(source, context.log);
            described = true;
          },
        });
        return report;
      } finally {
        clearProgress();
      }
    };

    let answers: Answers = { createCustomers: true, goodRows: true };
    if (options.dryRun || !options.yes) {
      const check = await run(true, answers);
      printImportReport(check, context.log, { checking: true });
      if (options.dryRun) return;
      answers = await ask(check);
      if (!answers.go) {
        context.log('Nothing was imported.');
        return;
      }
    }
    const firm = await target.forWriting(options.firm ?? peek.firmName ?? 'Mijn kantoor');
    if (firm.created) context.log('Created the firm; start the app to give it an owner.');
    workspaceId = firm.workspaceId;
    const report = await run(false, answers);
    printImportReport(report, context.log, { checking: false });
    if (!report.written) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

type Answers = { createCustomers: boolean; goodRows: boolean; go?: boolean };

async function ask(check: RevenueImportReport): Promise<Answers> {
  if (!process.stdin.isTTY) {
    throw new Error('nothing was imported: confirm with --yes to import without questions');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const yes = async (question: string) =>
      /^(y|yes|j|ja)$/i.test((await rl.question(`${question} [y/N] `)).trim());
    const createCustomers =
      check.customers.createdCount === 0 ||
      (await yes(`Create ${check.customers.createdCount} unknown customers as clients?`));
    const goodRows =
      check.rowsRefused === 0 ||
      (await yes(`Import the good rows and leave out ${check.rowsRefused}?`));
    const go = await yes('Import now?');
    return { createCustomers, goodRows, go };
  } finally {
    rl.close();
  }
}

function progress(rows: number) {
  if (process.stderr.isTTY) process.stderr.write(`\rRead ${rows.toLocaleString('en')} rows…`);
}

function clearProgress() {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}
