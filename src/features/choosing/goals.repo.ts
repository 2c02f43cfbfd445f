// Goals per category (table category_goals), scoped by workspace, and the sums per category the
// goals are measured on: client_years of the clients that hold each category now.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { CategoryFigures } from '../../core/choosing/index.ts';
import { relationshipLength } from '../../core/portfolio/relationship-length.ts';
import type { Db } from '../../db/connection.ts';
import { categoryGoals } from '../../db/schema.ts';

type Executor = Pick<Db, 'select' | 'execute'>;

export type GoalRow = typeof categoryGoals.$inferSelect;

export async function goalsOf(db: Executor, workspaceId: string, schemeId: string) {
  return db
    .select()
    .from(categoryGoals)
    .where(and(eq(categoryGoals.workspaceId, workspaceId), eq(categoryGoals.schemeId, schemeId)))
    .orderBy(asc(categoryGoals.createdAt), asc(categoryGoals.id));
}

export async function findGoal(db: Executor, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(categoryGoals)
    .where(and(eq(categoryGoals.workspaceId, workspaceId), eq(categoryGoals.id, id)));
  return row;
}

/**
 * Per category: the sums its goals are measured on in `year`, over the clients given with their
 * category. `yearEnd` (ISO date) is the day relationship lengths are measured to.
 */
export async function categoryFigures(
  db: Executor,
  query: {
    workspaceId: string;
    year: number;
    yearEnd: string;
    clientIds: readonly string[];
    categories: readonly string[];
    /** The organisations that had referred a client by the year's end. */
    referrers: readonly string[];
  },
): Promise<Omit<CategoryFigures, 'clientsFromReferrals'>[]> {
  const { workspaceId, year } = query;
  const result = await db.execute<
    Record<Exclude<keyof CategoryFigures, 'clientsFromReferrals'>, string | number>
  >(sql`
    with held as (
      select organization_id, category
        from unnest(${sql.param([...query.clientIds])}::uuid[],
                    ${sql.param([...query.categories])}::text[]) as t(organization_id, category)
    ),
    this_year as (
      select h.category, cy.organization_id, cy.revenue_cents, cy.hours, cy.hour_revenue_cents,
             cardinality(cy.service_lines) as service_lines,
             row_number() over (partition by h.category order by cy.revenue_cents desc) as rank
        from held h
        join client_years cy on cy.workspace_id = ${workspaceId}
         and cy.organization_id = h.organization_id and cy.fiscal_year = ${year}
       where cy.revenue_cents > 0
    ),
    year_before as (
      select h.category, count(*) as clients,
             count(*) filter (where exists (
               select 1 from client_years now
                where now.workspace_id = ${workspaceId} and now.organization_id = h.organization_id
                  and now.fiscal_year = ${year} and now.revenue_cents > 0)) as retained
        from held h
        join client_years cy on cy.workspace_id = ${workspaceId}
         and cy.organization_id = h.organization_id and cy.fiscal_year = ${year - 1}
       where cy.revenue_cents > 0
       group by h.category
    ),
    measured as (
      select y.category, count(*) as clients,
             sum(y.revenue_cents) as revenue, max(y.revenue_cents) as largest,
             sum(y.revenue_cents) filter (where y.rank <= 5) as top_five,
             sum(y.service_lines) as service_lines,
             sum(y.hour_revenue_cents) filter (where y.hours > 0) as hour_revenue,
             round(sum(y.hours) filter (where y.hours > 0) * 100) as hours,
             count(*) filter (where y.organization_id = any(${sql.param([...query.referrers])}::uuid[]))
               as referring
        from this_year y
       group by y.category
    )
    select coalesce(m.category, b.category) as "categoryKey",
           coalesce(m.clients, 0)::float8 as clients,
           coalesce(b.clients, 0)::float8 as "clientsYearBefore",
           coalesce(b.retained, 0)::float8 as retained,
           coalesce(m.revenue, 0)::float8 as "revenueCents",
           coalesce(m.largest, 0)::float8 as "largestClientCents",
           coalesce(m.top_five, 0)::float8 as "topFiveCents",
           coalesce(m.service_lines, 0)::float8 as "serviceLines",
           coalesce(m.hour_revenue, 0)::float8 as "hourRevenueCents",
           coalesce(m.hours, 0)::float8 as "hoursHundredths",
           coalesce(m.referring, 0)::float8 as "referringClients"
      from measured m full join year_before b on b.category = m.category`);
  const months = await relationshipMonthsByCategory(db, query);
  return result.rows.map((row) => ({
    categoryKey: String(row.categoryKey),
    clients: Number(row.clients),
    clientsYearBefore: Number(row.clientsYearBefore),
    retained: Number(row.retained),
    revenueCents: Number(row.revenueCents),
    largestClientCents: Number(row.largestClientCents),
    topFiveCents: Number(row.topFiveCents),
    serviceLines: Number(row.serviceLines),
    relationshipMonths: months.get(String(row.categoryKey)) ?? 0,
    hourRevenueCents: Number(row.hourRevenueCents),
    hoursHundredths: Number(row.hoursHundredths),
    referringClients: Number(row.referringClients),
  }));
}

/**
 * Per category: the relationship lengths in months of its clients with revenue in the year,
 * added up. Each is the portfolio's own (relationshipLength from the first invoice or the first
 * assignment, whichever came first), so a category's average is made of the lengths the
 * portfolio and the review show.
 */
async function relationshipMonthsByCategory(
  db: Executor,
  query: {
    workspaceId: string;
    year: number;
    yearEnd: string;
    clientIds: readonly string[];
    categories: readonly string[];
  },
): Promise<Map<string, number>> {
  const { workspaceId, year } = query;
  const result = await db.execute<{
    category: string;
    first_invoice: string | null;
    first_assignment: string | null;
  }>(sql`
    select h.category,
           (select min(earlier.first_invoice_date) from client_years earlier
             where earlier.workspace_id = ${workspaceId}
               and earlier.organization_id = h.organization_id)::text as first_invoice,
           (select min(a.start_date) from assignments a
             where a.workspace_id = ${workspaceId}
               and a.organization_id = h.organization_id)::text as first_assignment
      from unnest(${sql.param([...query.clientIds])}::uuid[],
                  ${sql.param([...query.categories])}::text[]) as h(organization_id, category)
      join client_years cy on cy.workspace_id = ${workspaceId}
       and cy.organization_id = h.organization_id and cy.fiscal_year = ${year}
     where cy.revenue_cents > 0`);
  const months = new Map<string, number>();
  for (const row of result.rows) {
    const length = relationshipLength({
      firstRevenueDate: row.first_invoice,
      firstAssignmentDate: row.first_assignment,
      referenceDate: query.yearEnd,
    });
    months.set(row.category, (months.get(row.category) ?? 0) + (length?.totalMonths ?? 0));
  }
  return months;
}
