// Scores read from the books (method.md §3.1: revenue, margin, growth and payment behaviour can
// be scored from data). Each rule is a list of thresholds the firm can see and change: reaching
// the k-th threshold earns score k. A value that is not known gives no score, never a guess.
import { invalidField } from '../errors.ts';
import type { AbcClass } from '../portfolio/abc.ts';
import type { ClientScores } from './classify.ts';
import type { Criterion } from './criteria.ts';
import type { Problem } from './problems.ts';

/** Measured values, all whole numbers: cents, basis points (1% = 100) and days. */
export const dataMeasures = [
  'revenueCents',
  'marginBasisPoints',
  'growthBasisPoints',
  'paymentDays',
] as const;
export type DataMeasure = (typeof dataMeasures)[number];

/** higherIsBetter: a value at or above a threshold reaches it; lowerIsBetter: at or below. */
export type ScoreDirection = 'higherIsBetter' | 'lowerIsBetter';

export type DataScoreRule = {
  criterionKey: string;
  measure: DataMeasure;
  direction: ScoreDirection;
  /**
   * thresholds[k] is the value that earns score k + 1, one per score above 0: ascending when
   * higher is better, descending when lower is better.
   */
  thresholds: readonly number[];
};

const euros = (amount: number) => amount * 100;

/**
 * A start for a firm's rules on the 0–3 scale: revenue from €10,000, €50,000 and €100,000 a
 * year; margin from 10%, 25% and 40%; the client's growth from 0%, 5% and 15% (shrinking scores
 * 0); paid within 60, 45 and 30 days.
 */
export const defaultDataScoreRules: readonly DataScoreRule[] = [
  {
    criterionKey: 'revenue',
    measure: 'revenueCents',
    direction: 'higherIsBetter',
    thresholds: [euros(10_000), euros(50_000), euros(100_000)],
  },
  {
    criterionKey: 'margin',
    measure: 'marginBasisPoints',
    direction: 'higherIsBetter',
    thresholds: [1000, 2500, 4000],
  },
  {
    criterionKey: 'clientGrowth',
    measure: 'growthBasisPoints',
    direction: 'higherIsBetter',
    thresholds: [0, 500, 1500],
  },
  {
    criterionKey: 'paymentBehaviour',
    measure: 'paymentDays',
    direction: 'lowerIsBetter',
    thresholds: [60, 45, 30],
  },
];

/** The score a measured value earns: how many thresholds it reaches; null when not measured. */
export function scoreFromData(rule: DataScoreRule, value: number | null): number | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) throw invalidField(rule.measure, `must be a number, got ${value}`);
  let score = 0;
  for (const threshold of rule.thresholds) {
    const reached = rule.direction === 'higherIsBetter' ? value >= threshold : value <= threshold;
    if (!reached) break;
    score += 1;
  }
  return score;
}

export type DataScoreRuleProblemCode =
  | 'criterion_unknown'
  | 'rule_duplicate'
  | 'measure_unknown'
  | 'direction_unknown'
  | 'thresholds_count'
  | 'threshold_not_whole'
  | 'thresholds_not_ordered';

/**
 * Every problem with the rules for these criteria: one rule per known criterion, as many whole
 * thresholds as the criterion's scale maximum (so every score can be earned), strictly ascending
 * (higher is better) or strictly descending (lower is better).
 */
export function dataScoreRuleProblems(
  rules: readonly DataScoreRule[],
  criteria: readonly Criterion[],
): Problem<DataScoreRuleProblemCode>[] {
  const problems: Problem<DataScoreRuleProblemCode>[] = [];
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    const at = (field: string, ...rest: number[]) => ['rules', index, field, ...rest];
    const criterion = byKey.get(rule.criterionKey);
    if (!criterion) problems.push({ code: 'criterion_unknown', path: at('criterionKey') });
    if (seen.has(rule.criterionKey))
      problems.push({ code: 'rule_duplicate', path: at('criterionKey') });
    seen.add(rule.criterionKey);
    if (!(dataMeasures as readonly string[]).includes(rule.measure))
      problems.push({ code: 'measure_unknown', path: at('measure') });
    if (rule.direction !== 'higherIsBetter' && rule.direction !== 'lowerIsBetter')
      problems.push({ code: 'direction_unknown', path: at('direction') });
    if (criterion && rule.thresholds.length !== criterion.scaleMax)
      problems.push({ code: 'thresholds_count', path: at('thresholds') });
    rule.thresholds.forEach((threshold, position) => {
      if (!Number.isSafeInteger(threshold))
        problems.push({ code: 'threshold_not_whole', path: at('thresholds', position) });
      const before = rule.thresholds[position - 1];
      if (before === undefined) return;
      const ordered = rule.direction === 'lowerIsBetter' ? threshold < before : threshold > before;
      if (!ordered)
        problems.push({ code: 'thresholds_not_ordered', path: at('thresholds', position) });
    });
  });
  return problems;
}

/** A client's measured values; a measure missing or null is not known. */
export type ClientMeasures = {
  clientId: string;
  values: Readonly<Partial<Record<DataMeasure, number | null>>>;
};

/** The data scores of many clients by the rules, in the friendly form for classifying. */
export function scoresFromData(
  rules: readonly DataScoreRule[],
  clients: readonly ClientMeasures[],
): ClientScores[] {
  return clients.map((client) => ({
    clientId: client.clientId,
    scores: Object.fromEntries(
      rules.map((rule) => [
        rule.criterionKey,
        scoreFromData(rule, client.values[rule.measure] ?? null),
      ]),
    ),
  }));
}

/** The default revenue score by ABC class on the 0–3 scale: A 3, B 2, C 1. */
export const defaultAbcScores: Readonly<Record<AbcClass, number>> = { A: 3, B: 2, C: 1 };

/**
 * The revenue score from the client's ABC class (method.md §3.4), the quick alternative to
 * thresholds; a client without revenue in the year has no class and scores 0.
 */
export function scoreFromAbcClass(
  abcClass: AbcClass | null,
  scores: Readonly<Record<AbcClass, number>> = defaultAbcScores,
): number {
  return abcClass === null ? 0 : scores[abcClass];
}
