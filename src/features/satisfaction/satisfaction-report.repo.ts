// The rows the satisfaction report reads (method §7): the evaluations that count in a period or
// cover an assignment that ended in it, those assignments, and every client they are of, current,
// former or archived alike.
import { sql } from 'drizzle-orm';
import type { TrustIntention } from '../../core/satisfaction/evaluation.ts';
import type {
  ReportAssignment,
  ReportEvaluation,
} from '../../core/satisfaction/satisfaction-report.ts';
import type { Db } from '../../db/connection.ts';

type Reader = Pick<Db, 'execute'>;

export async function reportRows(
  db: Reader,
  workspaceId: string,
  period: { from: string; to: string; today: string },
) {
  const [evaluations, assignments] = await Promise.all([
    // an evaluation covers an assignment by naming it, or by coming on or after its end
    db.execute<{
      organization_id: string;
      assignment_id: string | null;
      evaluated_on: string;
      overall: number;
      recommend: number | null;
      trust: string | null;
    }>(sql`
      select organization_id, assignment_id, evaluated_on::text as evaluated_on, overall,
             recommend, trust
        from evaluations
       where workspace_id = ${workspaceId}
         and (assignment_id is not null or evaluated_on >= ${period.from})`),
    db.execute<{ id: string; organization_id: string; title: string; end_date: string }>(sql`
      select id, organization_id, title, end_date::text as end_date from assignments
       where workspace_id = ${workspaceId} and end_date >= ${period.from}
         and end_date <= ${period.to} and end_date < ${period.today}`),
  ]);
  const ids = [
    ...new Set([
      ...evaluations.rows.map((row) => row.organization_id),
      ...assignments.rows.map((row) => row.organization_id),
    ]),
  ];
  const clients =
    ids.length === 0
      ? []
      : (
          await db.execute<{ id: string; name: string; manager_id: string | null }>(sql`
            select id, name, relationship_manager_id as manager_id from organizations
             where workspace_id = ${workspaceId}
               and id in (${sql.join(
                 ids.map((id) => sql`${id}`),
                 sql`, `,
               )})`)
        ).rows;
  return {
    evaluations: evaluations.rows.map((row): ReportEvaluation => ({
      organizationId: row.organization_id,
      assignmentId: row.assignment_id,
      evaluatedOn: row.evaluated_on,
      overall: row.overall,
      recommend: row.recommend,
      trust: row.trust as TrustIntention | null,
    })),
    assignments: assignments.rows.map((row): ReportAssignment => ({
      id: row.id,
      organizationId: row.organization_id,
      title: row.title,
      endDate: row.end_date,
    })),
    clients: clients.map((row) => ({ id: row.id, name: row.name, managerId: row.manager_id })),
  };
}
