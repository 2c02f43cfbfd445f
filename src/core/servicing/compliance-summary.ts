// Compliance in one figure per norm, method.md §5: of the requests, contacts or duties that could
// be judged, the share within the norm, and the average working days taken. Exact: whole basis
// points rounded down (a share reads 100% only when every one was within), hundredths rounded
// half up.
import { basisPointsRoundedDown } from '../portfolio/basis-points.ts';

export type ComplianceSummary = {
  /** Checks judged: within the norm or not (open ones and those without a norm are not). */
  judged: number;
  withinNorm: number;
  /** withinNorm / judged in basis points, rounded down; null when nothing was judged. */
  withinNormBasisPoints: number | null;
  /** Checks with working days taken (done requests). */
  done: number;
  /** Their average working days taken in hundredths, halves up; null when none was done. */
  averageWorkingDaysHundredths: number | null;
};

/** Sums up checks that are within the norm (true), not (false) or not judged (null). */
export function complianceSummary(
  checks: readonly { withinNorm: boolean | null; workingDaysTaken?: number | null }[],
): ComplianceSummary {
  let judged = 0;
  let withinNorm = 0;
  let done = 0;
  let workingDays = 0;
  for (const check of checks) {
    if (check.withinNorm !== null) judged += 1;
    if (check.withinNorm === true) withinNorm += 1;
    if (check.workingDaysTaken !== undefined && check.workingDaysTaken !== null) {
      done += 1;
      workingDays += check.workingDaysTaken;
    }
  }
  return {
    judged,
    withinNorm,
    withinNormBasisPoints: judged === 0 ? null : basisPointsRoundedDown(withinNorm, judged),
    done,
    averageWorkingDaysHundredths: done === 0 ? null : hundredthsHalfUp(workingDays, done),
  };
}

/** total / count in hundredths, a half rounded up, in whole numbers. */
function hundredthsHalfUp(total: number, count: number): number {
  return Math.floor((200 * total + count) / (2 * count));
}
