// What the ambassadors' pages read beside the referrals: the organisations' names, sectors and
// managers, the person-P activities that thank, the year's activities for the pyramid, and the
// firm's marketing spend (table marketing_spend); scoped by workspace.
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { marketingSpend } from '../../db/schema.ts';

type Reader = Pick<Db, 'execute' | 'select'>;

export type OrganisationRow = {
  id: string;
  name: string;
  status: string;
  sector: string | null;
  region: string | null;
  manager_id: string | null;
  manager_name: string | null;
};

export async function organisationsByIds(
  db: Reader,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, OrganisationRow>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<OrganisationRow>(sql`
    select o.id, o.name, o.status, o.sector, o.region,
           o.relationship_manager_id as manager_id, u.name as manager_name
      from organizations o
      left join users u on u.workspace_id = o.workspace_id and u.id = o.relationship_manager_id
     where o.workspace_id = ${workspaceId} and o.id = any(${sql.param([...ids])}::uuid[])`);
  return new Map(result.rows.map((row) => [row.id, row]));
}

export async function contactNames(
  db: Reader,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<{ id: string; name: string }>(sql`
    select id, concat_ws(' ', first_name, infix, last_name) as name from contacts
     where workspace_id = ${workspaceId} and id = any(${sql.param([...ids])}::uuid[])`);
  return new Map(result.rows.map((row) => [row.id, row.name]));
}

/** The done person-P activities at these organisations from a day on: what thanks a referrer. */
export async function personActivitiesSince(
  db: Reader,
  workspaceId: string,
  organisationIds: readonly string[],
  from: string,
) {
  if (organisationIds.length === 0) return [];
  const result = await db.execute<{ organization_id: string; on_date: string }>(sql`
    select organization_id, on_date::text as on_date from activities
     where workspace_id = ${workspaceId} and status = 'done' and p = 'person'
       and on_date >= ${from}
       and organization_id = any(${sql.param([...organisationIds])}::uuid[])`);
  return result.rows.map((row) => ({
    organizationId: row.organization_id,
    p: 'person' as const,
    status: 'done',
    onDate: row.on_date,
  }));
}

export type PyramidActivityRow = {
  type: string;
  p: string | null;
  organization_id: string;
  status: string;
  minutes: number;
  cost_cents: number;
};

/** The done activities of a period with time or money, summed per organisation, type and P. */
export async function spendingActivities(
  db: Reader,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<PyramidActivityRow[]> {
  const result = await db.execute<PyramidActivityRow>(sql`
    select a.type, a.p, a.organization_id, o.status,
           coalesce(sum(a.minutes), 0)::float8 as minutes,
           coalesce(sum(a.cost_cents), 0)::float8 as cost_cents
      from activities a
      join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
     where a.workspace_id = ${workspaceId} and a.status = 'done'
       and a.on_date between ${period.from} and ${period.to}
       and (a.minutes is not null or a.cost_cents is not null)
     group by a.type, a.p, a.organization_id, o.status`);
  return result.rows.map((row) => ({
    ...row,
    minutes: Number(row.minutes),
    cost_cents: Number(row.cost_cents),
  }));
}

export type SpendRow = typeof marketingSpend.$inferSelect;

export async function spendOfPeriod(
  db: Reader,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<SpendRow[]> {
  return db
    .select()
    .from(marketingSpend)
    .where(
      and(
        eq(marketingSpend.workspaceId, workspaceId),
        gte(marketingSpend.spentOn, period.from),
        lte(marketingSpend.spentOn, period.to),
      ),
    )
    .orderBy(asc(marketingSpend.spentOn), asc(marketingSpend.createdAt), asc(marketingSpend.id));
}

export async function findSpend(db: Reader, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(marketingSpend)
    .where(and(eq(marketingSpend.workspaceId, workspaceId), eq(marketingSpend.id, id)));
  return row;
}
