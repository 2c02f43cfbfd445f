// The scoring matrix, method.md §3.2: a client's total is Σ weight × score, the maximum is
// Σ weight × scale maximum, and the grade is total / maximum × 10.
//
// A criterion nobody scored counts as 0 and the maximum stays the full maximum: a missing score
// can lower a grade but never raise it, every client's grade has the same denominator, and the
// client is marked incomplete so the firm sees which scores are still to come. (Leaving unscored
// criteria out of the maximum would make a client scored only on revenue, at 3, a perfect 10.)
import { invalidField } from '../errors.ts';
import type { Criterion } from './criteria.ts';
import { gradeOf } from './grade.ts';

/** A client's scores by criterion key; a key that is missing or null is not scored. */
export type ScoresByCriterion = Readonly<Record<string, number | null | undefined>>;

export type ClientScore = {
  /** Σ weight × score over the scored criteria. */
  total: number;
  /** Σ weight × scale maximum over all criteria. */
  maximum: number;
  /** total / maximum × 10 with one decimal, halves up; for showing only. */
  grade: number;
  /** The keys of the criteria not scored, which counted as 0. */
  missingCriteria: string[];
};

/** The highest possible total: Σ weight × scale maximum (method.md §3.2). */
export function scoringMaximum(criteria: readonly Criterion[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.weight * criterion.scaleMax, 0);
}

/** The score for the criterion, or null when not scored; throws for a score off the scale. */
export function scoreFor(criterion: Criterion, scores: ScoresByCriterion): number | null {
  const score = Object.hasOwn(scores, criterion.key) ? scores[criterion.key] : undefined;
  if (score === undefined || score === null) return null;
  if (!Number.isInteger(score) || score < 0 || score > criterion.scaleMax)
    throw invalidField(
      `scores.${criterion.key}`,
      `must be a whole number from 0 to ${criterion.scaleMax}, got ${score}`,
    );
  return score;
}

/** A client's total, maximum and grade (method.md §3.2); unscored criteria count as 0. */
export function scoreClient(
  criteria: readonly Criterion[],
  scores: ScoresByCriterion,
): ClientScore {
  const maximum = scoringMaximum(criteria);
  let total = 0;
  const missingCriteria: string[] = [];
  for (const criterion of criteria) {
    const score = scoreFor(criterion, scores);
    if (score === null) missingCriteria.push(criterion.key);
    else total += criterion.weight * score;
  }
  return { total, maximum, grade: gradeOf(total, maximum), missingCriteria };
}
