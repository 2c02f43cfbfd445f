// When a year's margin is known (method.md §1): only where every line of the year states its
// cost. A margin over part of the revenue would read as the margin of all of it.
import { divideRoundedExact } from './money.ts';

/** A client's figures for one year as they are summed from its revenue lines. */
export type YearCost = {
  revenueCents: number;
  /** The revenue of the lines that state their cost. */
  costedRevenueCents: number;
  costCents: number;
};

/** The year's cost, or null when some line leaves it out or there is no revenue to cost. */
export function knownCostCents(year: YearCost): number | null {
  const everyLineCosted = year.costedRevenueCents === year.revenueCents && year.revenueCents !== 0;
  return everyLineCosted ? year.costCents : null;
}

/**
 * The margin as a share of revenue in basis points (halves away from zero), or null when the cost
 * is not known or the revenue is not positive: a share of a net credit says nothing.
 */
export function marginBasisPoints(year: YearCost): number | null {
  const cost = knownCostCents(year);
  if (cost === null || year.revenueCents <= 0) return null;
  const margin = BigInt(year.revenueCents - cost) * 10_000n;
  return Number(divideRoundedExact(margin, BigInt(year.revenueCents)));
}
