// Evaluations (method §7): a client's answers, given by a named contact person, recorded, changed
// and removed; each change keeps the improvement plans in step with the norm of 8: an overall
// score below the firm's norm opens a plan, a re-evaluation at or above a plan's norm closes it.
// Every change audited in the same transaction.
import { and, eq } from 'drizzle-orm';
import { invalidField, notFound } from '../../core/errors.ts';
import { addCalendarDays, dayNumberOf } from '../../core/servicing/calendar-days.ts';
import {
  aspectAverage,
  belowNorm,
  evaluationAspects,
  recommendsFirm,
  type AspectScores,
  type EvaluationMethod,
  type TrustIntention,
} from '../../core/satisfaction/evaluation.ts';
import {
  closingEvaluation,
  defaultPlanDays,
  opensPlan,
} from '../../core/satisfaction/improvement-plan.ts';
import type { Db } from '../../db/connection.ts';
import { evaluations, improvementPlans } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { newId } from '../../kernel/ids.ts';
import { recordAudit } from '../../kernel/audit.ts';
import {
  evaluationsOfClient,
  findClient,
  findEvaluation,
  isAssignmentOf,
  isContactOf,
  isUserOf,
  listPlans,
  satisfactionNormOf,
  type EvaluationRow,
  type PlanRow,
} from './satisfaction.repo.ts';
import { toPlan, type ImprovementPlanView } from './improvement-plans.service.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Who records a change: a professional, or no one of the firm (a client on the survey page). */
type Writer = { workspaceId: string; userId: string | undefined };

const columnOf = {
  endResult: 'end_result',
  reachability: 'reachability',
  keepingPromises: 'keeping_promises',
  expertise: 'expertise',
  communication: 'communication',
  invoicing: 'invoicing',
} as const;

function toEvaluation(row: EvaluationRow, norm: number, plan: PlanRow | undefined, day: string) {
  const scores = Object.fromEntries(
    evaluationAspects.map((aspect) => [aspect, row[columnOf[aspect]]]),
  ) as Record<(typeof evaluationAspects)[number], number | null>;
  return {
    id: row.id,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    assignmentId: row.assignment_id,
    assignmentTitle: row.assignment_title,
    contactId: row.contact_id,
    contactName: row.contact_name,
    method: row.method as EvaluationMethod,
    evaluatedOn: row.evaluated_on,
    scores,
    aspectAverage: aspectAverage(scores),
    overall: row.overall,
    recommend: row.recommend,
    trust: row.trust as TrustIntention | null,
    comments: row.comments,
    norm,
    belowNorm: belowNorm(row.overall, norm),
    recommendsFirm: recommendsFirm(row.recommend),
    improvementPlan: plan ? toPlan(plan, day) : null,
  };
}

export type EvaluationView = ReturnType<typeof toEvaluation> & {
  improvementPlan: ImprovementPlanView | null;
};

async function views(db: Db, workspaceId: string, rows: EvaluationRow[], day: string) {
  const [norm, plans] = await Promise.all([
    satisfactionNormOf(db, workspaceId),
    rows.length === 0
      ? []
      : listPlans(db, workspaceId, { evaluationIds: rows.map((row) => row.id) }),
  ]);
  const planOf = new Map(plans.map((plan) => [plan.evaluation_id, plan]));
  return rows.map((row) => toEvaluation(row, norm, planOf.get(row.id), day));
}

export async function clientEvaluations(
  db: Db,
  workspaceId: string,
  organizationId: string,
  day: string,
) {
  if (!(await findClient(db, workspaceId, organizationId))) throw notFound('Organisation');
  return views(db, workspaceId, await evaluationsOfClient(db, workspaceId, organizationId), day);
}

export async function getEvaluation(
  db: Db,
  workspaceId: string,
  id: string,
  day: string,
): Promise<EvaluationView> {
  const row = await findEvaluation(db, workspaceId, id);
  if (!row) throw notFound('Evaluation');
  return (await views(db, workspaceId, [row], day))[0]!;
}

export type EvaluationInput = {
  contactId: string;
  assignmentId?: string | null | undefined;
  method: EvaluationMethod;
  evaluatedOn?: string | undefined;
  scores?: AspectScores | undefined;
  overall: number;
  recommend?: number | null | undefined;
  trust?: TrustIntention | null | undefined;
  comments?: string | null | undefined;
  improvementPlan?: PlanInput | undefined;
};

export type PlanInput = {
  what?: string | null | undefined;
  ownerId?: string | null | undefined;
  dueOn?: string | undefined;
  costCents?: number | null | undefined;
};

/** The columns of an evaluation as stored and audited. */
type Stored = {
  contactId: string;
  assignmentId: string | null;
  method: string;
  evaluatedOn: string;
  endResult: number | null;
  reachability: number | null;
  keepingPromises: number | null;
  expertise: number | null;
  communication: number | null;
  invoicing: number | null;
  overall: number;
  recommend: number | null;
  trust: string | null;
  comments: string | null;
};

const storedOf = (row: EvaluationRow): Stored => ({
  contactId: row.contact_id,
  assignmentId: row.assignment_id,
  method: row.method,
  evaluatedOn: row.evaluated_on,
  endResult: row.end_result,
  reachability: row.reachability,
  keepingPromises: row.keeping_promises,
  expertise: row.expertise,
  communication: row.communication,
  invoicing: row.invoicing,
  overall: row.overall,
  recommend: row.recommend,
  trust: row.trust,
  comments: row.comments,
});

/** The answers are of this client, by one of its contacts, on a day that has come. */
async function checkStored(
  tx: Tx,
  workspaceId: string,
  organizationId: string,
  stored: Stored,
  day: string,
) {
  if (dayNumberOf(stored.evaluatedOn, 'evaluatedOn') > dayNumberOf(day, 'today'))
    throw invalidField('evaluatedOn', 'cannot be after today', { code: 'afterToday' });
  if (!(await isContactOf(tx, workspaceId, organizationId, stored.contactId)))
    throw invalidField('contactId', 'is not a contact person of this organisation', {
      code: 'notAContact',
    });
  if (
    stored.assignmentId !== null &&
    !(await isAssignmentOf(tx, workspaceId, organizationId, stored.assignmentId))
  )
    throw invalidField('assignmentId', 'is not an assignment of this organisation');
}

async function checkOwner(tx: Pick<Db, 'execute'>, workspaceId: string, ownerId: string) {
  if (!(await isUserOf(tx, workspaceId, ownerId)))
    throw invalidField('improvementPlan.ownerId', 'is not a professional of this firm', {
      code: 'notAProfessional',
    });
}

const audit = (
  tx: Tx,
  actor: Writer,
  organizationId: string,
  key: string,
  before: unknown,
  after: unknown,
) =>
  recordAudit(tx, {
    ...actor,
    entityType: 'organization',
    entityId: organizationId,
    action: 'update',
    before: { [key]: before },
    after: { [key]: after },
  });

/** A plan's columns as audited. */
const plannedOf = (plan: {
  norm: number;
  what: string | null;
  ownerId: string | null;
  dueOn: string;
  costCents: number | null;
  closedOn: string | null;
  closedByEvaluationId: string | null;
}) => plan;

/**
 * Keeps the client's plans in step after its evaluations changed (`removed`: the one about to go):
 * each plan not closed by hand is open or closed by the first re-evaluation at or above its norm.
 */
async function closePlans(tx: Tx, actor: Writer, organizationId: string, removed: string | null) {
  const ws = actor.workspaceId;
  const [rows, plans] = await Promise.all([
    evaluationsOfClient(tx, ws, organizationId),
    listPlans(tx, ws, { organizationId }),
  ]);
  const scored = rows
    .filter((row) => row.id !== removed)
    .map((row) => ({
      id: row.id,
      evaluatedOn: row.evaluated_on,
      overall: row.overall,
      recordedAt: Number(row.recorded_at),
    }));
  for (const plan of plans) {
    if (plan.evaluation_id === removed) continue;
    const byHand = plan.closed_on !== null && plan.closed_by_evaluation_id === null;
    if (byHand) continue;
    const closing = closingEvaluation({ openedOn: plan.opened_on, norm: plan.norm }, scored);
    const closedOn = closing?.evaluatedOn ?? null;
    const closedBy = closing?.id ?? null;
    if (closedBy === plan.closed_by_evaluation_id && closedOn === plan.closed_on) continue;
    await tx
      .update(improvementPlans)
      .set({ closedOn, closedByEvaluationId: closedBy, updatedAt: new Date() })
      .where(and(eq(improvementPlans.workspaceId, ws), eq(improvementPlans.id, plan.id)));
    await audit(
      tx,
      actor,
      organizationId,
      `improvementPlan:${plan.id}`,
      { closedOn: plan.closed_on, closedByEvaluationId: plan.closed_by_evaluation_id },
      { closedOn, closedByEvaluationId: closedBy },
    );
  }
}

/** Opens the plan of an evaluation below the firm's norm: by default the manager's, in 30 days. */
async function openPlan(
  tx: Tx,
  actor: Writer,
  client: { id: string; manager: string | null },
  evaluation: { id: string; evaluatedOn: string },
  norm: number,
  input: PlanInput,
) {
  const ws = actor.workspaceId;
  const ownerId = input.ownerId === undefined ? client.manager : input.ownerId;
  if (ownerId !== null) await checkOwner(tx, ws, ownerId);
  const dueOn = input.dueOn ?? addCalendarDays(evaluation.evaluatedOn, defaultPlanDays);
  if (dayNumberOf(dueOn, 'dueOn') < dayNumberOf(evaluation.evaluatedOn, 'evaluatedOn'))
    throw invalidField('improvementPlan.dueOn', 'cannot be before the evaluation');
  const plan = {
    norm,
    what: input.what?.trim() || null,
    ownerId,
    dueOn,
    costCents: input.costCents ?? null,
    closedOn: null,
    closedByEvaluationId: null,
  };
  const id = newId();
  await tx.insert(improvementPlans).values({
    workspaceId: ws,
    id,
    organizationId: client.id,
    evaluationId: evaluation.id,
    ...plan,
  });
  await audit(tx, actor, client.id, `improvementPlan:${id}`, null, plannedOf(plan));
}

const scoreColumns = (scores: AspectScores | undefined, before?: Stored) => {
  const pick = (aspect: (typeof evaluationAspects)[number]) =>
    scores?.[aspect] === undefined ? (before?.[aspect] ?? null) : scores[aspect];
  return {
    endResult: pick('endResult'),
    reachability: pick('reachability'),
    keepingPromises: pick('keepingPromises'),
    expertise: pick('expertise'),
    communication: pick('communication'),
    invoicing: pick('invoicing'),
  };
};

/**
 * Records an evaluation in the caller's transaction, with the plan it opens and the plans it
 * closes. `writer.userId` is undefined when the client answered on the survey page himself.
 */
export async function recordEvaluation(
  tx: Tx,
  writer: Writer,
  organizationId: string,
  input: EvaluationInput,
  day: string,
): Promise<string> {
  const id = newId();
  const ws = writer.workspaceId;
  const client = await findClient(tx, ws, organizationId);
  if (!client) throw notFound('Organisation');
  const stored: Stored = {
    contactId: input.contactId,
    assignmentId: input.assignmentId ?? null,
    method: input.method,
    evaluatedOn: input.evaluatedOn ?? day,
    ...scoreColumns(input.scores),
    overall: input.overall,
    recommend: input.recommend ?? null,
    trust: input.trust ?? null,
    comments: input.comments?.trim() || null,
  };
  await checkStored(tx, ws, organizationId, stored, day);
  const norm = await satisfactionNormOf(tx, ws);
  if (input.improvementPlan && !opensPlan(stored, norm))
    throw invalidField(
      'improvementPlan',
      `only an overall score below the norm of ${norm} opens an improvement plan`,
    );
  await tx
    .insert(evaluations)
    .values({ workspaceId: ws, id, organizationId, ...stored, createdBy: writer.userId ?? null });
  await audit(tx, writer, organizationId, `evaluation:${id}`, null, stored);
  if (opensPlan(stored, norm))
    await openPlan(tx, writer, client, { id, evaluatedOn: stored.evaluatedOn }, norm, {
      ...input.improvementPlan,
    });
  await closePlans(tx, writer, organizationId, null);
  return id;
}

export async function createEvaluation(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: EvaluationInput,
  day: string,
): Promise<EvaluationView> {
  const id = await db.transaction((tx) => recordEvaluation(tx, actor, organizationId, input, day));
  return getEvaluation(db, actor.workspaceId, id, day);
}

export type EvaluationChange = Partial<Omit<EvaluationInput, 'improvementPlan'>>;

export async function updateEvaluation(
  db: Db,
  actor: Actor,
  id: string,
  change: EvaluationChange,
  day: string,
): Promise<EvaluationView> {
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const row = await findEvaluation(tx, ws, id);
    if (!row) throw notFound('Evaluation');
    const before = storedOf(row);
    const after: Stored = {
      contactId: change.contactId ?? before.contactId,
      assignmentId: change.assignmentId === undefined ? before.assignmentId : change.assignmentId,
      method: change.method ?? before.method,
      evaluatedOn: change.evaluatedOn ?? before.evaluatedOn,
      ...scoreColumns(change.scores, before),
      overall: change.overall ?? before.overall,
      recommend: change.recommend === undefined ? before.recommend : change.recommend,
      trust: change.trust === undefined ? before.trust : change.trust,
      comments: change.comments === undefined ? before.comments : change.comments?.trim() || null,
    };
    await checkStored(tx, ws, row.organization_id, after, day);
    await tx
      .update(evaluations)
      .set({ ...after, updatedAt: new Date() })
      .where(and(eq(evaluations.workspaceId, ws), eq(evaluations.id, id)));
    await audit(tx, actor, row.organization_id, `evaluation:${id}`, before, after);
    // a corrected score may no longer fall below the norm its plan was opened under, or now fall
    // below the firm's norm
    const [plan] = await listPlans(tx, ws, { evaluationIds: [id] });
    if (plan && !belowNorm(after.overall, plan.norm)) {
      await tx
        .delete(improvementPlans)
        .where(and(eq(improvementPlans.workspaceId, ws), eq(improvementPlans.id, plan.id)));
      await audit(
        tx,
        actor,
        row.organization_id,
        `improvementPlan:${plan.id}`,
        { norm: plan.norm, what: plan.what, ownerId: plan.owner_id, dueOn: plan.due_on },
        null,
      );
    }
    const norm = await satisfactionNormOf(tx, ws);
    const client = await findClient(tx, ws, row.organization_id);
    if (!plan && client && opensPlan(after, norm))
      await openPlan(tx, actor, client, { id, evaluatedOn: after.evaluatedOn }, norm, {});
    await closePlans(tx, actor, row.organization_id, null);
  });
  return getEvaluation(db, actor.workspaceId, id, day);
}

export async function deleteEvaluation(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findEvaluation(tx, actor.workspaceId, id);
    if (!row) throw notFound('Evaluation');
    // the plans it closed open again, or are closed by another re-evaluation; its own plan goes
    await closePlans(tx, actor, row.organization_id, id);
    await tx
      .delete(evaluations)
      .where(and(eq(evaluations.workspaceId, actor.workspaceId), eq(evaluations.id, id)));
    await audit(tx, actor, row.organization_id, `evaluation:${id}`, storedOf(row), null);
  });
}
