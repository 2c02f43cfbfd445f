// Typed queries for the annual review's decisions (client_decisions, kept as history) and the
// clients beside them; every one is scoped by workspace.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';

/** A decision with the name of the professional who recorded it. */
export type DecisionRow = {
  id: string;
  organization_id: string;
  fiscal_year: number;
  decision: string;
  note: string | null;
  user_id: string | null;
  user_name: string | null;
  /** ISO 8601 in UTC, as Date.toISOString writes it. */
  created_at: string;
};

type Executor = Pick<Db, 'execute'>;

/** The columns of a DecisionRow, from client_decisions d left-joined to users u. */
const decisionColumns = sql`d.id, d.organization_id, d.fiscal_year, d.decision, d.note,
  d.user_id, u.name as user_name,
  to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at`;

const withUser = sql`left join users u on u.workspace_id = d.workspace_id and u.id = d.user_id`;

const newestFirst = sql`order by d.created_at desc, d.id desc`;

export async function insertDecision(
  tx: Executor,
  row: {
    workspaceId: string;
    id: string;
    organizationId: string;
    year: number;
    decision: string;
    note: string | null;
    userId: string;
  },
): Promise<DecisionRow> {
  const result = await tx.execute<DecisionRow>(sql`
    with d as (
      insert into client_decisions
        (workspace_id, id, organization_id, fiscal_year, decision, note, user_id)
      values (${row.workspaceId}, ${row.id}, ${row.organizationId}, ${row.year},
        ${row.decision}, ${row.note}, ${row.userId})
      returning *)
    select ${decisionColumns} from d ${withUser}`);
  const inserted = result.rows[0];
  if (!inserted) throw new Error('insert returned nothing');
  return inserted;
}

/** An organisation's decisions over all years, newest first. */
export async function decisionsOf(
  db: Executor,
  workspaceId: string,
  organizationId: string,
): Promise<DecisionRow[]> {
  const result = await db.execute<DecisionRow>(sql`
    select ${decisionColumns} from client_decisions d ${withUser}
     where d.workspace_id = ${workspaceId} and d.organization_id = ${organizationId}
     ${newestFirst}`);
  return result.rows;
}

export type ClientWithDecision = {
  id: string;
  name: string;
  oneOff: boolean;
  decision: DecisionRow | null;
};

/**
 * Name, one-off mark and latest decision of each of the given organisations, in one query: the
 * latest decision about `year` when given, else the latest of all. Unknown ids are left out.
 */
export async function clientsWithLatestDecision(
  db: Executor,
  workspaceId: string,
  ids: readonly string[],
  year?: number,
): Promise<Map<string, ClientWithDecision>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute<ClientWithDecision>(sql`
    select o.id, o.name, o.one_off as "oneOff",
      case when latest.id is null then null else to_jsonb(latest) end as decision
      from organizations o
      left join lateral (
        select ${decisionColumns} from client_decisions d ${withUser}
         where d.workspace_id = o.workspace_id and d.organization_id = o.id
           ${year === undefined ? sql`` : sql`and d.fiscal_year = ${year}`}
         ${newestFirst}
         limit 1) latest on true
     where o.workspace_id = ${workspaceId} and o.id = any(${sql.param([...ids])}::uuid[])`);
  return new Map(result.rows.map((row) => [row.id, row]));
}
