// Goals per category, method.md §4: per category clear, measurable targets, each on a measure the
// product tracks, set against what was measured. A goal nothing has measured yet says so; it
// never gets a number made up for it.
import type { Problem } from './problems.ts';
import type { CategoryScheme } from './schemes.ts';

export const goalKinds = [
  'loyalty',
  'crossSelling',
  'priceSensitivity',
  'ambassadors',
  'dependency',
  'newServices',
  'custom',
] as const;
export type GoalKind = (typeof goalKinds)[number];

/** atLeast: met when the actual reaches the target or more; atMost: the target or less. */
export type GoalDirection = 'atLeast' | 'atMost';

/** Every measure is a whole number: basis points (1% = 100), cents, hundredths, months, a count. */
export const measureUnits = ['basisPoints', 'cents', 'hundredths', 'months', 'count'] as const;
export type MeasureUnit = (typeof measureUnits)[number];

type MeasureDefinition = { kind: GoalKind; unit: MeasureUnit; direction: GoalDirection };

/** The measures of the six goals of method.md §4, with their unit and usual direction. */
export const goalMeasures = {
  retentionRateBasisPoints: { kind: 'loyalty', unit: 'basisPoints', direction: 'atLeast' },
  relationshipLengthMonths: { kind: 'loyalty', unit: 'months', direction: 'atLeast' },
  acquisitionCostCents: { kind: 'loyalty', unit: 'cents', direction: 'atMost' },
  serviceLinesPerClientHundredths: {
    kind: 'crossSelling',
    unit: 'hundredths',
    direction: 'atLeast',
  },
  /** Revenue per hour worked, on the revenue whose hours are known: the rate actually earned. */
  revenuePerHourCents: { kind: 'priceSensitivity', unit: 'cents', direction: 'atLeast' },
  /** The rates charged against the list rate: 10,000 is the list rate. */
  tariffLevelBasisPoints: { kind: 'priceSensitivity', unit: 'basisPoints', direction: 'atLeast' },
  discountBasisPoints: { kind: 'priceSensitivity', unit: 'basisPoints', direction: 'atMost' },
  referringClientsBasisPoints: { kind: 'ambassadors', unit: 'basisPoints', direction: 'atLeast' },
  clientsFromReferrals: { kind: 'ambassadors', unit: 'count', direction: 'atLeast' },
  largestClientShareBasisPoints: { kind: 'dependency', unit: 'basisPoints', direction: 'atMost' },
  topFiveShareBasisPoints: { kind: 'dependency', unit: 'basisPoints', direction: 'atMost' },
  servicesDeveloped: { kind: 'newServices', unit: 'count', direction: 'atLeast' },
  newServiceRevenueCents: { kind: 'newServices', unit: 'cents', direction: 'atLeast' },
} as const satisfies Record<string, MeasureDefinition>;
export type GoalMeasureKey = keyof typeof goalMeasures;

export type CategoryGoal = {
  categoryKey: string;
  kind: GoalKind;
  /** A measure of goalMeasures for the six kinds; the firm's own key for a custom goal. */
  measureKey: string;
  /** The firm's name for a custom goal; null for the others (the web translates the measure). */
  name: string | null;
  unit: MeasureUnit;
  direction: GoalDirection;
  /** A whole number in the measure's unit. */
  target: number;
};

function isGoalMeasureKey(key: string): key is GoalMeasureKey {
  return Object.hasOwn(goalMeasures, key);
}

/** A goal on one of the method's measures, with its kind, unit and usual direction. */
export function standardGoal(
  categoryKey: string,
  measureKey: GoalMeasureKey,
  target: number,
): CategoryGoal {
  const { kind, unit, direction } = goalMeasures[measureKey];
  return { categoryKey, kind, measureKey, name: null, unit, direction, target };
}

export type GoalProblemCode =
  | 'category_unknown'
  | 'kind_unknown'
  | 'measure_unknown'
  | 'measure_key_missing'
  | 'name_missing'
  | 'unit_unknown'
  | 'unit_mismatch'
  | 'direction_unknown'
  | 'target_not_whole'
  | 'goal_duplicate';

/**
 * Every problem with a category's goals: a category of the scheme, a measure of the goal's kind
 * in its own unit (custom goals: a key and a name of their own), a direction, a whole target,
 * and one goal per category and measure.
 */
export function goalProblems(
  goals: readonly CategoryGoal[],
  scheme: CategoryScheme,
): Problem<GoalProblemCode>[] {
  const problems: Problem<GoalProblemCode>[] = [];
  const categoryKeys = new Set(scheme.categories.map((category) => category.key));
  const seen = new Set<string>();
  goals.forEach((goal, index) => {
    const at = (field: string) => ['goals', index, field];
    if (!categoryKeys.has(goal.categoryKey))
      problems.push({ code: 'category_unknown', path: at('categoryKey') });
    if (!(goalKinds as readonly string[]).includes(goal.kind))
      problems.push({ code: 'kind_unknown', path: at('kind') });
    if (!(measureUnits as readonly string[]).includes(goal.unit))
      problems.push({ code: 'unit_unknown', path: at('unit') });
    if (goal.kind === 'custom') {
      if (goal.measureKey.trim() === '' || isGoalMeasureKey(goal.measureKey))
        problems.push({ code: 'measure_key_missing', path: at('measureKey') });
      if ((goal.name ?? '').trim() === '')
        problems.push({ code: 'name_missing', path: at('name') });
    } else if (
      !isGoalMeasureKey(goal.measureKey) ||
      goalMeasures[goal.measureKey].kind !== goal.kind
    )
      problems.push({ code: 'measure_unknown', path: at('measureKey') });
    else if (goalMeasures[goal.measureKey].unit !== goal.unit)
      problems.push({ code: 'unit_mismatch', path: at('unit') });
    if (goal.direction !== 'atLeast' && goal.direction !== 'atMost')
      problems.push({ code: 'direction_unknown', path: at('direction') });
    if (!Number.isSafeInteger(goal.target))
      problems.push({ code: 'target_not_whole', path: at('target') });
    const pair = `${goal.categoryKey}\u0000${goal.measureKey}`;
    if (seen.has(pair))
      problems.push({
        code: 'goal_duplicate',
        path: at(goal.kind === 'custom' ? 'name' : 'measureKey'),
      });
    seen.add(pair);
  });
  return problems;
}

/** What was measured per category and measure; null or missing: not measured yet. */
export type MeasuredActuals = Readonly<
  Record<string, Readonly<Record<string, number | null | undefined>> | undefined>
>;

export type GoalStatus = 'met' | 'notMet' | 'notMeasured';

export type GoalProgress = {
  goal: CategoryGoal;
  /** Null when not measured yet. */
  actual: number | null;
  status: GoalStatus;
  /** actual − target; null when not measured. */
  difference: number | null;
};

/** Each goal against its measured actual (method.md §4); unmeasured goals stay unmeasured. */
export function goalProgress(
  goals: readonly CategoryGoal[],
  actuals: MeasuredActuals,
): GoalProgress[] {
  return goals.map((goal) => {
    const measured = Object.hasOwn(actuals, goal.categoryKey)
      ? actuals[goal.categoryKey]
      : undefined;
    const value =
      measured && Object.hasOwn(measured, goal.measureKey) ? measured[goal.measureKey] : undefined;
    if (value === undefined || value === null)
      return { goal, actual: null, status: 'notMeasured', difference: null };
    const met = goal.direction === 'atLeast' ? value >= goal.target : value <= goal.target;
    return { goal, actual: value, status: met ? 'met' : 'notMet', difference: value - goal.target };
  });
}
