// The improvement plan of method.md §7: an evaluation below the firm's norm opens one (what will
// be done, by whom, by when, at the firm's cost), and it stays open until a re-evaluation of that
// client at or above the norm closes it. A plan keeps the norm it was opened under, so a firm that
// changes its norm later does not reopen or close what was settled (decision 0034).
import { belowNorm } from './evaluation.ts';

/** Days after the evaluation a plan is due by, unless the firm agrees another day with the client. */
export const defaultPlanDays = 30;

/** An evaluation as the plans see it: its day, its score, the order it was recorded in. */
export type ScoredEvaluation = {
  id: string;
  evaluatedOn: string;
  overall: number;
  /** When it was recorded: orders the evaluations of one day. */
  recordedAt: number;
};

/** A plan as its closing sees it: the day of the evaluation that opened it, and its norm. */
export type PlanToClose = { openedOn: string; norm: number };

/** Whether an evaluation opens an improvement plan under the firm's norm. */
export function opensPlan(evaluation: Pick<ScoredEvaluation, 'overall'>, norm: number): boolean {
  return belowNorm(evaluation.overall, norm);
}

/**
 * The re-evaluation that closes a plan: the first evaluation of the client on a later day than
 * the one that opened it with an overall score at or above the plan's norm; undefined while there
 * is none. Another contact's answer of the same day is no re-evaluation.
 */
export function closingEvaluation<E extends ScoredEvaluation>(
  plan: PlanToClose,
  evaluationsOfClient: readonly E[],
): E | undefined {
  let first: E | undefined;
  for (const evaluation of evaluationsOfClient) {
    if (evaluation.evaluatedOn <= plan.openedOn) continue;
    if (belowNorm(evaluation.overall, plan.norm)) continue;
    if (
      !first ||
      evaluation.evaluatedOn < first.evaluatedOn ||
      (evaluation.evaluatedOn === first.evaluatedOn && evaluation.recordedAt < first.recordedAt)
    )
      first = evaluation;
  }
  return first;
}
