// Goals per category (method §4): the firm sets per category of a scheme goals on the method's
// measures or its own, and sees them against what the figures measured in a year. Goals are
// checked by goalProblems and audited; progress comes from goalProgress in src/core/choosing.
import { and, eq } from 'drizzle-orm';
import { firmToday } from '../../http/today.ts';
import {
  categoryActuals,
  goalMeasures,
  goalProblems,
  goalProgress,
  measureUnits,
  throwIfProblems,
  type CategoryActuals,
  type CategoryGoal,
  type GoalDirection,
  type GoalKind,
  type GoalMeasureKey,
  type MeasureUnit,
} from '../../core/choosing/index.ts';
import { notFound } from '../../core/errors.ts';
import { fiscalYearRange, relationshipReferenceDate } from '../../core/portfolio/index.ts';
import type { Db } from '../../db/connection.ts';
import { categoryGoals } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { referralsOfYear } from '../../core/ambassadors/index.ts';
import { referralsOf } from '../ambassadors/referrals.service.ts';
import { askedOrLatestYear } from '../review/review.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { categoryTimeline } from './category-periods.repo.ts';
import { categoryFigures, findGoal, goalsOf, type GoalRow } from './goals.repo.ts';
import { findScheme, schemesOf, toScheme, type SchemeRow } from './schemes.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

type Executor = Pick<Db, 'select' | 'insert' | 'execute'>;

export type GoalView = CategoryGoal & { id: string; schemeId: string };

const isMeasure = (key: string): key is GoalMeasureKey => Object.hasOwn(goalMeasures, key);

/** A custom goal's measure key: one goal per category and name, whatever its unit. */
const ownMeasureKey = (name: string | null | undefined) =>
  `own:${(name ?? '').trim().toLowerCase()}`;

/** The unit of a standard measure; an unknown key is refused by goalProblems. */
const standardUnitOf = (measureKey: string): MeasureUnit =>
  isMeasure(measureKey) ? goalMeasures[measureKey].unit : 'count';

const isUnit = (unit: string): unit is MeasureUnit =>
  (measureUnits as readonly string[]).includes(unit);

export function toGoalView(row: GoalRow): GoalView {
  return {
    id: row.id,
    schemeId: row.schemeId,
    categoryKey: row.category,
    kind: row.kind as GoalKind,
    measureKey: row.measure,
    name: row.name,
    unit: isUnit(row.unit) ? row.unit : standardUnitOf(row.measure),
    direction: row.direction as GoalDirection,
    target: row.target,
  };
}

const goalOf = ({ id: _id, schemeId: _scheme, ...goal }: GoalView): CategoryGoal => goal;

const audited = (view: GoalView) => ({ ...goalOf(view), schemeId: view.schemeId });

async function schemeOf(db: Executor, workspaceId: string, id: string): Promise<SchemeRow> {
  await schemesOf(db, workspaceId);
  const row = await findScheme(db, workspaceId, id);
  if (!row) throw notFound('Category scheme');
  return row;
}

/** Refuses a goal with problems, checked beside the scheme's other goals (one per measure). */
async function assertValidGoal(tx: Executor, scheme: SchemeRow, goal: GoalView) {
  const others = (await goalsOf(tx, scheme.workspaceId, scheme.id))
    .filter((row) => row.id !== goal.id)
    .map((row) => goalOf(toGoalView(row)));
  const index = others.length;
  const problems = goalProblems([...others, goalOf(goal)], toScheme(scheme).scheme)
    .filter((problem) => problem.path[1] === index)
    .map((problem) => ({ code: problem.code, path: problem.path.slice(2) }));
  throwIfProblems(problems, 'category goal');
}

export async function listGoals(db: Db, workspaceId: string, schemeId: string) {
  await schemeOf(db, workspaceId, schemeId);
  return (await goalsOf(db, workspaceId, schemeId)).map(toGoalView);
}

export type GoalInput = {
  categoryKey: string;
  kind: GoalKind;
  measureKey?: string | undefined;
  name?: string | null | undefined;
  unit?: MeasureUnit | undefined;
  direction?: GoalDirection | undefined;
  target: number;
};

export async function createGoal(
  db: Db,
  actor: Actor,
  schemeId: string,
  input: GoalInput,
): Promise<GoalView> {
  return db.transaction(async (tx) => {
    const scheme = await schemeOf(tx, actor.workspaceId, schemeId);
    const custom = input.kind === 'custom';
    const measureKey = custom ? ownMeasureKey(input.name) : (input.measureKey ?? '');
    const goal: GoalView = {
      id: newId(),
      schemeId,
      categoryKey: input.categoryKey,
      kind: input.kind,
      measureKey,
      name: custom ? (input.name?.trim() ?? null) : null,
      unit: custom ? (input.unit ?? 'count') : standardUnitOf(measureKey),
      direction:
        input.direction ?? (isMeasure(measureKey) ? goalMeasures[measureKey].direction : 'atLeast'),
      target: input.target,
    };
    await assertValidGoal(tx, scheme, goal);
    const [row] = await tx
      .insert(categoryGoals)
      .values({
        workspaceId: actor.workspaceId,
        id: goal.id,
        schemeId,
        category: goal.categoryKey,
        kind: goal.kind,
        name: goal.name,
        measure: goal.measureKey,
        unit: goal.unit,
        target: goal.target,
        direction: goal.direction,
      })
      .returning();
    const view = toGoalView(row!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_goal',
      entityId: view.id,
      action: 'create',
      before: undefined,
      after: audited(view),
    });
    return view;
  });
}

export type GoalChange = {
  target?: number | undefined;
  direction?: GoalDirection | undefined;
  name?: string | null | undefined;
  unit?: MeasureUnit | undefined;
};

/** Changes a goal's target or direction; a custom goal's name and unit too. */
export async function updateGoal(
  db: Db,
  actor: Actor,
  id: string,
  change: GoalChange,
): Promise<GoalView> {
  return db.transaction(async (tx) => {
    const row = await findGoal(tx, actor.workspaceId, id);
    if (!row) throw notFound('Category goal');
    const before = toGoalView(row);
    const custom = before.kind === 'custom';
    const name = custom && change.name !== undefined ? (change.name?.trim() ?? null) : before.name;
    const unit = custom ? (change.unit ?? before.unit) : before.unit;
    const after: GoalView = {
      ...before,
      name,
      unit,
      measureKey: custom ? ownMeasureKey(name) : before.measureKey,
      direction: change.direction ?? before.direction,
      target: change.target ?? before.target,
    };
    const scheme = await schemeOf(tx, actor.workspaceId, before.schemeId);
    await assertValidGoal(tx, scheme, after);
    const [updated] = await tx
      .update(categoryGoals)
      .set({
        name: after.name,
        measure: after.measureKey,
        unit: after.unit,
        direction: after.direction,
        target: after.target,
        updatedAt: new Date(),
      })
      .where(and(eq(categoryGoals.workspaceId, actor.workspaceId), eq(categoryGoals.id, id)))
      .returning();
    const view = toGoalView(updated!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_goal',
      entityId: id,
      action: 'update',
      before: audited(before),
      after: audited(view),
    });
    return view;
  });
}

export async function deleteGoal(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findGoal(tx, actor.workspaceId, id);
    if (!row) throw notFound('Category goal');
    await tx
      .delete(categoryGoals)
      .where(and(eq(categoryGoals.workspaceId, actor.workspaceId), eq(categoryGoals.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'category_goal',
      entityId: id,
      action: 'delete',
      before: audited(toGoalView(row)),
      after: undefined,
    });
  });
}

/**
 * A scheme's goals against the year's figures of the clients in each category, each client in
 * the category it held on the year's last day (today while the year lasts; decision 0027);
 * clients without one count for none. Relationship lengths run to the same day.
 */
export async function goalsProgress(
  db: Db,
  workspaceId: string,
  schemeId: string,
  options: { year?: number | undefined; today?: string },
) {
  const today = options.today ?? (await firmToday(db, workspaceId));
  const scheme = await schemeOf(db, workspaceId, schemeId);
  const [year, startMonth, goals, referred] = await Promise.all([
    askedOrLatestYear(db, workspaceId, options.year, today),
    fiscalYearStartOf(db, workspaceId),
    goalsOf(db, workspaceId, schemeId),
    referralsOf(db, workspaceId),
  ]);
  const range = fiscalYearRange(year, startMonth);
  const yearEnd = relationshipReferenceDate(range, today);
  const referrals = referralsOfYear(referred, { from: range.from, to: yearEnd });
  const timeline = await categoryTimeline(db, workspaceId, scheme, { from: yearEnd, to: yearEnd });
  const held = timeline.clientIds.flatMap((id) => {
    const category = timeline.on(id, yearEnd);
    return category === null ? [] : [{ id, category }];
  });
  const figures = await categoryFigures(db, {
    workspaceId,
    year,
    yearEnd,
    clientIds: held.map((client) => client.id),
    categories: held.map((client) => client.category),
    referrers: referrals.referrers,
  });
  const fromReferrals = new Map<string, number>();
  for (const { id, category } of held)
    fromReferrals.set(
      category,
      (fromReferrals.get(category) ?? 0) + (referrals.newClientsByReferrer.get(id) ?? 0),
    );
  const byCategory = new Map(figures.map((f) => [f.categoryKey, f]));
  const categories = toScheme(scheme).scheme.categories.map(({ key }) => {
    const measured = byCategory.get(key);
    return {
      categoryKey: key,
      clients: measured?.clients ?? 0,
      actuals: measured
        ? categoryActuals({ ...measured, clientsFromReferrals: fromReferrals.get(key) ?? 0 })
        : unmeasured(),
    };
  });
  const views = goals.map(toGoalView);
  const progress = goalProgress(
    views.map(goalOf),
    Object.fromEntries(categories.map((c) => [c.categoryKey, c.actuals])),
  );
  return {
    schemeId,
    year,
    categories,
    goals: progress.map((p, index) => ({ ...p, goal: views[index]! })),
  };
}

function unmeasured(): CategoryActuals {
  return Object.fromEntries(Object.keys(goalMeasures).map((key) => [key, null])) as CategoryActuals;
}
