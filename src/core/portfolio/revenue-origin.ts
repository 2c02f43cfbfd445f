// The share of revenue from existing versus new clients (method.md §2), "the ratio firms steer on".
import { apportionBasisPoints } from './basis-points.ts';
import type { BridgeGroup, RevenueBridge } from './bridge.ts';
import { sumCents } from './money.ts';

export type RevenueOrigin = {
  year: number;
  /** Clients with revenue in both Y−1 and Y (grown, shrunk or unchanged): their revenue in Y. */
  existingCents: number;
  /** Clients won back: revenue in Y, none in Y−1, some earlier. */
  returnedCents: number;
  /** Clients with their first revenue in Y. */
  newCents: number;
  /** The three parts in basis points, adding up to exactly 10,000; null without revenue in Y. */
  basisPoints: { existing: number; returned: number; new: number } | null;
};

/**
 * Where the year's revenue comes from, from its bridge. Returned clients are a part of their
 * own, neither existing nor new, so that the firm sees winning back apart from winning; add
 * them to either side for a two-way split.
 */
export function revenueOrigin(bridge: RevenueBridge): RevenueOrigin {
  const revenueOf = (...groups: BridgeGroup[]) =>
    sumCents(
      bridge.clients
        .filter((client) => groups.includes(client.group))
        .map((client) => client.currentCents),
    );
  const existingCents = revenueOf('grown', 'shrunk', 'unchanged');
  const returnedCents = revenueOf('returned');
  const newCents = revenueOf('new');
  const [existing = 0, returned = 0, fresh = 0] = apportionBasisPoints([
    existingCents,
    returnedCents,
    newCents,
  ]);
  return {
    year: bridge.year,
    existingCents,
    returnedCents,
    newCents,
    basisPoints: bridge.endCents > 0 ? { existing, returned, new: fresh } : null,
  };
}
