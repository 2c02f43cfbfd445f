// What an import found and did, as a user reads it in a terminal.
import type { RevenueImportReport } from '../features/import/revenue-import.service.ts';
import type { RevenueSource } from '../features/import/revenue-source.ts';

type Log = (message: string) => void;

const count = (n: number) => n.toLocaleString('en');
const euros = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export function describeSource(source: RevenueSource, log: Log): void {
  if (!source.table) {
    log(`Reading an XML Auditfile Financieel: the sales journals' revenue, net of VAT.`);
    return;
  }
  const { headers, choices, mappingFrom } = source.table;
  const how = {
    given: 'as given',
    remembered: 'as remembered for this source',
    proposed: 'proposed from the headers',
  }[mappingFrom];
  log(
    `Reading a ${source.format.toUpperCase()} file, header on row ${choices.headerRowNumber}; columns ${how}:`,
  );
  for (const [field, column] of Object.entries(choices.mapping).sort((a, b) => a[1] - b[1])) {
    log(`  ${field.padEnd(14)} ← column ${column + 1} "${headers[column] ?? ''}"`);
  }
  log(
    `Amounts with decimal ${choices.decimalSeparator === ',' ? 'comma' : choices.decimalSeparator === '.' ? 'point' : 'separator not yet seen'}, ` +
      `dates ${choices.dateOrder === 'dmy' ? 'day-month-year' : choices.dateOrder === 'mdy' ? 'month-day-year' : 'year-month-day'}.`,
  );
}

export function printImportReport(
  report: RevenueImportReport,
  log: Log,
  { checking }: { checking: boolean },
): void {
  log(
    checking
      ? 'Checked, nothing written yet:'
      : report.written
        ? 'Imported:'
        : 'Nothing was imported:',
  );
  log(`  ${count(report.rowsRead)} rows read, ${count(report.linesRead)} revenue lines`);
  const m = report.customers.matched;
  log(
    `  customers: ${count(m.byCode)} known by code, ${count(m.byKvk)} by KvK number, ${count(m.byName)} by name; ` +
      `${count(report.customers.createdCount)} ${checking ? 'to create' : 'created'} as clients`,
  );
  for (const customer of report.customers.unknown.slice(0, 20)) {
    const name = customer.name ?? customer.code ?? customer.kvkNumber ?? '?';
    const why =
      customer.reason === 'ambiguous' ? 'more than one organisation has this name' : 'not known';
    log(`  ! ${name}: ${why} (${count(customer.lines)} lines left out)`);
  }
  if (report.customers.unknown.length > 20)
    log(`  ! … and ${count(report.customers.unknown.length - 20)} more customers`);
  if (report.rowsSkipped > 0) log(`  ${count(report.rowsSkipped)} totals rows skipped`);
  if (report.rowsRefused > 0) log(`  ${count(report.rowsRefused)} rows with problems, left out:`);
  const problems = report.problems.filter((problem) => !problem.skipped);
  for (const problem of problems.slice(0, 20)) {
    const field = problem.field ? ` (${problem.field})` : '';
    log(`    row ${problem.rowNumber}${field}: ${problem.reason}`);
  }
  if (problems.length > 20) log(`    … and ${count(report.rowsRefused - 20)} more`);
  if (checking) {
    log(
      `  ${count(report.linesToWrite)} lines to write (${euros(report.revenueToWriteCents)}), ` +
        `${count(report.linesAlreadyPresent)} already there`,
    );
  }
  if (!checking && report.written) {
    log(
      `  ${count(report.linesWritten)} lines written (${euros(report.revenueWrittenCents)}), ` +
        `${count(report.linesAlreadyPresent)} already there`,
    );
  }
  if (report.paymentsUpdated > 0) {
    const updated = checking ? 'to update' : 'updated';
    log(`  ${count(report.paymentsUpdated)} lines imported before: payment ${updated}`);
  }
}
