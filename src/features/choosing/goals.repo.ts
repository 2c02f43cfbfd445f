// Goals per category (table category_goals), scoped by workspace, and the sums per category the
// goals are measured on: client_years of the clients that hold each category now.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { CategoryFigures } from '../../core/choosing/index.ts';
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
 * category. `yearEnd` (ISO date) closes the year for the relationship length.
 */
export async function categoryFigures(
  db: Executor,
  query: {
    workspaceId: string;
    year: number;
    yearEnd: string;
    clientIds: readonly string[];
    categories: readonly string[];
  },
): Promise<CategoryFigures[]> {
  const { workspaceId, year } = query;
  const result = await db.execute<Record<keyof CategoryFigures, string | number>>(sql`
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
    first_invoice as (
      select organization_id, min(first_invoice_date) as first
        from client_years where workspace_id = ${workspaceId} group by organization_id
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
             sum((extract(year from age(${query.yearEnd}::date, f.first)) * 12
                  + extract(month from age(${query.yearEnd}::date, f.first)))) as months,
             sum(y.hour_revenue_cents) filter (where y.hours > 0) as hour_revenue,
             round(sum(y.hours) filter (where y.hours > 0) * 100) as hours
        from this_year y join first_invoice f on f.organization_id = y.organization_id
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
           coalesce(m.months, 0)::float8 as "relationshipMonths",
           coalesce(m.hour_revenue, 0)::float8 as "hourRevenueCents",
           coalesce(m.hours, 0)::float8 as "hoursHundredths"
      from measured m full join year_before b on b.category = m.category`);
  return result.rows.map((row) => ({
    categoryKey: String(row.categoryKey),
    clients: Number(row.clients),
    clientsYearBefore: Number(row.clientsYearBefore),
    retained: Number(row.retained),
    revenueCents: Number(row.revenueCents),
    largestClientCents: Number(row.largestClientCents),
    topFiveCents: Number(row.topFiveCents),
    serviceLines: Number(row.serviceLines),
    relationshipMonths: Number(row.relationshipMonths),
    hourRevenueCents: Number(row.hourRevenueCents),
    hoursHundredths: Number(row.hoursHundredths),
  }));
}
