// The three ways to rank, method.md §3.3, each placing a client in one category of a scheme.
//
// weightedGrade: the grade against the scheme's lower bounds.
// meetsAll and meetsXofY: every category but the lowest has a level, a minimum score for some
// criteria; meetsAll asks for all of a level's minimums, meetsXofY for at least x of its y
// minimums. A client is placed in the best category whose level it meets; the lowest category
// takes every other client that has a score. So "A = every criterion at 2 or more, B = every
// criterion at 1 or more, C = the rest" is three categories with two levels.
import { criteriaProblems, type Criterion } from './criteria.ts';
import { isWholeBetween, repeatedIndexes, throwIfProblems, type Problem } from './problems.ts';
import { categoryIndexForGrade, schemeProblems, type CategoryScheme } from './schemes.ts';
import { scoreClient, scoreFor, type ScoresByCriterion } from './scoring.ts';

export const rankingMethodKinds = ['meetsAll', 'meetsXofY', 'weightedGrade'] as const;
export type RankingMethodKind = (typeof rankingMethodKinds)[number];

/** The minimum scores for one category; criteria not named do not count for it. */
export type MinimumsLevel = {
  categoryKey: string;
  /** Minimum score per criterion key, each a whole number from 1 to the criterion's scale maximum. */
  minimums: Readonly<Record<string, number>>;
};

/** A level of meetsXofY: at least x (atLeast) of the y named minimums must be met. */
export type XofYLevel = MinimumsLevel & { atLeast: number };

export type RankingMethod =
  | { kind: 'weightedGrade' }
  | { kind: 'meetsAll'; levels: readonly MinimumsLevel[] }
  | { kind: 'meetsXofY'; levels: readonly XofYLevel[] };

/** Everything a classification depends on, kept with it (method.md §3.6). */
export type ClassificationSetup = {
  criteria: readonly Criterion[];
  scheme: CategoryScheme;
  method: RankingMethod;
};

export type MethodProblemCode =
  | 'method_unknown'
  | 'level_missing'
  | 'level_duplicate'
  | 'level_category_unknown'
  | 'level_for_lowest_category'
  | 'level_empty'
  | 'minimum_criterion_unknown'
  | 'minimum_out_of_range'
  | 'at_least_out_of_range';

/** The levels of a method, for the meets methods; none for weightedGrade. */
export function levelsOf(method: RankingMethod): readonly (MinimumsLevel | XofYLevel)[] {
  switch (method.kind) {
    case 'weightedGrade':
      return [];
    case 'meetsAll':
    case 'meetsXofY':
      return method.levels;
  }
}

/** How many of the level's minimums must be met: all for meetsAll, x for meetsXofY. */
export function requiredOf(method: RankingMethod, level: MinimumsLevel | XofYLevel): number {
  return method.kind === 'meetsXofY' && 'atLeast' in level
    ? level.atLeast
    : Object.keys(level.minimums).length;
}

/**
 * Every problem with a ranking method for these criteria and scheme: for the meets methods one
 * level for every category but the lowest, each with at least one minimum, minimums on known
 * criteria within their scale (from 1: a minimum of 0 is always met), and x from 1 to y.
 */
export function methodProblems(setup: ClassificationSetup): Problem<MethodProblemCode>[] {
  const { method, scheme, criteria } = setup;
  if (!(rankingMethodKinds as readonly string[]).includes(method.kind))
    return [{ code: 'method_unknown', path: ['method', 'kind'] }];
  if (method.kind === 'weightedGrade') return [];
  const problems: Problem<MethodProblemCode>[] = [];
  const categoryKeys = scheme.categories.map((category) => category.key);
  const lowestKey = categoryKeys.at(-1);
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  method.levels.forEach((level, index) => {
    const at = (...field: (string | number)[]) => ['method', 'levels', index, ...field];
    if (!categoryKeys.includes(level.categoryKey))
      problems.push({ code: 'level_category_unknown', path: at('categoryKey') });
    else if (level.categoryKey === lowestKey)
      problems.push({ code: 'level_for_lowest_category', path: at('categoryKey') });
    const entries = Object.entries(level.minimums);
    if (entries.length === 0) problems.push({ code: 'level_empty', path: at('minimums') });
    for (const [key, minimum] of entries) {
      const criterion = byKey.get(key);
      if (!criterion)
        problems.push({ code: 'minimum_criterion_unknown', path: at('minimums', key) });
      else if (!isWholeBetween(minimum, 1, criterion.scaleMax))
        problems.push({ code: 'minimum_out_of_range', path: at('minimums', key) });
    }
    if (
      method.kind === 'meetsXofY' &&
      !isWholeBetween(requiredOf(method, level), 1, entries.length)
    )
      problems.push({ code: 'at_least_out_of_range', path: at('atLeast') });
  });
  for (const index of repeatedIndexes(method.levels.map((level) => level.categoryKey)))
    problems.push({ code: 'level_duplicate', path: ['method', 'levels', index, 'categoryKey'] });
  const withLevel = new Set(method.levels.map((level) => level.categoryKey));
  categoryKeys.slice(0, -1).forEach((key, index) => {
    if (!withLevel.has(key))
      problems.push({ code: 'level_missing', path: ['scheme', 'categories', index] });
  });
  return problems;
}

/** Every problem with the criteria, the scheme and the method together. */
export function setupProblems(setup: ClassificationSetup): Problem[] {
  return [
    ...criteriaProblems(setup.criteria),
    ...schemeProblems(setup.scheme),
    ...methodProblems(setup),
  ];
}

/** Throws invalid_input listing every problem of the setup. */
export function assertValidSetup(setup: ClassificationSetup): void {
  throwIfProblems(setupProblems(setup), 'classification setup');
}

/** A criterion whose minimum the client did not reach. */
export type MissedMinimum = { criterionKey: string; minimum: number; score: number | null };

/** How a client fares against one level of a meets method. */
export type LevelCheck = {
  categoryKey: string;
  /**
   * How many minimums must be met, of those the client is scored on: the level's own number,
   * scaled to the scored share of its minimums (see requiredOfScored). How many are met.
   */
  required: number;
  met: number;
  /** Met: at least one of the level's minimums is scored and enough of them are met. */
  reached: boolean;
  /** The scored minimums not met, in the order of the criteria. */
  missed: MissedMinimum[];
  /** The level's minimums the client has no score for: left out, neither met nor missed. */
  notScored: MissedMinimum[];
};

/**
 * How many of a level's minimums a client must meet when it is scored on only some of them
 * (decision 0019): the level's number in proportion, rounded up, so "all" stays "all of the
 * scored ones" and "3 of 5" with 3 scored asks 2. With none scored the level cannot be judged.
 */
export function requiredOfScored(required: number, named: number, scored: number): number {
  if (scored >= named) return required;
  return Math.ceil((required * scored) / named);
}

/** The client against every level of a meets method, best category first; none for weightedGrade. */
export function levelChecks(setup: ClassificationSetup, scores: ScoresByCriterion): LevelCheck[] {
  const { method, scheme, criteria } = setup;
  const levels = levelsOf(method);
  return scheme.categories.flatMap((category) => {
    const level = levels.find((candidate) => candidate.categoryKey === category.key);
    if (!level) return [];
    const missed: MissedMinimum[] = [];
    const notScored: MissedMinimum[] = [];
    let met = 0;
    let named = 0;
    for (const criterion of criteria) {
      const minimum = level.minimums[criterion.key];
      if (minimum === undefined || !Object.hasOwn(level.minimums, criterion.key)) continue;
      named += 1;
      const score = scoreFor(criterion, scores);
      if (score === null) notScored.push({ criterionKey: criterion.key, minimum, score });
      else if (score >= minimum) met += 1;
      else missed.push({ criterionKey: criterion.key, minimum, score });
    }
    const scored = named - notScored.length;
    const required = requiredOfScored(requiredOf(method, level), named, scored);
    const reached = scored > 0 && met >= required;
    return [{ categoryKey: category.key, required, met, reached, missed, notScored }];
  });
}

/**
 * The index of the category the method places the client in (best is 0), or null when no
 * criterion is scored: a client nobody has judged gets no category rather than the lowest.
 */
export function computedCategoryIndex(
  setup: ClassificationSetup,
  scores: ScoresByCriterion,
): number | null {
  const { total, maximum, missingCriteria } = scoreClient(setup.criteria, scores);
  if (missingCriteria.length === setup.criteria.length) return null;
  if (setup.method.kind === 'weightedGrade')
    return categoryIndexForGrade(setup.scheme, total, maximum);
  const reached = levelChecks(setup, scores).find((check) => check.reached);
  const index = setup.scheme.categories.findIndex(
    (category) => category.key === reached?.categoryKey,
  );
  return index === -1 ? setup.scheme.categories.length - 1 : index;
}
