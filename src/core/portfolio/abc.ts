// ABC by revenue, method.md §3.4: the quick first classification from revenue alone.
import { invalidField } from '../errors.ts';
import { assertBasisPoints, compareWithBasisPoints } from './basis-points.ts';
import { activeClients, type ClientYear } from './client-year.ts';
import { sumCents } from './money.ts';

export const abcClasses = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof abcClasses)[number];

/** Cumulative revenue boundaries in basis points: A up to 80%, B up to 95% by default. */
export type AbcBoundaries = { aBasisPoints: number; bBasisPoints: number };

export const defaultAbcBoundaries: AbcBoundaries = { aBasisPoints: 8000, bBasisPoints: 9500 };

export type AbcClient = {
  clientId: string;
  revenueCents: number;
  abcClass: AbcClass;
  /** The revenue of all clients before this one in the Pareto order. */
  cumulativeBeforeCents: number;
};

/**
 * ABC by revenue (method.md §3.4). Walking the active clients in the Pareto order (revenue
 * descending, then client id), a client is A while the cumulative revenue *before* it is below
 * the A boundary, B while it is below the B boundary, C after. So the client whose revenue
 * crosses 80% is still A (the largest client is always A), and the A clients are exactly the
 * top clients the Pareto analysis counts for an 80% target. Clients without revenue in the
 * year (total ≤ 0) are not classified.
 */
export function abcByRevenue(
  rows: readonly ClientYear[],
  year: number,
  boundaries: AbcBoundaries = defaultAbcBoundaries,
): AbcClient[] {
  const { aBasisPoints, bBasisPoints } = boundaries;
  assertBasisPoints(aBasisPoints, 'aBasisPoints');
  assertBasisPoints(bBasisPoints, 'bBasisPoints');
  if (aBasisPoints > bBasisPoints) {
    throw invalidField('bBasisPoints', 'must not be below the A boundary');
  }
  const clients = activeClients(rows, year);
  const total = sumCents(clients.map((client) => client.revenueCents));
  let cumulativeBeforeCents = 0;
  return clients.map((client) => {
    const below = (boundary: number) =>
      compareWithBasisPoints(cumulativeBeforeCents, total, boundary) < 0;
    const abcClass: AbcClass = below(aBasisPoints) ? 'A' : below(bBasisPoints) ? 'B' : 'C';
    const classified: AbcClient = {
      clientId: client.clientId,
      revenueCents: client.revenueCents,
      abcClass,
      cumulativeBeforeCents,
    };
    cumulativeBeforeCents += client.revenueCents;
    return classified;
  });
}
