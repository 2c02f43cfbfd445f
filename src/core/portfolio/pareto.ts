// Pareto analysis, method.md §1: sort clients by revenue, show the cumulative share curve and
// "x% of clients bring 80% of revenue".
import {
  assertBasisPoints,
  basisPointsRoundedDown,
  compareWithBasisPoints,
} from './basis-points.ts';
import { activeClients, type ClientYear } from './client-year.ts';
import { sumCents, type Fraction } from './money.ts';

/** One point of the cumulative curve: the top `rank` clients together. */
export type ParetoPoint = {
  /** 1 for the largest client. */
  rank: number;
  clientId: string;
  revenueCents: number;
  cumulativeCents: number;
  /** Exact: cumulativeCents / the active clients' revenue. */
  cumulativeShare: Fraction;
  /** Rounded down, so a point shows 80.00% only once 80% is really reached; the last is 10,000. */
  cumulativeBasisPoints: number;
  /** rank / number of active clients: the horizontal axis of the chart. */
  clientsRatio: number;
};

export type ParetoAnalysis = {
  year: number;
  targetBasisPoints: number;
  activeClients: number;
  activeRevenueCents: number;
  curve: ParetoPoint[];
  /** The smallest number of top clients whose revenue together reaches the target (0 without revenue). */
  clientsForTarget: number;
  /** clientsForTarget / active clients, exact; null without active clients. */
  clientsForTargetShare: Fraction | null;
  /** The same as a number (0.2 = 20% of clients), unrounded; null without active clients. */
  clientsForTargetRatio: number | null;
};

/**
 * The Pareto analysis of a year (method.md §1). Active clients (revenue > 0) are sorted by
 * revenue descending, equal revenue by client id. The target is reached when the cumulative
 * revenue is at least the target share of the total (80% by default, in basis points).
 */
export function paretoAnalysis(
  rows: readonly ClientYear[],
  year: number,
  targetBasisPoints = 8000,
): ParetoAnalysis {
  assertBasisPoints(targetBasisPoints, 'targetBasisPoints');
  const clients = activeClients(rows, year);
  const total = sumCents(clients.map((client) => client.revenueCents));
  let cumulativeCents = 0;
  const curve = clients.map((client, index): ParetoPoint => {
    cumulativeCents += client.revenueCents;
    return {
      rank: index + 1,
      clientId: client.clientId,
      revenueCents: client.revenueCents,
      cumulativeCents,
      cumulativeShare: { numerator: cumulativeCents, denominator: total },
      cumulativeBasisPoints: basisPointsRoundedDown(cumulativeCents, total),
      clientsRatio: (index + 1) / clients.length,
    };
  });
  const reaching = curve.find(
    (point) => compareWithBasisPoints(point.cumulativeCents, total, targetBasisPoints) >= 0,
  );
  const clientsForTarget = targetBasisPoints === 0 || !reaching ? 0 : reaching.rank;
  const count = clients.length;
  return {
    year,
    targetBasisPoints,
    activeClients: count,
    activeRevenueCents: total,
    curve,
    clientsForTarget,
    clientsForTargetShare: count === 0 ? null : { numerator: clientsForTarget, denominator: count },
    clientsForTargetRatio: count === 0 ? null : clientsForTarget / count,
  };
}
