// Typed queries for the revenue plans and the acquisition investments of a firm, one row per
// fiscal year each, and for the revenue so far in a year; every one is scoped by workspace.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { acquisitionInvestments, revenuePlans } from '../../db/schema.ts';

type Reader = Pick<Db, 'select'>;

export type RevenuePlanRow = typeof revenuePlans.$inferSelect;
export type InvestmentRow = typeof acquisitionInvestments.$inferSelect;

export async function findRevenuePlan(
  db: Reader,
  workspaceId: string,
  year: number,
  lock = false,
): Promise<RevenuePlanRow | undefined> {
  const query = db
    .select()
    .from(revenuePlans)
    .where(and(eq(revenuePlans.workspaceId, workspaceId), eq(revenuePlans.fiscalYear, year)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function saveRevenuePlan(
  tx: Pick<Db, 'insert'>,
  row: Omit<RevenuePlanRow, 'updatedAt'>,
): Promise<void> {
  const { workspaceId: _w, fiscalYear: _y, ...amounts } = row;
  await tx
    .insert(revenuePlans)
    .values(row)
    .onConflictDoUpdate({
      target: [revenuePlans.workspaceId, revenuePlans.fiscalYear],
      set: { ...amounts, updatedAt: sql`now()` },
    });
}

export async function findInvestment(
  db: Reader,
  workspaceId: string,
  year: number,
  lock = false,
): Promise<InvestmentRow | undefined> {
  const query = db
    .select()
    .from(acquisitionInvestments)
    .where(
      and(
        eq(acquisitionInvestments.workspaceId, workspaceId),
        eq(acquisitionInvestments.fiscalYear, year),
      ),
    );
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function saveInvestment(
  tx: Pick<Db, 'insert'>,
  row: Omit<InvestmentRow, 'updatedAt'>,
): Promise<void> {
  const { workspaceId: _w, fiscalYear: _y, ...figures } = row;
  await tx
    .insert(acquisitionInvestments)
    .values(row)
    .onConflictDoUpdate({
      target: [acquisitionInvestments.workspaceId, acquisitionInvestments.fiscalYear],
      set: { ...figures, updatedAt: sql`now()` },
    });
}

/**
 * The revenue of the invoices dated from `from` to `to`, both inclusive, counted as the
 * portfolio counts it: per client, and only clients whose total is above zero.
 */
export async function activeRevenueBetween(
  db: Pick<Db, 'execute'>,
  workspaceId: string,
  range: { from: string; to: string },
): Promise<number> {
  const result = await db.execute<{ cents: string }>(sql`
    select coalesce(sum(total) filter (where total > 0), 0)::text as cents
      from (select sum(amount_cents) as total from revenue_lines
             where workspace_id = ${workspaceId}
               and invoice_date between ${range.from} and ${range.to}
             group by organization_id) per_client`);
  return Number(result.rows[0]?.cents ?? 0);
}
