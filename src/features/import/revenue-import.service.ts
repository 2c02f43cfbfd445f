// Imports revenue lines in one transaction: stage every line, match the customers to
// organisations (creating the unknown ones when asked), write the lines that are not there yet,
// rebuild the yearly figures, record the import. A crash anywhere leaves the database as it was.
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { RevenueLineCandidate, RowProblem } from '../../core/import/revenue-line.ts';
import type { Database } from '../../db/connection.ts';
import * as schema from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { refreshClientYears } from '../portfolio/client-years.service.ts';
import { matchStagedCustomers, type CustomerOutcome } from './import-customers.ts';
import { stageRevenueLines } from './revenue-staging.ts';

export type RevenueImportOptions = {
  workspaceId: string;
  userId: string | null;
  sourceName: string;
  format: 'csv' | 'xlsx' | 'xaf';
  /** Unknown customers become clients, or their lines are refused and listed. */
  unknownCustomers: 'create' | 'refuse';
  /** With refused rows: write the good ones, or nothing at all. */
  withProblems: 'import-good-rows' | 'import-nothing';
  /** Check and report only; nothing is written. */
  dryRun?: boolean;
  /** Stop when a new client would have no name (tables; see NamelessClients). */
  namesRequired?: boolean;
  onProgress?: (rowsRead: number) => void;
};

export type RevenueImportReport = {
  importId: string | null;
  written: boolean;
  rowsRead: number;
  linesRead: number;
  linesWritten: number;
  linesAlreadyPresent: number;
  rowsRefused: number;
  /** Rows left out on purpose, such as totals; they are among `problems` with `skipped`. */
  rowsSkipped: number;
  problems: RowProblem[];
  customers: CustomerOutcome;
  revenueWrittenCents: number;
  /** Lines not there yet whose customer is known or created, and their revenue: what the
   *  import writes. Known before anything is written, so a check shows them too. */
  linesToWrite: number;
  revenueToWriteCents: number;
  /**
   * Lines written before whose due or paid date this export changes (a later export with the
   * payments filled in): updated, not written again.
   */
  paymentsUpdated: number;
};

export async function importRevenue(
  database: Pick<Database, 'pool'>,
  source: AsyncIterable<RevenueLineCandidate | RowProblem>,
  options: RevenueImportOptions,
): Promise<RevenueImportReport> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    // a check is rolled back, and on a fresh database it runs for a firm not made yet
    // (importFirm): what it writes is never kept, so it is never checked against the keys
    if (options.dryRun) await client.query('set constraints all deferred');
    // one import per firm at a time: two would race on the customers they create
    await client.query('select pg_advisory_xact_lock(4242003, hashtext($1))', [
      options.workspaceId,
    ]);
    const staged = await stageRevenueLines(client, source, options.onProgress);
    await client.query('analyze import_lines');
    const customers = await matchStagedCustomers(client, options, staged.customers);
    const report: RevenueImportReport = {
      importId: null,
      written: false,
      rowsRead: staged.rowsRead,
      linesRead: staged.lines,
      linesWritten: 0,
      linesAlreadyPresent: 0,
      rowsRefused: staged.problemCount + customers.unknownLines,
      rowsSkipped: staged.skippedCount,
      problems: staged.problems.sort((a, b) => a.rowNumber - b.rowNumber),
      customers,
      revenueWrittenCents: 0,
      linesToWrite: 0,
      revenueToWriteCents: 0,
      paymentsUpdated: 0,
    };
    const refuseAll = report.rowsRefused > 0 && options.withProblems === 'import-nothing';
    if (options.dryRun || refuseAll) {
      const toWrite = await linesToWrite(client, options.workspaceId);
      report.linesToWrite = toWrite.lines;
      report.revenueToWriteCents = toWrite.cents;
      report.linesAlreadyPresent = staged.lines - customers.unknownLines - toWrite.lines;
      report.paymentsUpdated = await changedPayments(client, options.workspaceId, 'count');
      await client.query('rollback');
      return report;
    }
    const importId = newId();
    // the import's own row is written last, when its counts are known: checked at commit
    await client.query('set constraints revenue_lines_import_id_fk deferred');
    report.paymentsUpdated = await changedPayments(client, options.workspaceId, 'update');
    const written = await writeLines(client, options.workspaceId, importId);
    report.importId = importId;
    report.written = true;
    report.linesWritten = written.lines;
    report.revenueWrittenCents = written.cents;
    report.linesToWrite = written.lines;
    report.revenueToWriteCents = written.cents;
    report.linesAlreadyPresent = staged.lines - customers.unknownLines - written.lines;
    await recordImport(client, options, report);
    await client.query('commit');
    return report;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function writeLines(client: pg.PoolClient, workspaceId: string, importId: string) {
  const result = await client.query<{ lines: string; cents: string | null }>(
    `with written as (
       insert into revenue_lines (workspace_id, id, organization_id, invoice_date, amount_cents,
         invoice_number, service_line, hours, cost_cents, due_on, paid_on, payment_tracked,
         import_id, fingerprint)
       select $1, gen_random_uuid(), m.organization_id, l.invoice_date, l.amount_cents,
         l.invoice_number, l.service_line, l.hours, l.cost_cents, l.due_date, l.paid_date,
         l.payment_tracked, $2, l.fingerprint
       from import_lines l join import_customers m using (customer_key)
       on conflict (workspace_id, fingerprint) do nothing
       returning amount_cents)
     select count(*)::text as lines, sum(amount_cents)::text as cents from written`,
    [workspaceId, importId],
  );
  const row = result.rows[0];
  return { lines: Number(row?.lines ?? 0), cents: Number(row?.cents ?? 0) };
}

/**
 * The lines already there whose payment this export states differently: the newest export says
 * when an invoice fell due and was paid (or that it is open again). Run before the new lines are
 * written, so it only meets lines of earlier imports. 'count' only counts them.
 */
async function changedPayments(
  client: pg.PoolClient,
  workspaceId: string,
  mode: 'count' | 'update',
): Promise<number> {
  const changed = `
      from import_lines l join import_customers m using (customer_key)
     where r.workspace_id = $1 and r.fingerprint = l.fingerprint and l.payment_tracked
       and (not r.payment_tracked or r.paid_on is distinct from l.paid_date
            or (l.due_date is not null and r.due_on is distinct from l.due_date))`;
  const result =
    mode === 'count'
      ? await client.query<{ lines: string }>(
          `select count(*)::text as lines from revenue_lines r where exists (select ${changed})`,
          [workspaceId],
        )
      : await client.query<{ lines: string }>(
          `with changed as (
             update revenue_lines r
                set paid_on = l.paid_date, due_on = coalesce(l.due_date, r.due_on),
                    payment_tracked = true
               ${changed}
             returning 1)
           select count(*)::text as lines from changed`,
          [workspaceId],
        );
  return Number(result.rows[0]?.lines ?? 0);
}

/** What writeLines would write, without writing it. */
async function linesToWrite(client: pg.PoolClient, workspaceId: string) {
  const result = await client.query<{ lines: string; cents: string | null }>(
    `select count(*)::text as lines, sum(l.amount_cents)::text as cents
       from import_lines l join import_customers m using (customer_key)
      where not exists (select from revenue_lines r
                         where r.workspace_id = $1 and r.fingerprint = l.fingerprint)`,
    [workspaceId],
  );
  const row = result.rows[0];
  return { lines: Number(row?.lines ?? 0), cents: Number(row?.cents ?? 0) };
}

async function recordImport(
  client: pg.PoolClient,
  options: RevenueImportOptions,
  report: RevenueImportReport,
) {
  const db = drizzle(client, { schema });
  await refreshClientYears(db, options.workspaceId);
  await db.insert(schema.imports).values({
    workspaceId: options.workspaceId,
    id: report.importId!,
    kind: 'revenue',
    sourceName: options.sourceName.slice(0, 500),
    format: options.format,
    rowsRead: report.rowsRead,
    linesWritten: report.linesWritten,
    linesAlreadyPresent: report.linesAlreadyPresent,
    rowsRefused: report.rowsRefused,
    organizationsCreated: report.customers.createdCount,
    userId: options.userId,
  });
  await recordAudit(db, {
    workspaceId: options.workspaceId,
    userId: options.userId ?? undefined,
    entityType: 'import',
    entityId: report.importId!,
    action: 'create',
    before: undefined,
    after: {
      kind: 'revenue',
      sourceName: options.sourceName,
      linesWritten: report.linesWritten,
      linesAlreadyPresent: report.linesAlreadyPresent,
      rowsRefused: report.rowsRefused,
      organizationsCreated: report.customers.createdCount,
    },
  });
}
