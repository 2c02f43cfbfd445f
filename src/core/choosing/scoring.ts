// The scoring matrix, method.md §3.2: a client's total is Σ weight × score, the maximum is
// Σ weight × scale maximum, and the grade is total / maximum × 10.
//
// A criterion nobody scored is not scored, not 0 (decision 0019): it is left out of that client's
// total and maximum alike, so switching on a new criterion moves nobody until it is scored. The
// client is marked not fully scored, with the criteria still to come, so a grade made of few
// criteria is seen for what it is.
import { invalidField } from '../errors.ts';
import type { Criterion } from './criteria.ts';
import { gradeOf } from './grade.ts';

/** A client's scores by criterion key; a key that is missing or null is not scored. */
export type ScoresByCriterion = Readonly<Record<string, number | null | undefined>>;

export type ClientScore = {
  /** Σ weight × score over the scored criteria. */
  total: number;
  /** Σ weight × scale maximum over the scored criteria; 0 when none is scored. */
  maximum: number;
  /** total / maximum × 10 with one decimal, halves up, 0 when nothing is scored; for showing only. */
  grade: number;
  /** The keys of the criteria not scored, left out of the total and the maximum. */
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

/** A client's total, maximum and grade over the criteria it is scored on (method.md §3.2). */
export function scoreClient(
  criteria: readonly Criterion[],
  scores: ScoresByCriterion,
): ClientScore {
  let total = 0;
  let maximum = 0;
  const missingCriteria: string[] = [];
  for (const criterion of criteria) {
    const score = scoreFor(criterion, scores);
    if (score === null) missingCriteria.push(criterion.key);
    else {
      total += criterion.weight * score;
      maximum += criterion.weight * criterion.scaleMax;
    }
  }
  return { total, maximum, grade: gradeOrZero(total, maximum), missingCriteria };
}

/** The grade for showing, 0 for a client scored on nothing (maximum 0). */
export function gradeOrZero(total: number, maximum: number): number {
  return maximum === 0 ? 0 : gradeOf(total, maximum);
}
