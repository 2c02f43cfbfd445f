// Improvement plans (method §7), listed open or closed, changed and closed by hand; the contacts
// who recommend the firm (ambassador candidates); and the evaluations due after assignments that
// ended, for the relationship manager's worklist.
import { and, eq } from 'drizzle-orm';
import { invalidField, notFound } from '../../core/errors.ts';
import {
  calendarDaysBetween,
  dayNumberOf,
  addCalendarDays,
} from '../../core/servicing/calendar-days.ts';
import { recommendsFirm } from '../../core/satisfaction/evaluation.ts';
import {
  evaluationLookbackDays,
  evaluationsDue,
  type AssignmentEvaluationCheck,
} from '../../core/satisfaction/evaluation-due.ts';
import type { Db } from '../../db/connection.ts';
import { improvementPlans } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import {
  endedAssignments,
  isUserOf,
  latestRecommendations,
  listPlans,
  type PlanFilter,
  type PlanRow,
} from './satisfaction.repo.ts';

export function toPlan(row: PlanRow, day: string) {
  const closed = row.closed_on !== null;
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    evaluationId: row.evaluation_id,
    openedOn: row.opened_on,
    openingScore: row.opening_score,
    norm: row.norm,
    what: row.what,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    responsibleId: row.owner_id ?? row.manager_id,
    dueOn: row.due_on,
    costCents: row.cost_cents === null ? null : Number(row.cost_cents),
    status: closed ? ('closed' as const) : ('open' as const),
    closedOn: row.closed_on,
    closedByEvaluationId: row.closed_by_evaluation_id,
    overdue: !closed && calendarDaysBetween(row.due_on, day) > 0,
  };
}

export type ImprovementPlanView = ReturnType<typeof toPlan>;

export async function listImprovementPlans(
  db: Db,
  workspaceId: string,
  filter: {
    status?: 'open' | 'closed' | undefined;
    organizationId?: string | undefined;
    userId?: string | undefined;
  },
  day: string,
) {
  const rows = await listPlans(db, workspaceId, {
    status: filter.status,
    organizationId: filter.organizationId,
    responsibleId: filter.userId,
  } satisfies PlanFilter);
  return rows.map((row) => toPlan(row, day));
}

/** The open plans a professional answers for: owned by them, or by nobody at their clients. */
export async function openImprovementPlansOf(
  db: Db,
  workspaceId: string,
  userId: string,
  day: string,
) {
  return listImprovementPlans(db, workspaceId, { status: 'open', userId }, day);
}

export async function getImprovementPlan(db: Db, workspaceId: string, id: string, day: string) {
  const [row] = await listPlans(db, workspaceId, { id });
  if (!row) throw notFound('Improvement plan');
  return toPlan(row, day);
}

export type PlanChange = {
  what?: string | null | undefined;
  ownerId?: string | null | undefined;
  dueOn?: string | undefined;
  costCents?: number | null | undefined;
  closedOn?: string | null | undefined;
};

/**
 * Changes what, who, by when and the cost; `closedOn` closes the plan by hand (the client left,
 * or the firm and the client agree it is done), and null opens it again until a re-evaluation.
 */
export async function updateImprovementPlan(
  db: Db,
  actor: Actor,
  id: string,
  change: PlanChange,
  day: string,
) {
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const [row] = await listPlans(tx, ws, { id });
    if (!row) throw notFound('Improvement plan');
    if (change.ownerId && !(await isUserOf(tx, ws, change.ownerId)))
      throw invalidField('ownerId', 'is not a professional of this firm', {
        code: 'notAProfessional',
      });
    const before = {
      what: row.what,
      ownerId: row.owner_id,
      dueOn: row.due_on,
      costCents: row.cost_cents === null ? null : Number(row.cost_cents),
      closedOn: row.closed_on,
      closedByEvaluationId: row.closed_by_evaluation_id,
    };
    const closing = change.closedOn !== undefined;
    const after = {
      what: change.what === undefined ? before.what : change.what?.trim() || null,
      ownerId: change.ownerId === undefined ? before.ownerId : change.ownerId,
      dueOn: change.dueOn ?? before.dueOn,
      costCents: change.costCents === undefined ? before.costCents : change.costCents,
      closedOn: closing ? (change.closedOn ?? null) : before.closedOn,
      closedByEvaluationId: closing ? null : before.closedByEvaluationId,
    };
    const opened = dayNumberOf(row.opened_on, 'openedOn');
    if (dayNumberOf(after.dueOn, 'dueOn') < opened)
      throw invalidField('dueOn', 'cannot be before the evaluation that opened the plan');
    if (after.closedOn !== null && closing) {
      const closedOn = dayNumberOf(after.closedOn, 'closedOn');
      if (closedOn > dayNumberOf(day, 'today'))
        throw invalidField('closedOn', 'cannot be after today', { code: 'afterToday' });
      if (closedOn < opened)
        throw invalidField('closedOn', 'cannot be before the evaluation that opened the plan');
    }
    await tx
      .update(improvementPlans)
      .set({ ...after, updatedAt: new Date() })
      .where(and(eq(improvementPlans.workspaceId, ws), eq(improvementPlans.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: row.organization_id,
      action: 'update',
      before: { [`improvementPlan:${id}`]: before },
      after: { [`improvementPlan:${id}`]: after },
    });
  });
  return getImprovementPlan(db, actor.workspaceId, id, day);
}

/** Contacts whose latest recommend score is a 9 or a 10: the firm's ambassador candidates. */
export async function ambassadorCandidates(db: Db, workspaceId: string) {
  const rows = await latestRecommendations(db, workspaceId);
  return rows
    .filter((row) => recommendsFirm(row.recommend))
    .map((row) => ({
      contactId: row.contact_id,
      contactName: row.contact_name,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      recommend: row.recommend,
      evaluatedOn: row.evaluated_on,
      evaluationId: row.evaluation_id,
    }));
}

export type EvaluationDue = AssignmentEvaluationCheck & {
  assignmentTitle: string;
  organizationId: string;
  organizationName: string;
  relationshipManagerId: string | null;
  status: 'open' | 'overdue';
};

/**
 * The evaluations due at `day` after the assignments of current clients that ended within the
 * last year and that no evaluation covers yet (of one relationship manager's clients, or the
 * firm's), the earliest deadline first.
 */
export async function evaluationsDueAt(
  db: Db,
  workspaceId: string,
  options: { managerId?: string | undefined; today: string },
): Promise<EvaluationDue[]> {
  const { today } = options;
  const { assignments, evaluations } = await endedAssignments(db, workspaceId, {
    from: addCalendarDays(today, -evaluationLookbackDays),
    today,
    managerId: options.managerId,
  });
  const evaluationsOf = new Map<string, { assignmentId: string | null; evaluatedOn: string }[]>();
  for (const row of evaluations) {
    const list = evaluationsOf.get(row.organization_id) ?? [];
    list.push({ assignmentId: row.assignment_id, evaluatedOn: row.evaluated_on });
    evaluationsOf.set(row.organization_id, list);
  }
  const byId = new Map(assignments.map((row) => [row.id, row]));
  const due: EvaluationDue[] = [];
  for (const row of assignments) {
    const [check] = evaluationsDue(
      [{ id: row.id, endDate: row.end_date }],
      evaluationsOf.get(row.organization_id) ?? [],
      today,
    );
    if (!check) continue;
    due.push({
      ...check,
      status: check.status === 'overdue' ? 'overdue' : 'open',
      assignmentTitle: row.title,
      organizationId: row.organization_id,
      organizationName: row.organization_name,
      relationshipManagerId: byId.get(row.id)?.manager_id ?? null,
    });
  }
  return due.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}
