// The demo firm's evaluations and improvement plans (evaluations.ts), loaded inside the load's
// transaction after the servicing: the assignments that ended in the last year and a half are
// read back in client order and the rows go in as whole columns.
import type pg from 'pg';
import * as schema from '../db/schema.ts';
import { satisfactionNormOf } from '../features/satisfaction/satisfaction.repo.ts';
import type { Db } from '../db/connection.ts';
import { dayOf, isoDay } from './days.ts';
import {
  clientEvaluations,
  evaluatedSinceDays,
  type EndedAssignment,
  type EvaluationRow,
  type ImprovementPlanRow,
} from './evaluations.ts';
import { insertRows } from './insert-rows.ts';

type AssignmentRaw = {
  id: string;
  organization_id: string;
  end_date: string;
  manager: string | null;
  contacts: string[];
};

/** Loads the evaluations; returns how many evaluations and improvement plans went in. */
export async function loadDemoEvaluations(
  db: Db,
  client: pg.PoolClient,
  firm: { seed: number; workspaceId: string; today: string },
): Promise<{ evaluations: number; improvementPlans: number }> {
  const today = dayOf(firm.today);
  const norm = await satisfactionNormOf(db, firm.workspaceId);
  const { rows } = await client.query<AssignmentRaw>(
    `select a.id, a.organization_id, a.end_date::text as end_date,
            o.relationship_manager_id as manager,
            coalesce((select array_agg(c.id order by c.dmu_role = 'decider' desc, c.sort_key, c.id)
                        from contacts c
                       where c.workspace_id = o.workspace_id and c.organization_id = o.id
                         and c.active_to is null), '{}') as contacts
       from assignments a
       join organizations o on o.workspace_id = a.workspace_id and o.id = a.organization_id
      where a.workspace_id = $1 and a.end_date >= $2 and a.end_date < $3
        and o.archived_at is null
      order by a.organization_id, a.end_date, a.id`,
    [firm.workspaceId, isoDay(today - evaluatedSinceDays), firm.today],
  );
  const evaluations: EvaluationRow[] = [];
  const plans: ImprovementPlanRow[] = [];
  let ofClient: EndedAssignment[] = [];
  const flush = () => {
    const made = clientEvaluations(firm.seed, firm.workspaceId, today, norm, ofClient);
    evaluations.push(...made.evaluations);
    plans.push(...made.plans);
    ofClient = [];
  };
  for (const row of rows) {
    if (ofClient.length > 0 && ofClient[0]!.organizationId !== row.organization_id) flush();
    ofClient.push({
      id: row.id,
      organizationId: row.organization_id,
      endDate: dayOf(row.end_date),
      managerId: row.manager,
      contactIds: row.contacts,
    });
  }
  flush();
  await insertRows(client, schema.evaluations, evaluations);
  await insertRows(client, schema.improvementPlans, plans);
  return { evaluations: evaluations.length, improvementPlans: plans.length };
}
