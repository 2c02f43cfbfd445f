// The scores the scoring matrix is made of, read in one statement per concern: per client the
// score that counts on every judged criterion (agreed, else the scorers' median, halves up),
// and the figures that score the data criteria. Scoped by workspace.
import { sql } from 'drizzle-orm';
import { notScored, type ClientMeasures } from '../../core/choosing/index.ts';
import { marginBasisPoints } from '../../core/portfolio/margin.ts';
import type { Db } from '../../db/connection.ts';

type Executor = Pick<Db, 'execute'>;

/** A client as the scoring matrix lists it. */
export type MatrixClient = {
  id: string;
  name: string;
  sector: string | null;
  sizeClass: string | null;
  region: string | null;
  relationshipManagerId: string | null;
};

/** Flags per cell: the score was agreed, and the scorers lie 2 or more points apart. */
export const cellAgreed = 2;
export const cellDisagreement = 1;

/** The firm's clients (status client, not archived), by name. */
export async function matrixClients(db: Executor, workspaceId: string): Promise<MatrixClient[]> {
  const result = await db.execute<{
    id: string;
    name: string;
    sector: string | null;
    size_class: string | null;
    region: string | null;
    manager: string | null;
  }>(sql`
    select id, name, sector, size_class, region, relationship_manager_id as manager
      from organizations
     where workspace_id = ${workspaceId} and status = 'client' and archived_at is null
     order by name_key, id`);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    sector: row.sector,
    sizeClass: row.size_class,
    region: row.region,
    relationshipManagerId: row.manager,
  }));
}

/**
 * Fills scores (clients × criteria, notScored where none) and flags with the score that counts
 * per client and judged criterion. Each client's cells arrive as one text, "column:score:flags"
 * joined by commas, so 50,000 clients are 50,000 short rows rather than 750,000. With
 * `organizationIds`, only those clients' scores are read (a kept matrix patched after a change).
 */
export async function fillJudgedScores(
  db: Executor,
  workspaceId: string,
  criterionIds: readonly string[],
  rowOf: ReadonlyMap<string, number>,
  scores: Int8Array,
  flags: Uint8Array,
  organizationIds?: readonly string[],
): Promise<void> {
  if (criterionIds.length === 0) return;
  const ids = sql.param([...criterionIds]);
  const only = organizationIds
    ? sql`and organization_id = any(${sql.param([...organizationIds])}::uuid[])`
    : sql``;
  const result = await db.execute<{ id: string; cells: string }>(sql`
    with scored as (
      select organization_id, criterion_id,
             floor(percentile_cont(0.5) within group (order by score) + 0.5)::int as median,
             max(score) - min(score) >= 2 as disagree
        from criterion_scores
       where workspace_id = ${workspaceId} and criterion_id = any(${ids}::uuid[]) ${only}
       group by organization_id, criterion_id),
    agreed as (
      select organization_id, criterion_id, score from agreed_scores
       where workspace_id = ${workspaceId} and criterion_id = any(${ids}::uuid[]) ${only}),
    counts as (
      select coalesce(a.organization_id, s.organization_id) as organization_id,
             array_position(${ids}::uuid[], coalesce(a.criterion_id, s.criterion_id)) - 1 as col,
             coalesce(a.score, s.median) as score,
             (a.score is not null)::int * ${cellAgreed}
               + coalesce(s.disagree, false)::int * ${cellDisagreement} as flags
        from scored s full join agreed a
          on a.organization_id = s.organization_id and a.criterion_id = s.criterion_id)
    select organization_id as id, string_agg(col || ':' || score || ':' || flags, ',') as cells
      from counts group by organization_id`);
  const columns = criterionIds.length;
  for (const row of result.rows) {
    const client = rowOf.get(row.id);
    if (client === undefined) continue; // scored, but no longer a client
    for (const cell of row.cells.split(',')) {
      const [column, score, cellFlags] = cell.split(':').map(Number) as [number, number, number];
      scores[client * columns + column] = score;
      flags[client * columns + column] = cellFlags;
    }
  }
}

/**
 * The measured values of every client with revenue in the year or the year before: revenue,
 * margin where every line of the year states its cost (as the portfolio decides it), and growth
 * on the year before. A firm without any revenue in the year has nothing measured.
 */
export async function clientMeasures(
  db: Executor,
  workspaceId: string,
  year: number,
  /** The fiscal year's days, and the firm's day open invoices are aged to. */
  payments: { from: string; to: string; today: string },
): Promise<{ measured: boolean; clients: Map<string, ClientMeasures['values']> }> {
  const paid = await clientPaymentDays(db, workspaceId, payments);
  const result = await db.execute<{
    id: string;
    revenue: string | null;
    costed: string | null;
    cost: string | null;
    previous: string | null;
  }>(sql`
    select coalesce(cy.organization_id, prev.organization_id) as id,
           cy.revenue_cents::text as revenue, cy.costed_revenue_cents::text as costed,
           cy.cost_cents::text as cost, prev.revenue_cents::text as previous
      from (select * from client_years where workspace_id = ${workspaceId} and fiscal_year = ${year}) cy
      full join (select * from client_years
                  where workspace_id = ${workspaceId} and fiscal_year = ${year - 1}) prev
        on prev.organization_id = cy.organization_id`);
  const clients = new Map<string, ClientMeasures['values']>();
  let measured = false;
  for (const row of result.rows) {
    const revenue = row.revenue === null ? 0 : Number(row.revenue);
    if (row.revenue !== null) measured = true;
    const previous = row.previous === null ? 0 : Number(row.previous);
    clients.set(row.id, {
      revenueCents: revenue,
      marginBasisPoints:
        row.revenue === null
          ? null
          : marginBasisPoints({
              revenueCents: revenue,
              costedRevenueCents: Number(row.costed),
              costCents: Number(row.cost),
            }),
      growthBasisPoints:
        previous > 0 ? Math.round(((revenue - previous) * 10_000) / previous) : null,
      paymentDays: paid.get(row.id) ?? null,
    });
  }
  return { measured, clients };
}

/**
 * Per client, the payment days of its invoices dated in the period whose export said when they
 * were paid: src/core/portfolio/payment-days.ts's paymentDays, added up here (days to pay from
 * the invoice date to its payment or, while open, to today; paid ahead 0; averaged by amount;
 * credit notes left out). A client without such invoices is not measured.
 */
export async function clientPaymentDays(
  db: Executor,
  workspaceId: string,
  period: { from: string; to: string; today: string },
): Promise<Map<string, number>> {
  const result = await db.execute<{ id: string; days: string }>(sql`
    select organization_id as id,
           round(sum(amount_cents::numeric
                     * greatest(0, coalesce(paid_on, ${period.today}::date) - invoice_date))
                 / sum(amount_cents))::text as days
      from revenue_lines
     where workspace_id = ${workspaceId} and payment_tracked and amount_cents > 0
       and invoice_date between ${period.from}::date and ${period.to}::date
     group by organization_id`);
  return new Map(result.rows.map((row) => [row.id, Number(row.days)]));
}

/** An empty score matrix: every cell not scored. */
export function emptyScores(clients: number, columns: number) {
  return {
    scores: new Int8Array(clients * columns).fill(notScored),
    flags: new Uint8Array(clients * columns),
  };
}
