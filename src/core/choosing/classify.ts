// Classifying many clients at once (method.md §3.3–3.6). The compact form carries all scores in
// one Int8Array (clients × criteria) and fills typed arrays, so a firm's 50,000 clients are
// recomputed in milliseconds for every preview; the object form is for small inputs and answers.
import { invalidField } from '../errors.ts';
import { fullGradeTenths } from './grade.ts';
import { repeatedIndexes, throwIfProblems, type Problem } from './problems.ts';
import {
  assertValidSetup,
  levelsOf,
  requiredOf,
  requiredOfScored,
  type ClassificationSetup,
} from './ranking.ts';
import type { CategoryScheme } from './schemes.ts';
import { gradeOrZero, scoreFor, type ScoresByCriterion } from './scoring.ts';

/** Marks a criterion not scored in the compact form. */
export const notScored = -1;

/** Scores of many clients: one row per client, one column per criterion of the setup. */
export type CompactScores = {
  clientIds: readonly string[];
  /** scores[row × criteria + column], columns in the setup's criteria order; notScored when none. */
  scores: Int8Array;
};

/** The computed classification of many clients, row for row with the compact scores. */
export type CompactClassification = {
  clientIds: readonly string[];
  /** Per client Σ weight × scale maximum over the criteria it is scored on (decision 0019). */
  maxima: Int32Array;
  totals: Int32Array;
  /** How many criteria each client has no score for (left out of its total and maximum). */
  unscored: Uint16Array;
  /** The computed category as an index into the scheme (best is 0); −1 when nothing is scored. */
  categoryIndexes: Int16Array;
};

/** One client's scores by criterion key, the friendly form. */
export type ClientScores = { clientId: string; scores: ScoresByCriterion };

/** A category set by hand; it wins over the computed one, and says why. */
export type CategoryOverride = { clientId: string; categoryKey: string; reason: string };

/** A client's place in the scheme, as a preview compares it. */
export type PlacedClient = {
  clientId: string;
  /** The category that counts: the override's when there is one. */
  category: string | null;
  /** The category the method gives; null when nothing is scored. */
  computedCategory: string | null;
  overridden: boolean;
};

export type ClientClassification = PlacedClient & {
  total: number;
  /** Σ weight × scale maximum over the criteria the client is scored on. */
  maximum: number;
  /** total / maximum × 10 with one decimal; for showing only. */
  grade: number;
  /** How many criteria are not scored (left out); a client with any is not fully scored. */
  unscoredCriteria: number;
  complete: boolean;
  overrideReason: string | null;
};

type Compiled = {
  columns: number;
  weights: Int32Array;
  scaleMaxima: Int8Array;
  /** weightedGrade: each category's lower bound in tenths, best first, and whether inclusive. */
  boundTenths: Int32Array | null;
  boundInclusive: Uint8Array | null;
  /** Meets methods: minimums per level (row) and criterion (column), 0 where none. */
  levelMinimums: Int8Array | null;
  levelRequired: Int32Array | null;
  /** Meets methods: how many minimums each level names. */
  levelNamed: Int32Array | null;
};

function compile(setup: ClassificationSetup): Compiled {
  assertValidSetup(setup);
  const { criteria, scheme, method } = setup;
  const columns = criteria.length;
  const compiled: Compiled = {
    columns,
    weights: Int32Array.from(criteria, (criterion) => criterion.weight),
    scaleMaxima: Int8Array.from(criteria, (criterion) => criterion.scaleMax),
    boundTenths: null,
    boundInclusive: null,
    levelMinimums: null,
    levelRequired: null,
    levelNamed: null,
  };
  if (method.kind === 'weightedGrade') {
    compiled.boundTenths = Int32Array.from(scheme.categories, (c) => c.lowerBound.tenths);
    compiled.boundInclusive = Uint8Array.from(scheme.categories, (c) =>
      c.lowerBound.inclusive ? 1 : 0,
    );
    return compiled;
  }
  const levels = levelsOf(method);
  const withLevels = scheme.categories.slice(0, -1);
  const levelMinimums = new Int8Array(withLevels.length * columns);
  const levelRequired = new Int32Array(withLevels.length);
  const levelNamed = new Int32Array(withLevels.length);
  withLevels.forEach((category, row) => {
    const level = levels.find((candidate) => candidate.categoryKey === category.key);
    if (!level) return; // a valid setup has one
    criteria.forEach((criterion, column) => {
      if (!Object.hasOwn(level.minimums, criterion.key)) return;
      levelMinimums[row * columns + column] = level.minimums[criterion.key] ?? 0;
      levelNamed[row] = levelNamed[row]! + 1;
    });
    levelRequired[row] = requiredOf(method, level);
  });
  compiled.levelMinimums = levelMinimums;
  compiled.levelRequired = levelRequired;
  compiled.levelNamed = levelNamed;
  return compiled;
}

/**
 * Classifies many clients from compact scores (method.md §3.3): totals, maxima, unscored counts
 * and the computed category per row. An unscored criterion is left out of the client's total and
 * maximum, and out of a level's minimums (decision 0019); a row without any score gets no
 * category (−1). Throws invalid_input for an invalid setup or a score off its scale.
 */
export function classifyCompact(
  setup: ClassificationSetup,
  input: CompactScores,
): CompactClassification {
  const compiled = compile(setup);
  const { columns, weights, scaleMaxima } = compiled;
  const rows = input.clientIds.length;
  const { scores } = input;
  if (scores.length !== rows * columns)
    throw invalidField('scores', `must hold ${rows} × ${columns} scores, got ${scores.length}`);
  const totals = new Int32Array(rows);
  const maxima = new Int32Array(rows);
  const unscored = new Uint16Array(rows);
  const categoryIndexes = new Int16Array(rows);
  for (let row = 0, offset = 0; row < rows; row += 1, offset += columns) {
    let total = 0;
    let maximum = 0;
    let missing = 0;
    for (let column = 0; column < columns; column += 1) {
      const score = scores[offset + column]!;
      if (score === notScored) missing += 1;
      else if (score < 0 || score > scaleMaxima[column]!) throw offScale(input, row, column, score);
      else {
        total += weights[column]! * score;
        maximum += weights[column]! * scaleMaxima[column]!;
      }
    }
    totals[row] = total;
    maxima[row] = maximum;
    unscored[row] = missing;
    categoryIndexes[row] =
      missing === columns ? -1 : categoryIndexOf(compiled, scores, offset, total, maximum);
  }
  return { clientIds: input.clientIds, maxima, totals, unscored, categoryIndexes };
}

/** The category of one scored row: the first bound its grade passes, or the first level met. */
function categoryIndexOf(
  compiled: Compiled,
  scores: Int8Array,
  offset: number,
  total: number,
  maximum: number,
): number {
  const { columns, boundTenths, boundInclusive, levelMinimums, levelRequired, levelNamed } =
    compiled;
  if (boundTenths && boundInclusive) {
    const lowest = boundTenths.length - 1;
    // passesBound in whole numbers: 100 × total against tenths × maximum
    const grade = total * fullGradeTenths;
    for (let index = 0; index < lowest; index += 1) {
      const boundary = boundTenths[index]! * maximum;
      if (boundInclusive[index] ? grade >= boundary : grade > boundary) return index;
    }
    return lowest;
  }
  if (!levelMinimums || !levelRequired || !levelNamed) return -1;
  const levels = levelRequired.length;
  for (let level = 0; level < levels; level += 1) {
    let met = 0;
    let scored = 0;
    const base = level * columns;
    for (let column = 0; column < columns; column += 1) {
      const minimum = levelMinimums[base + column]!;
      if (minimum === 0) continue;
      const score = scores[offset + column]!;
      if (score === notScored) continue;
      scored += 1;
      if (score >= minimum) met += 1;
    }
    if (scored > 0 && met >= requiredOfScored(levelRequired[level]!, levelNamed[level]!, scored))
      return level;
  }
  return levels; // the lowest category
}

function offScale(input: CompactScores, row: number, column: number, score: number) {
  return invalidField(
    `scores.${row}.${column}`,
    `client ${input.clientIds[row]}: score ${score} is off the criterion's scale`,
  );
}

/**
 * The friendly form packed into the compact one, in the setup's criteria order. Scores for
 * criteria not in the setup are left out, so a preview without a criterion needs no other data.
 */
export function packScores(
  setup: Pick<ClassificationSetup, 'criteria'>,
  clients: readonly ClientScores[],
): CompactScores {
  const { criteria } = setup;
  const scores = new Int8Array(clients.length * criteria.length);
  clients.forEach((client, row) => {
    criteria.forEach((criterion, column) => {
      scores[row * criteria.length + column] = scoreFor(criterion, client.scores) ?? notScored;
    });
  });
  return { clientIds: clients.map((client) => client.clientId), scores };
}

export type OverrideProblemCode =
  'override_category_unknown' | 'override_reason_missing' | 'override_duplicate';

/** Every problem with the overrides: a category of the scheme, a reason, one per client. */
export function overrideProblems(
  scheme: CategoryScheme,
  overrides: readonly CategoryOverride[],
): Problem<OverrideProblemCode>[] {
  const keys = new Set(scheme.categories.map((category) => category.key));
  const problems: Problem<OverrideProblemCode>[] = [];
  overrides.forEach((override, index) => {
    if (!keys.has(override.categoryKey))
      problems.push({
        code: 'override_category_unknown',
        path: ['overrides', index, 'categoryKey'],
      });
    if (override.reason.trim() === '')
      problems.push({ code: 'override_reason_missing', path: ['overrides', index, 'reason'] });
  });
  for (const index of repeatedIndexes(overrides.map((override) => override.clientId)))
    problems.push({ code: 'override_duplicate', path: ['overrides', index, 'clientId'] });
  return problems;
}

/**
 * One answer per client from a compact classification, with the overrides applied: an override
 * wins over the computed category and is reported as overridden. Overrides for clients not in
 * the classification are ignored.
 */
export function classificationsFromCompact(
  setup: ClassificationSetup,
  compact: CompactClassification,
  overrides: readonly CategoryOverride[] = [],
): ClientClassification[] {
  throwIfProblems(overrideProblems(setup.scheme, overrides), 'overrides');
  const byClient = new Map(overrides.map((override) => [override.clientId, override]));
  const keys = setup.scheme.categories.map((category) => category.key);
  return compact.clientIds.map((clientId, row) => {
    const total = compact.totals[row]!;
    const maximum = compact.maxima[row]!;
    const unscoredCriteria = compact.unscored[row]!;
    const computedCategory = keys[compact.categoryIndexes[row]!] ?? null;
    const override = byClient.get(clientId);
    return {
      clientId,
      total,
      maximum,
      grade: gradeOrZero(total, maximum),
      unscoredCriteria,
      complete: unscoredCriteria === 0,
      computedCategory,
      category: override ? override.categoryKey : computedCategory,
      overridden: override !== undefined,
      overrideReason: override?.reason ?? null,
    };
  });
}

/** Where many clients stand, row for row, as indexes into a scheme (best is 0, −1 none). */
export type CompactPlacement = {
  /** The category that counts: the override's when there is one. */
  categoryIndexes: Int16Array;
  /** The category the method gives. */
  computedIndexes: Int16Array;
  /** 1 where the category is set by hand. */
  overridden: Uint8Array;
};

/** A compact classification with the overrides applied, for previewCompactMoves. */
export function placeCompact(
  setup: ClassificationSetup,
  compact: CompactClassification,
  overrides: readonly CategoryOverride[] = [],
): CompactPlacement {
  throwIfProblems(overrideProblems(setup.scheme, overrides), 'overrides');
  const keys = setup.scheme.categories.map((category) => category.key);
  const categoryIndexes = Int16Array.from(compact.categoryIndexes);
  const overridden = new Uint8Array(categoryIndexes.length);
  if (overrides.length > 0) {
    const byClient = new Map(overrides.map((override) => [override.clientId, override]));
    compact.clientIds.forEach((clientId, row) => {
      const override = byClient.get(clientId);
      if (!override) return;
      categoryIndexes[row] = keys.indexOf(override.categoryKey);
      overridden[row] = 1;
    });
  }
  return { categoryIndexes, computedIndexes: compact.categoryIndexes, overridden };
}

/**
 * A placement kept earlier (e.g. the current classification), row for row with the clients of
 * a compact classification; undefined for a client without one. Keys not in the scheme read as
 * no category, so pass the scheme the placement was made in.
 */
export function compactPlacement(
  scheme: CategoryScheme,
  rows: readonly (Omit<PlacedClient, 'clientId'> | undefined)[],
): CompactPlacement {
  const index = new Map(scheme.categories.map((category, i) => [category.key, i]));
  const indexOf = (key: string | null | undefined) =>
    key === null || key === undefined ? -1 : (index.get(key) ?? -1);
  return {
    categoryIndexes: Int16Array.from(rows, (row) => indexOf(row?.category)),
    computedIndexes: Int16Array.from(rows, (row) => indexOf(row?.computedCategory)),
    overridden: Uint8Array.from(rows, (row) => (row?.overridden ? 1 : 0)),
  };
}

/** Classifies clients given in the friendly form, overrides applied (method.md §3.3–3.6). */
export function classifyClients(input: {
  setup: ClassificationSetup;
  clients: readonly ClientScores[];
  overrides?: readonly CategoryOverride[];
}): ClientClassification[] {
  const compact = classifyCompact(input.setup, packScores(input.setup, input.clients));
  return classificationsFromCompact(input.setup, compact, input.overrides);
}
