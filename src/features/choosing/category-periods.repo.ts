// Each client's categories over time in a scheme (decision 0027): the committed classifications
// and the categories set by hand, standing or kept after they went, each dated by the firm's day
// (in the firm's time zone) it was made. The rule that turns them into periods is
// src/core/choosing/category-history.ts.
import { sql } from 'drizzle-orm';
import {
  categoryOn,
  categoryPeriods,
  periodsAsOf,
  stretchesWithin,
  type CategoryPeriod,
  type CategoryStretch,
  type CommittedCategory,
  type OverridePeriod,
} from '../../core/choosing/category-history.ts';
import type { Db } from '../../db/connection.ts';
import { toScheme, type SchemeRow } from './schemes.repo.ts';

type Executor = Pick<Db, 'execute'>;

/** A timestamp column as the firm's day it fell on. */
const firmDay = (column: string) =>
  sql.raw(`to_char((${column} at time zone w.time_zone)::date, 'YYYY-MM-DD')`);

/**
 * Each client's periods in the scheme, as far as they tell about the days from `from` to `to`:
 * the commits from the last one on or before `from` (or the first one, when none was made by
 * then) up to `to`, and every override. Clients of whom nothing is known are left out; categories
 * the scheme no longer has count as none.
 */
export async function categoryPeriodsOf(
  db: Executor,
  workspaceId: string,
  scheme: SchemeRow,
  days: { from: string; to: string; clientIds?: readonly string[] },
): Promise<Map<string, CategoryPeriod[]>> {
  const keys = new Set(toScheme(scheme).scheme.categories.map((category) => category.key));
  const known = (category: string | null) =>
    category !== null && keys.has(category) ? category : null;
  const only = days.clientIds ? sql.param([...days.clientIds]) : null;
  const ofClients = (column: string) =>
    only === null ? sql`` : sql` and ${sql.raw(column)} = any(${only}::uuid[])`;
  const [commits, standing, ended] = await Promise.all([
    db.execute<{ id: string; day: string }>(sql`
      select c.id, ${firmDay('c.created_at')} as day from classifications c
        join workspaces w on w.workspace_id = c.workspace_id
       where c.workspace_id = ${workspaceId} and c.scheme_id = ${scheme.id}
       order by c.created_at, c.id`),
    db.execute<{ id: string; category: string; setOn: string }>(sql`
      select o.organization_id as id, o.category, ${firmDay('o.created_at')} as "setOn"
        from category_overrides o join workspaces w on w.workspace_id = o.workspace_id
       where o.workspace_id = ${workspaceId} and o.scheme_id = ${scheme.id}
             ${ofClients('o.organization_id')}`),
    db.execute<{ id: string; category: string; setOn: string; removedOn: string }>(sql`
      select o.organization_id as id, o.category, ${firmDay('o.set_at')} as "setOn",
             ${firmDay('o.ended_at')} as "removedOn"
        from category_override_history o join workspaces w on w.workspace_id = o.workspace_id
       where o.workspace_id = ${workspaceId} and o.scheme_id = ${scheme.id}
             ${ofClients('o.organization_id')}`),
  ]);
  // the commits that tell about the days asked
  const all = commits.rows;
  let first = 0;
  let last = -1;
  all.forEach((commit, index) => {
    if (commit.day <= days.from) first = index;
    if (commit.day <= days.to) last = index;
  });
  const told = all.slice(first, Math.max(first, last) + 1);
  const placed = new Map<string, Map<string, string | null>>();
  if (told.length > 0) {
    const rows = await db.execute<{ classification: string; id: string; category: string | null }>(
      sql`
      select classification_id as classification, organization_id as id, category
        from client_categories
       where workspace_id = ${workspaceId}
         and classification_id = any(${sql.param(told.map((c) => c.id))}::uuid[])
             ${ofClients('organization_id')}`,
    );
    for (const row of rows.rows) {
      let of = placed.get(row.id);
      if (!of) placed.set(row.id, (of = new Map()));
      of.set(row.classification, row.category);
    }
  }
  const overrides = new Map<string, OverridePeriod[]>();
  for (const row of [...ended.rows, ...standing.rows.map((r) => ({ ...r, removedOn: null }))]) {
    if (!keys.has(row.category)) continue;
    const list = overrides.get(row.id) ?? [];
    list.push({ category: row.category, setOn: row.setOn, removedOn: row.removedOn });
    overrides.set(row.id, list);
  }
  const periods = new Map<string, CategoryPeriod[]>();
  for (const id of new Set([...placed.keys(), ...overrides.keys()])) {
    const of = placed.get(id);
    // a client left out of a classification had no category in it
    const committed: CommittedCategory[] = told.map((commit) => ({
      day: commit.day,
      category: known(of?.get(commit.id) ?? null),
    }));
    periods.set(id, categoryPeriods(committed, overrides.get(id) ?? []));
  }
  return periods;
}

/** Each client's category on a day, and its periods as they stood on a day. */
export type CategoryTimeline = {
  /** The clients of whom something is known. */
  clientIds: readonly string[];
  on: (clientId: string, day: string) => string | null;
  asOf: (clientId: string, day: string) => CategoryPeriod[];
  /** A client's stretches of the days from `from` to `to`, by the same periods. */
  stretches: (clientId: string, from: string, to: string) => CategoryStretch[];
};

/** The timeline of the scheme's categories over the days asked; none without a scheme. */
export async function categoryTimeline(
  db: Executor,
  workspaceId: string,
  scheme: SchemeRow | null | undefined,
  days: { from: string; to: string; clientIds?: readonly string[] },
): Promise<CategoryTimeline> {
  const periods = scheme
    ? await categoryPeriodsOf(db, workspaceId, scheme, days)
    : new Map<string, CategoryPeriod[]>();
  const none: CategoryPeriod[] = [];
  return {
    clientIds: [...periods.keys()],
    on: (clientId, day) => categoryOn(periods.get(clientId) ?? none, day),
    asOf: (clientId, day) => periodsAsOf(periods.get(clientId) ?? none, day),
    stretches: (clientId, from, to) => stretchesWithin(periods.get(clientId) ?? none, from, to),
  };
}
