// Evaluations and improvement plans (tables evaluations, improvement_plans) with the names they
// point at, and the rows the rules of method §7 read; scoped by workspace.
import { sql, type SQL } from 'drizzle-orm';
import { defaultSatisfactionNorm } from '../../core/satisfaction/evaluation.ts';
import type { Db } from '../../db/connection.ts';

type Reader = Pick<Db, 'execute'>;

const contactName = (alias: string) =>
  sql.raw(`concat_ws(' ', ${alias}.first_name, ${alias}.infix, ${alias}.last_name)`);

/** The client an evaluation is of: its name and relationship manager; undefined when unknown. */
export async function findClient(db: Reader, workspaceId: string, organizationId: string) {
  const result = await db.execute<{ id: string; name: string; manager: string | null }>(sql`
    select id, name, relationship_manager_id as manager from organizations
     where workspace_id = ${workspaceId} and id = ${organizationId}`);
  return result.rows[0];
}

export async function isContactOf(
  db: Reader,
  workspaceId: string,
  organizationId: string,
  contactId: string,
) {
  const result = await db.execute(sql`
    select 1 from contacts where workspace_id = ${workspaceId} and id = ${contactId}
       and organization_id = ${organizationId}`);
  return result.rows.length > 0;
}

export async function isAssignmentOf(
  db: Reader,
  workspaceId: string,
  organizationId: string,
  assignmentId: string,
) {
  const result = await db.execute(sql`
    select 1 from assignments where workspace_id = ${workspaceId} and id = ${assignmentId}
       and organization_id = ${organizationId}`);
  return result.rows.length > 0;
}

export async function isUserOf(db: Reader, workspaceId: string, userId: string) {
  const result = await db.execute(sql`
    select 1 from users where workspace_id = ${workspaceId} and id = ${userId}`);
  return result.rows.length > 0;
}

export type EvaluationRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  assignment_id: string | null;
  assignment_title: string | null;
  contact_id: string;
  contact_name: string;
  method: string;
  evaluated_on: string;
  end_result: number | null;
  reachability: number | null;
  keeping_promises: number | null;
  expertise: number | null;
  communication: number | null;
  invoicing: number | null;
  overall: number;
  recommend: number | null;
  trust: string | null;
  comments: string | null;
  recorded_at: string;
};

const selectEvaluations = sql`
  select e.id, e.organization_id, o.name as organization_name, e.assignment_id,
         a.title as assignment_title, e.contact_id, ${contactName('c')} as contact_name, e.method,
         e.evaluated_on::text as evaluated_on, e.end_result, e.reachability, e.keeping_promises,
         e.expertise, e.communication, e.invoicing, e.overall, e.recommend, e.trust, e.comments,
         (extract(epoch from e.created_at) * 1000)::bigint::text as recorded_at
    from evaluations e
    join organizations o on o.workspace_id = e.workspace_id and o.id = e.organization_id
    join contacts c on c.workspace_id = e.workspace_id and c.id = e.contact_id
    left join assignments a on a.workspace_id = e.workspace_id and a.id = e.assignment_id`;

export async function findEvaluation(db: Reader, workspaceId: string, id: string) {
  const result = await db.execute<EvaluationRow>(
    sql`${selectEvaluations} where e.workspace_id = ${workspaceId} and e.id = ${id}`,
  );
  return result.rows[0];
}

/** A client's evaluations, the latest first. */
export async function evaluationsOfClient(db: Reader, workspaceId: string, organizationId: string) {
  const result = await db.execute<EvaluationRow>(sql`${selectEvaluations}
    where e.workspace_id = ${workspaceId} and e.organization_id = ${organizationId}
    order by e.evaluated_on desc, e.created_at desc limit 1000`);
  return result.rows;
}

export type PlanRow = {
  id: string;
  organization_id: string;
  organization_name: string;
  manager_id: string | null;
  evaluation_id: string;
  opened_on: string;
  opening_score: number;
  norm: number;
  what: string | null;
  owner_id: string | null;
  owner_name: string | null;
  due_on: string;
  cost_cents: string | null;
  closed_on: string | null;
  closed_by_evaluation_id: string | null;
};

const selectPlans = sql`
  select p.id, p.organization_id, o.name as organization_name,
         o.relationship_manager_id as manager_id, p.evaluation_id,
         e.evaluated_on::text as opened_on, e.overall as opening_score, p.norm, p.what,
         p.owner_id, u.name as owner_name, p.due_on::text as due_on, p.cost_cents::text as cost_cents,
         p.closed_on::text as closed_on, p.closed_by_evaluation_id
    from improvement_plans p
    join organizations o on o.workspace_id = p.workspace_id and o.id = p.organization_id
    join evaluations e on e.workspace_id = p.workspace_id and e.id = p.evaluation_id
    left join users u on u.workspace_id = p.workspace_id and u.id = p.owner_id`;

export type PlanFilter = {
  id?: string;
  organizationId?: string | undefined;
  evaluationIds?: readonly string[];
  status?: 'open' | 'closed' | undefined;
  /** Owned by this user, or owned by nobody at a client they manage. */
  responsibleId?: string | undefined;
};

/** Improvement plans, the earliest due first. */
export async function listPlans(db: Reader, workspaceId: string, filter: PlanFilter) {
  const where: SQL[] = [sql`p.workspace_id = ${workspaceId}`];
  if (filter.id) where.push(sql`p.id = ${filter.id}`);
  if (filter.organizationId) where.push(sql`p.organization_id = ${filter.organizationId}`);
  if (filter.evaluationIds)
    where.push(sql`p.evaluation_id = any(${sql.param([...filter.evaluationIds])}::uuid[])`);
  if (filter.status === 'open') where.push(sql`p.closed_on is null`);
  if (filter.status === 'closed') where.push(sql`p.closed_on is not null`);
  if (filter.responsibleId)
    where.push(sql`(p.owner_id = ${filter.responsibleId}
      or (p.owner_id is null and o.relationship_manager_id = ${filter.responsibleId}))`);
  const result = await db.execute<PlanRow>(sql`${selectPlans}
    where ${sql.join(where, sql` and `)} order by p.due_on, p.created_at limit 1000`);
  return result.rows;
}

/**
 * Contacts whose latest evaluation with a recommend score is their latest word: one row per
 * contact, the highest score first.
 */
export async function latestRecommendations(db: Reader, workspaceId: string) {
  const result = await db.execute<{
    contact_id: string;
    contact_name: string;
    organization_id: string;
    organization_name: string;
    recommend: number;
    evaluated_on: string;
    evaluation_id: string;
  }>(sql`
    select * from (
      select distinct on (e.contact_id) e.contact_id, ${contactName('c')} as contact_name,
             e.organization_id, o.name as organization_name, e.recommend,
             e.evaluated_on::text as evaluated_on, e.id as evaluation_id
        from evaluations e
        join contacts c on c.workspace_id = e.workspace_id and c.id = e.contact_id
        join organizations o on o.workspace_id = e.workspace_id and o.id = e.organization_id
       where e.workspace_id = ${workspaceId} and e.recommend is not null
       order by e.contact_id, e.evaluated_on desc, e.created_at desc) latest
     order by recommend desc, evaluated_on desc, contact_name`);
  return result.rows;
}

export type EndedAssignmentRow = {
  id: string;
  title: string;
  organization_id: string;
  organization_name: string;
  manager_id: string | null;
  end_date: string;
};

/**
 * The assignments of current clients that ended from `from` up to before `today` (of one
 * relationship manager's clients, or the firm's), with the evaluations of those clients.
 */
export async function endedAssignments(
  db: Reader,
  workspaceId: string,
  options: { from: string; today: string; managerId?: string | undefined },
) {
  const manager = options.managerId
    ? sql`and o.relationship_manager_id = ${options.managerId}`
    : sql``;
  const assignments = await db.execute<EndedAssignmentRow>(sql`
    select a.id, a.title, a.organization_id, o.name as organization_name,
           o.relationship_manager_id as manager_id, a.end_date::text as end_date
      from assignments a
      join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
     where a.workspace_id = ${workspaceId} and a.end_date >= ${options.from}
       and a.end_date < ${options.today} and o.status = 'client' and o.archived_at is null
       ${manager}`);
  const clients = [...new Set(assignments.rows.map((row) => row.organization_id))];
  if (clients.length === 0) return { assignments: [], evaluations: [] };
  const evaluations = await db.execute<{
    organization_id: string;
    assignment_id: string | null;
    evaluated_on: string;
  }>(sql`
    select organization_id, assignment_id, evaluated_on::text as evaluated_on from evaluations
     where workspace_id = ${workspaceId}
       and organization_id = any(${sql.param(clients)}::uuid[])`);
  return { assignments: assignments.rows, evaluations: evaluations.rows };
}

/** The overall score the firm holds its evaluations to (method §7). */
export async function satisfactionNormOf(db: Reader, workspaceId: string): Promise<number> {
  const result = await db.execute<{ norm: number }>(sql`
    select satisfaction_norm as norm from workspaces where workspace_id = ${workspaceId}`);
  return result.rows[0]?.norm ?? defaultSatisfactionNorm;
}
