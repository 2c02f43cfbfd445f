// Imports assignments (opdrachten) in one transaction, as revenue is imported: stage, match the
// customers (creating unknown ones when asked), recognise the professional by email or name,
// write the assignments not there yet, record the import.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { AssignmentCandidate } from '../../core/import/assignment-rows.ts';
import { customerKey } from '../../core/import/customer-match.ts';
import { because } from '../../core/import/problem-reason.ts';
import type { RowProblem } from '../../core/import/revenue-line.ts';
import { searchKey } from '../../core/search-key.ts';
import type { Database } from '../../db/connection.ts';
import * as schema from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { matchStagedCustomers, type CustomerOutcome } from './import-customers.ts';
import {
  copyLine,
  rememberCustomer,
  shownProblems,
  type StagedCustomer,
} from './revenue-staging.ts';

export type AssignmentImportOptions = {
  workspaceId: string;
  userId: string | null;
  sourceName: string;
  format: 'csv' | 'xlsx';
  unknownCustomers: 'create' | 'refuse';
  withProblems: 'import-good-rows' | 'import-nothing';
  dryRun?: boolean;
  /** Stop when a new client would have no name (see NamelessClients). */
  namesRequired?: boolean;
  onProgress?: (rowsRead: number) => void;
};

export type AssignmentImportReport = {
  importId: string | null;
  written: boolean;
  rowsRead: number;
  assignmentsRead: number;
  assignmentsWritten: number;
  assignmentsAlreadyPresent: number;
  /** Assignments not there yet whose client is known or created: what the import writes.
   *  Known before anything is written, so a check shows it too. */
  assignmentsToWrite: number;
  rowsRefused: number;
  rowsSkipped: number;
  /** Professionals the file names that are no user of the firm: their assignments keep none. */
  professionalsUnknown: string[];
  problems: RowProblem[];
  customers: CustomerOutcome;
};

export async function importAssignments(
  database: Pick<Database, 'pool'>,
  source: AsyncIterable<AssignmentCandidate | RowProblem>,
  options: AssignmentImportOptions,
): Promise<AssignmentImportReport> {
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    // a check is rolled back, and on a fresh database it runs for a firm not made yet
    // (importFirm): what it writes is never kept, so it is never checked against the keys
    if (options.dryRun) await client.query('set constraints all deferred');
    await client.query('select pg_advisory_xact_lock(4242003, hashtext($1))', [
      options.workspaceId,
    ]);
    const staged = await stage(client, source, options.onProgress);
    await client.query('analyze import_assignments');
    const customers = await matchStagedCustomers(client, options, staged.customers, {
      table: 'import_assignments',
      dateColumn: 'start_date',
    });
    const professionals = await matchProfessionals(client, options.workspaceId, staged.names);
    const report: AssignmentImportReport = {
      importId: null,
      written: false,
      rowsRead: staged.rowsRead,
      assignmentsRead: staged.lines,
      assignmentsWritten: 0,
      assignmentsAlreadyPresent: 0,
      assignmentsToWrite: 0,
      rowsRefused: staged.problemCount + customers.unknownLines,
      rowsSkipped: staged.skippedCount,
      professionalsUnknown: professionals.unknown.slice(0, 100),
      problems: staged.problems.sort((a, b) => a.rowNumber - b.rowNumber),
      customers,
    };
    const refuseAll = report.rowsRefused > 0 && options.withProblems === 'import-nothing';
    if (options.dryRun || refuseAll) {
      const toWrite = await client.query<{ n: string }>(
        `select count(*)::text as n
           from import_assignments a join import_customers m using (customer_key)
          where not exists (select from assignments x
                             where x.workspace_id = $1 and x.fingerprint = a.fingerprint)`,
        [options.workspaceId],
      );
      report.assignmentsToWrite = Number(toWrite.rows[0]?.n ?? 0);
      report.assignmentsAlreadyPresent =
        staged.lines - customers.unknownLines - report.assignmentsToWrite;
      await client.query('rollback');
      return report;
    }
    const importId = newId();
    // the import's own row is written last, when its counts are known: checked at commit
    await client.query('set constraints assignments_import_id_fk deferred');
    const written = await client.query(
      `insert into assignments (workspace_id, id, organization_id, title, service_line,
         start_date, end_date, fee_cents, hours, professional_id, import_id, fingerprint)
       select $1, gen_random_uuid(), m.organization_id, a.title, a.service_line, a.start_date,
         a.end_date, a.fee_cents, a.hours, p.user_id, $2, a.fingerprint
       from import_assignments a
       join import_customers m using (customer_key)
       left join import_professionals p on p.name_key = a.professional_key
       on conflict (workspace_id, fingerprint) where fingerprint is not null do nothing`,
      [options.workspaceId, importId],
    );
    report.importId = importId;
    report.written = true;
    report.assignmentsWritten = written.rowCount ?? 0;
    report.assignmentsToWrite = report.assignmentsWritten;
    report.assignmentsAlreadyPresent =
      staged.lines - customers.unknownLines - report.assignmentsWritten;
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

async function stage(
  client: pg.PoolClient,
  source: AsyncIterable<AssignmentCandidate | RowProblem>,
  onProgress?: (rowsRead: number) => void,
) {
  await client.query(`create temporary table import_assignments (
      row_number bigint not null, customer_key text not null, title text not null,
      service_line text, start_date date, end_date date, fee_cents bigint, hours numeric(12, 2),
      professional_key text, fingerprint text not null) on commit drop`);
  const staged = {
    rowsRead: 0,
    lines: 0,
    problemCount: 0,
    skippedCount: 0,
    problems: [] as RowProblem[],
    customers: new Map<string, StagedCustomer>(),
    names: new Set<string>(),
  };
  async function* copyText(): AsyncGenerator<string> {
    let chunk = '';
    for await (const item of source) {
      if (++staged.rowsRead % 10_000 === 0) onProgress?.(staged.rowsRead);
      const problem: RowProblem | undefined =
        'reason' in item
          ? item
          : customerKey(item.customer) === ''
            ? {
                rowNumber: item.rowNumber,
                field: 'customer',
                ...because('customer.unrecognisable'),
              }
            : undefined;
      if (problem) {
        if (problem.skipped) staged.skippedCount++;
        else staged.problemCount++;
        if (staged.problems.length < shownProblems) staged.problems.push(problem);
        continue;
      }
      const assignment = item as AssignmentCandidate;
      const key = customerKey(assignment.customer);
      rememberCustomer(staged.customers, key, assignment.customer, assignment.startDate);
      const professional = assignment.professional ? searchKey(assignment.professional) : null;
      if (professional && staged.names.size < 10_000) staged.names.add(professional);
      staged.lines++;
      chunk += copyLine([
        assignment.rowNumber,
        key,
        (assignment.title ?? assignment.serviceLine ?? '').slice(0, 500),
        assignment.serviceLine,
        assignment.startDate,
        assignment.endDate,
        assignment.feeCents,
        assignment.hours,
        professional,
        assignment.fingerprint,
      ]);
      if (chunk.length > 65_536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(
    Readable.from(copyText()),
    client.query(copyFrom('copy import_assignments from stdin')),
  );
  return staged;
}

/** The firm's users by email and by name (case and accents ignored); the rest are unknown. */
async function matchProfessionals(client: pg.PoolClient, workspaceId: string, names: Set<string>) {
  const db = drizzle(client, { schema });
  const users = await db
    .select({ id: schema.users.id, email: schema.users.email, name: schema.users.name })
    .from(schema.users)
    .where(eq(schema.users.workspaceId, workspaceId));
  const byKey = new Map<string, string>();
  for (const user of users) {
    byKey.set(searchKey(user.email), user.id);
    if (!byKey.has(searchKey(user.name))) byKey.set(searchKey(user.name), user.id);
  }
  const pairs = [...names].filter((name) => byKey.has(name));
  await client.query(`create temporary table import_professionals (
      name_key text primary key, user_id uuid not null) on commit drop`);
  await client.query(
    'insert into import_professionals select * from unnest($1::text[], $2::uuid[])',
    [pairs, pairs.map((name) => byKey.get(name)!)],
  );
  return { unknown: [...names].filter((name) => !byKey.has(name)) };
}

async function recordImport(
  client: pg.PoolClient,
  options: AssignmentImportOptions,
  report: AssignmentImportReport,
) {
  const db = drizzle(client, { schema });
  await db.insert(schema.imports).values({
    workspaceId: options.workspaceId,
    id: report.importId!,
    kind: 'assignments',
    sourceName: options.sourceName.slice(0, 500),
    format: options.format,
    rowsRead: report.rowsRead,
    linesWritten: report.assignmentsWritten,
    linesAlreadyPresent: report.assignmentsAlreadyPresent,
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
      kind: 'assignments',
      sourceName: options.sourceName,
      assignmentsWritten: report.assignmentsWritten,
      assignmentsAlreadyPresent: report.assignmentsAlreadyPresent,
      rowsRefused: report.rowsRefused,
      organizationsCreated: report.customers.createdCount,
    },
  });
}
