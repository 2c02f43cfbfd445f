// The demo firm's evaluations after assignments (method §7): for most assignments that ended in
// the last year and a half, a contact person of the client scored the firm, mostly at or above
// the norm; a score below it opened an improvement plan as the product opens one, and a later
// re-evaluation at or above the plan's norm closed it. Some assignments that ended lately are not
// evaluated yet, so the worklist has evaluations due.
import type { evaluations, improvementPlans } from '../db/schema.ts';
import { evaluationWindowDays } from '../core/satisfaction/evaluation-due.ts';
import { recommendRange, scoreRange } from '../core/satisfaction/evaluation.ts';
import {
  closingEvaluation,
  defaultPlanDays,
  opensPlan,
} from '../core/satisfaction/improvement-plan.ts';
import { dayOf, isoDay, momentOn } from './days.ts';
import { Random } from './random.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type ImprovementPlanRow = typeof improvementPlans.$inferSelect;

/** An ended assignment as the evaluations see it, its client's manager and contact persons. */
export type EndedAssignment = {
  id: string;
  organizationId: string;
  endDate: number;
  managerId: string | null;
  /** The client's contact persons still there, the decider first. */
  contactIds: readonly string[];
};

/** How far back ended assignments were evaluated: a year and a half. */
export const evaluatedSinceDays = 548;

const planWhat = [
  'Vaste wekelijkse terugkoppeling over de voortgang inplannen',
  'Gesprek met de partner over verwachtingen en bereikbaarheid',
  'Planning en opleverdata vooraf schriftelijk afspreken',
  'Facturen voortaan met een toelichting per onderdeel',
  'Tweede professional aan het team toevoegen',
];

const clamp = (score: number, range: { min: number; max: number }) =>
  Math.max(range.min, Math.min(range.max, score));

/** The answers of one contact: the aspects around the overall score, the recommend near it. */
function answers(random: Random, overall: number) {
  const near = () => clamp(overall + random.int(-1, 1), scoreRange);
  const trust: 'expand' | 'continue' | 'undecided' | 'leave' =
    overall >= 9
      ? random.weighted([
          ['expand', 2],
          ['continue', 3],
        ] as const)
      : overall >= 8
        ? random.weighted([
            ['expand', 1],
            ['continue', 5],
          ] as const)
        : random.weighted([
            ['continue', 3],
            ['undecided', 3],
            ['leave', 1],
          ] as const);
  return {
    endResult: near(),
    reachability: near(),
    keepingPromises: near(),
    expertise: clamp(overall + random.int(0, 1), scoreRange),
    communication: near(),
    invoicing: random.chance(0.8) ? near() : null,
    overall,
    recommend: clamp(overall + random.int(-1, 1), recommendRange),
    trust: random.chance(0.9) ? trust : null,
  };
}

/**
 * Evaluations of one client's ended assignments (in order of their end) and the plans those below
 * `norm` opened, closed by the first later evaluation at or above the plan's norm.
 */
export function clientEvaluations(
  seed: number,
  workspaceId: string,
  today: number,
  norm: number,
  assignments: readonly EndedAssignment[],
) {
  const rows: EvaluationRow[] = [];
  const plans: ImprovementPlanRow[] = [];
  const first = assignments[0];
  if (!first || first.contactIds.length === 0) return { evaluations: rows, plans };
  const random = new Random(`${seed}:evaluations:${first.organizationId}`);
  for (const assignment of assignments) {
    if (assignment.endDate >= today || assignment.endDate < today - evaluatedSinceDays) continue;
    // lately ended ones are often still due; older ones mostly evaluated
    const recent = assignment.endDate > today - evaluationWindowDays - 10;
    if (!random.chance(recent ? 0.4 : 0.7)) continue;
    const day = Math.min(today, assignment.endDate + random.int(3, evaluationWindowDays + 10));
    // after a plan the firm works to the norm again, mostly with success
    const planOpen = plans.some((plan) => plan.closedOn === null);
    const overall =
      planOpen && random.chance(0.8)
        ? random.weighted([
            [8, 3],
            [9, 2],
          ] as const)
        : random.weighted([
            [6, 2],
            [7, 8],
            [8, 40],
            [9, 38],
            [10, 12],
          ] as const);
    const createdAt = momentOn(day, 9 * 60 + random.int(0, 480));
    const evaluation: EvaluationRow = {
      workspaceId,
      id: random.uuid(),
      organizationId: assignment.organizationId,
      assignmentId: assignment.id,
      contactId: random.chance(0.7)
        ? assignment.contactIds[0]!
        : random.pick(assignment.contactIds),
      method: random.weighted([
        ['conversation', 5],
        ['phone', 3],
        ['written', 2],
      ] as const),
      evaluatedOn: isoDay(day),
      ...answers(random, overall),
      comments: null,
      createdBy: assignment.managerId,
      createdAt,
      updatedAt: createdAt,
    };
    rows.push(evaluation);
    if (opensPlan(evaluation, norm))
      plans.push({
        workspaceId,
        id: random.uuid(),
        organizationId: assignment.organizationId,
        evaluationId: evaluation.id,
        norm,
        what: random.pick(planWhat),
        ownerId: assignment.managerId,
        dueOn: isoDay(day + defaultPlanDays),
        costCents: random.chance(0.5) ? random.int(2, 20) * 5_000 : null,
        closedOn: null,
        closedByEvaluationId: null,
        createdAt,
        updatedAt: createdAt,
      });
    closePlans(rows, plans);
  }
  // a plan carried out: the contact asked again about the relationship a few months on
  for (const plan of plans.filter((open) => open.closedOn === null)) {
    const opening = rows.find((row) => row.id === plan.evaluationId)!;
    const day = dayOf(opening.evaluatedOn) + random.int(60, 150);
    if (day >= today || !random.chance(0.7)) continue;
    const createdAt = momentOn(day, 9 * 60 + random.int(0, 480));
    rows.push({
      ...opening,
      id: random.uuid(),
      assignmentId: null,
      evaluatedOn: isoDay(day),
      ...answers(
        random,
        random.weighted([
          [8, 3],
          [9, 2],
        ] as const),
      ),
      createdAt,
      updatedAt: createdAt,
    });
    closePlans(rows, plans);
  }
  return { evaluations: rows, plans };
}

/** Each plan closed by its re-evaluation, as the product keeps them after every evaluation. */
function closePlans(rows: readonly EvaluationRow[], plans: ImprovementPlanRow[]) {
  const scored = rows.map((row) => ({
    id: row.id,
    evaluatedOn: row.evaluatedOn,
    overall: row.overall,
    recordedAt: row.createdAt.getTime(),
  }));
  const dayOfEvaluation = new Map(rows.map((row) => [row.id, row.evaluatedOn]));
  for (const plan of plans) {
    if (plan.closedOn !== null) continue;
    const openedOn = dayOfEvaluation.get(plan.evaluationId)!;
    const closing = closingEvaluation({ openedOn, norm: plan.norm }, scored);
    if (!closing) continue;
    plan.closedOn = closing.evaluatedOn;
    plan.closedByEvaluationId = closing.id;
    plan.updatedAt = rows.find((row) => row.id === closing.id)!.createdAt;
  }
}
