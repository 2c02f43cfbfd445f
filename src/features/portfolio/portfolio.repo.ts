// The rows the portfolio of one year is computed from, read from the yearly figures: the year,
// the three before it, and each client's latest earlier year with revenue (enough to tell a
// new client from a returning one), never the revenue lines themselves.
import { sql } from 'drizzle-orm';
import type { ClientYear } from '../../core/portfolio/client-year.ts';
import { knownCostCents } from '../../core/portfolio/margin.ts';
import type { Db } from '../../db/connection.ts';

type Row = {
  organization_id: string;
  fiscal_year: number;
  revenue_cents: string;
  costed_revenue_cents: string;
  cost_cents: string;
  hours: string | null;
  hour_revenue_cents: string;
  credit_notes: string;
  credit_cents: string;
  service_lines: string[] | null;
};

const figures = sql`organization_id, fiscal_year, revenue_cents::text, costed_revenue_cents::text,
  cost_cents::text, hours::text, hour_revenue_cents::text, credit_notes::text, credit_cents::text`;
const columns = sql`${figures}, service_lines`;

export type PortfolioRowsScope = {
  /** Each client's latest earlier year with revenue, to tell new from returning (the bridge). */
  latestEarlierYear?: boolean;
  /** Service lines of the year itself only: the other years' are read for nothing (and slowly). */
  serviceLinesOfYearOnly?: boolean;
};

export async function portfolioRows(
  db: Db,
  workspaceId: string,
  year: number,
  scope: PortfolioRowsScope = { latestEarlierYear: true },
) {
  const yearColumns = scope.serviceLinesOfYearOnly
    ? sql`${figures}, case when fiscal_year = ${year} then service_lines end as service_lines`
    : columns;
  const years = sql`
    select ${yearColumns} from client_years
     where workspace_id = ${workspaceId} and fiscal_year between ${year - 3} and ${year}`;
  const result = await db.execute<Row>(
    scope.latestEarlierYear
      ? // the parentheses keep the order by with the distinct on: without them it orders the
        // whole union, and distinct on keeps any earlier year rather than the latest
        sql`${years}
    union all
    (select distinct on (organization_id) ${yearColumns} from client_years
      where workspace_id = ${workspaceId} and fiscal_year < ${year - 3} and revenue_cents > 0
      order by organization_id, fiscal_year desc)`
      : years,
  );
  return result.rows.map(toClientYear);
}

/** Every year's rows, for the figures that follow the years (concentration, origin). */
export async function allPortfolioRows(db: Db, workspaceId: string) {
  const result = await db.execute<Row>(sql`
    select ${columns} from client_years where workspace_id = ${workspaceId}`);
  return result.rows.map(toClientYear);
}

export async function portfolioYears(db: Db, workspaceId: string): Promise<number[]> {
  const result = await db.execute<{ year: number }>(sql`
    select distinct fiscal_year as year from client_years
     where workspace_id = ${workspaceId} order by 1`);
  return result.rows.map((row) => Number(row.year));
}

/** Per client with revenue lines in the year: its name and the date of its first invoice ever. */
export async function clientsOfYear(db: Db, workspaceId: string, year: number) {
  const result = await db.execute<{ id: string; name: string; first: string }>(sql`
    select cy.organization_id as id, o.name,
      (select min(earlier.first_invoice_date) from client_years earlier
        where earlier.workspace_id = cy.workspace_id
          and earlier.organization_id = cy.organization_id)::text as first
      from client_years cy
      join organizations o on o.workspace_id = cy.workspace_id and o.id = cy.organization_id
     where cy.workspace_id = ${workspaceId} and cy.fiscal_year = ${year}`);
  return new Map(
    result.rows.map((row) => [row.id, { name: row.name, firstInvoiceDate: row.first }]),
  );
}

/**
 * Per client: its assignments that ran in the period (started by its end and not ended before
 * its start; one without an end date ran on its start date) and its first assignment's start.
 * Assignments without a start date count for neither.
 */
export async function assignmentFigures(
  db: Db,
  workspaceId: string,
  period: { from: string; to: string },
) {
  const result = await db.execute<{ id: string; in_period: number; first: string | null }>(sql`
    select organization_id as id,
      count(*) filter (where start_date <= ${period.to}
                         and coalesce(end_date, start_date) >= ${period.from})::int as in_period,
      min(start_date)::text as first
    from assignments where workspace_id = ${workspaceId} and start_date is not null
    group by 1`);
  return new Map(
    result.rows.map((row) => [row.id, { inPeriod: Number(row.in_period), first: row.first }]),
  );
}

/**
 * Cost and hours count only where every line of the year states them: a margin over part of
 * the revenue would read as the margin of all of it.
 */
function toClientYear(row: Row): ClientYear {
  const revenueCents = Number(row.revenue_cents);
  const costCents = knownCostCents({
    revenueCents,
    costedRevenueCents: Number(row.costed_revenue_cents),
    costCents: Number(row.cost_cents),
  });
  const hoursKnown = row.hours !== null && Number(row.hour_revenue_cents) === revenueCents;
  return {
    clientId: row.organization_id,
    year: Number(row.fiscal_year),
    revenueCents,
    costCents,
    hours: hoursKnown ? Number(row.hours) : null,
    serviceLines: row.service_lines ?? [],
    creditNoteCount: Number(row.credit_notes),
    creditNoteCents: Number(row.credit_cents),
  };
}
