// Reports computed from the yearly figures are kept while what they were computed from stays the
// same: the portfolio of a year is asked for again and again between two imports, and computing
// it for 20,000 clients takes far longer than looking up whether anything changed.
//
// The key holds everything a report depends on: the version of the firm's yearly figures, the
// last change to its organisations (the names a report shows), its assignments (added by
// imports, never changed) and the firm's settings. Every
// rebuild of client_years replaces all of a firm's rows in one transaction, so the xmin of any
// one of its rows names the rebuild (decision 0010). Each app process keeps its own reports and
// checks the key against the database on every request, so processes never disagree.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';

/** Reports kept per process, the least recently used going first. */
const capacity = 12;
const reports = new Map<string, Promise<unknown>>();

type VersionRow = {
  figures: string | null;
  names: string | null;
  assignments: string | null;
  settings: string | null;
};

/** What the firm's reports depend on, read in one statement. */
export async function reportVersion(db: Db, workspaceId: string): Promise<string> {
  const result = await db.execute<VersionRow>(sql`
    select
      (select xmin::text from client_years where workspace_id = ${workspaceId} limit 1) as figures,
      (select max(updated_at)::text from organizations where workspace_id = ${workspaceId})
        as names,
      (select concat(count(*), ':', max(created_at)) from assignments
        where workspace_id = ${workspaceId}) as assignments,
      (select concat_ws(',', fiscal_year_start_month, dependency_threshold_bp, abc_boundary_a_bp,
                        abc_boundary_b_bp)
         from workspaces where workspace_id = ${workspaceId}) as settings`);
  const row = result.rows[0];
  return [row?.figures, row?.names, row?.assignments, row?.settings].map((v) => v ?? '').join('|');
}

/**
 * The report of `key` (which names the report, the firm, its version and the report's own
 * parameters), computed once; calls that arrive while it is computed share that computation.
 * A report is shared between callers: read it, never change it.
 */
export function cachedReport<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const known = reports.get(key);
  if (known) {
    reports.delete(key);
    reports.set(key, known);
    return known as Promise<T>;
  }
  const report = compute();
  reports.set(key, report);
  // a failed computation is not kept: the next call tries again
  report.catch(() => {
    if (reports.get(key) === report) reports.delete(key);
  });
  if (reports.size > capacity) reports.delete(reports.keys().next().value!);
  return report;
}

/** The report of `key` when it is kept, without computing it. */
export function keptReport<T>(key: string): Promise<T> | undefined {
  return reports.get(key) as Promise<T> | undefined;
}

/** Forgets every kept report (tests). */
export function forgetReports(): void {
  reports.clear();
}
