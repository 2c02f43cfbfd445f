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
import { arrayRows } from '../../db/array-rows.ts';
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
): Promise<Map<string, readonly CategoryPeriod[]>> {
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
  // each client's category in each commit told, in their order (null: left out, or none)
  const position = new Map(told.map((commit, index) => [commit.id, index]));
  const placed = new Map<string, (string | null)[]>();
  if (told.length > 0) {
    const rows = await arrayRows<[string, string, string | null]>(
      db,
      sql`
      select classification_id, organization_id, category
        from client_categories
       where workspace_id = ${workspaceId}
         and classification_id = any(${sql.param(told.map((c) => c.id))}::uuid[])
             ${ofClients('organization_id')}`,
    );
    for (const [classification, id, category] of rows) {
      let of = placed.get(id);
      if (!of) placed.set(id, (of = new Array<string | null>(told.length).fill(null)));
      of[position.get(classification)!] = known(category);
    }
  }
  const overrides = new Map<string, OverridePeriod[]>();
  for (const row of [...ended.rows, ...standing.rows.map((r) => ({ ...r, removedOn: null }))]) {
    if (!keys.has(row.category)) continue;
    const list = overrides.get(row.id) ?? [];
    list.push({ category: row.category, setOn: row.setOn, removedOn: row.removedOn });
    overrides.set(row.id, list);
  }
  // a client without an override has the periods of its categories in the commits alone: the
  // clients placed alike share one list (tens of thousands of clients, a few lists)
  const leftOut = new Array<string | null>(told.length).fill(null);
  const alike = new Map<string, readonly CategoryPeriod[]>();
  const periods = new Map<string, readonly CategoryPeriod[]>();
  for (const id of new Set([...placed.keys(), ...overrides.keys()])) {
    const categories = placed.get(id) ?? leftOut;
    const own = overrides.get(id);
    const key = own ? null : JSON.stringify(categories);
    let found = key === null ? undefined : alike.get(key);
    if (!found) {
      const committed: CommittedCategory[] = told.map((commit, index) => ({
        day: commit.day,
        category: categories[index]!,
      }));
      const built = categoryPeriods(committed, own ?? []);
      found = key === null ? built : Object.freeze(built.map((period) => Object.freeze(period)));
      if (key !== null) alike.set(key, found);
    }
    periods.set(id, found);
  }
  return periods;
}

/** Each client's category on a day, and its periods as they stood on a day. */
export type CategoryTimeline = {
  /** The clients of whom something is known. */
  clientIds: readonly string[];
  on: (clientId: string, day: string) => string | null;
  asOf: (clientId: string, day: string) => readonly CategoryPeriod[];
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
    : new Map<string, readonly CategoryPeriod[]>();
  const none: CategoryPeriod[] = [];
  return {
    clientIds: [...periods.keys()],
    on: (clientId, day) => categoryOn(periods.get(clientId) ?? none, day),
    asOf: (clientId, day) => periodsAsOf(periods.get(clientId) ?? none, day),
    stretches: (clientId, from, to) => stretchesWithin(periods.get(clientId) ?? none, from, to),
  };
}
