// Revenue per client per fiscal year, rebuilt from the revenue lines in the transaction that
// changed them. A fiscal year is named by the calendar year it starts in.
import { sql, type SQL } from 'drizzle-orm';

type Executor = { execute: (query: SQL) => Promise<unknown> };

/** The fiscal year of an invoice date, for a firm whose year starts in `startMonth`. */
export const fiscalYearSql = (date: SQL, startMonth: SQL) =>
  sql`extract(year from ${date} - make_interval(months => ${startMonth} - 1))::smallint`;

const aggregate = (where: SQL) => sql`
  insert into client_years (workspace_id, organization_id, fiscal_year, revenue_cents,
    costed_revenue_cents, cost_cents, hours, hour_revenue_cents, lines, credit_notes,
    credit_cents, first_invoice_date, service_lines)
  select l.workspace_id, l.organization_id,
    ${fiscalYearSql(sql`l.invoice_date`, sql`w.fiscal_year_start_month`)},
    sum(l.amount_cents),
    coalesce(sum(l.amount_cents) filter (where l.cost_cents is not null), 0),
    coalesce(sum(l.cost_cents), 0),
    sum(l.hours),
    coalesce(sum(l.amount_cents) filter (where l.hours is not null), 0),
    count(*),
    count(*) filter (where l.amount_cents < 0),
    coalesce(-sum(l.amount_cents) filter (where l.amount_cents < 0), 0),
    min(l.invoice_date),
    coalesce(array_agg(distinct l.service_line order by l.service_line)
      filter (where l.service_line is not null), '{}')
  from revenue_lines l
  join workspaces w on w.workspace_id = l.workspace_id
  where ${where}
  group by 1, 2, 3`;

/** Rebuilds the yearly figures of one firm (after an import, or a changed fiscal year). */
export async function refreshClientYears(db: Executor, workspaceId: string): Promise<void> {
  await db.execute(sql`delete from client_years where workspace_id = ${workspaceId}`);
  await db.execute(aggregate(sql`l.workspace_id = ${workspaceId}`));
}

/** Rebuilds the yearly figures of every firm (after a restore). */
export async function refreshAllClientYears(db: Executor): Promise<void> {
  await db.execute(sql`delete from client_years`);
  await db.execute(aggregate(sql`true`));
}
