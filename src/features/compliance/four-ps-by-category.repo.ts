// The done activities of a period counted per client and P, for the four P's per category: one
// row per client, whatever its number of activities. Only the few clients that changed category
// in the period are counted per stretch of days, as each activity counts in the category of its
// day.
import { sql } from 'drizzle-orm';
import type { CategoryStretch } from '../../core/choosing/category-history.ts';
import { fourPs, type FourP } from '../../core/servicing/four-ps.ts';
import { arrayRows } from '../../db/array-rows.ts';
import type { Db } from '../../db/connection.ts';
import { clientOnOrAfter } from '../organizations/organizations.service.ts';

/** A client's done activities per P, and those without a P. */
export type FourPCounts = { counts: Record<FourP, number>; withoutP: number };

/** The counts per P in the order of fourPs, after the count without a P. */
const perP = sql.raw(
  [
    'count(*) filter (where a.p is null)::int',
    ...fourPs.map((p) => `count(*) filter (where a.p = '${p}')::int`),
  ].join(', '),
);

function countsOf(figures: readonly number[]): FourPCounts {
  const counts = { project: 0, person: 0, process: 0, partnership: 0 };
  fourPs.forEach((p, i) => (counts[p] = figures[i + 1]!));
  return { counts, withoutP: figures[0]! };
}

/** Done in the period, on a day the organisation was a client (a former one until it left). */
const doneWhileClients = (workspaceId: string, period: { from: string; to: string }) => sql`
  a.workspace_id = ${workspaceId} and a.status = 'done'
  and a.on_date >= ${period.from} and a.on_date <= ${period.to}
  and ${clientOnOrAfter(sql`a.on_date`)} and o.archived_at is null`;

/** The done activities of the period per client with any, of the days it was one. */
export async function fourPCountsPerClient(
  db: Db,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<Map<string, FourPCounts>> {
  const rows = await arrayRows<[string, ...number[]]>(
    db,
    sql`
    select a.organization_id, ${perP}
      from activities a
      join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
     where ${doneWhileClients(workspaceId, period)}
     group by a.organization_id`,
  );
  const perClient = new Map<string, FourPCounts>();
  for (const [id, ...figures] of rows) perClient.set(id, countsOf(figures));
  return perClient;
}

/** A client's stretch of days in a category (null: none). */
export type ClientStretch = CategoryStretch & { clientId: string };

/**
 * The done activities of the period of the clients whose stretches are given, per stretch's
 * category (a client in one category twice gets one row for it). Each activity counts in the
 * stretch its day falls in.
 */
export async function fourPCountsPerStretch(
  db: Db,
  workspaceId: string,
  period: { from: string; to: string },
  stretches: readonly ClientStretch[],
): Promise<{ clientId: string; category: string | null; counts: FourPCounts }[]> {
  if (stretches.length === 0) return [];
  const param = <T>(pick: (stretch: ClientStretch) => T) => sql.param(stretches.map(pick));
  const rows = await arrayRows<[string, string | null, ...number[]]>(
    db,
    sql`
    with stretches (organization_id, category, from_day, until_day) as (
      select * from unnest(${param((s) => s.clientId)}::uuid[], ${param((s) => s.category)}::text[],
                           ${param((s) => s.from)}::date[], ${param((s) => s.until)}::date[])
    )
    select s.organization_id, s.category, ${perP}
      from stretches s
      join activities a on a.workspace_id = ${workspaceId} and a.organization_id = s.organization_id
       and a.on_date between s.from_day and s.until_day
      join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
     where ${doneWhileClients(workspaceId, period)}
     group by s.organization_id, s.category`,
  );
  return rows.map(([clientId, category, ...figures]) => ({
    clientId,
    category,
    counts: countsOf(figures as number[]),
  }));
}
