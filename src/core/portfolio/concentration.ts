// Concentration and dependency, method.md §1: a firm must not depend on one client.
import { assertBasisPoints, compareWithBasisPoints } from './basis-points.ts';
import { yearsOf, type ClientYear } from './client-year.ts';
import { divideRoundedExact, type Fraction } from './money.ts';
import { revenueShares } from './shares.ts';

export type ClientConcentration = {
  clientIds: string[];
  revenueCents: number;
  /** Exact share of the active clients' revenue; null without revenue. */
  share: Fraction | null;
  /** The sum of these clients' basis points in revenueShares, so the figures match the table. */
  basisPoints: number;
};

export type Concentration = {
  year: number;
  activeClients: number;
  activeRevenueCents: number;
  largestClient: ClientConcentration;
  topFive: ClientConcentration;
  /**
   * Herfindahl index: Σ (share in percent)² over the active clients, from 0 to 10,000 (one client
   * with all revenue gives 10,000). Computed exactly, then rounded to a whole number, halves up.
   */
  hhi: number;
};

/** Largest-client share, top-5 share and the Herfindahl index of a year (method.md §1). */
export function concentration(rows: readonly ClientYear[], year: number): Concentration {
  const { clients, activeRevenueCents } = revenueShares(rows, year);
  const part = (count: number): ClientConcentration => {
    const top = clients.slice(0, count);
    const revenueCents = top.reduce((sum, client) => sum + client.revenueCents, 0);
    return {
      clientIds: top.map((client) => client.clientId),
      revenueCents,
      share:
        activeRevenueCents > 0
          ? { numerator: revenueCents, denominator: activeRevenueCents }
          : null,
      basisPoints: top.reduce((sum, client) => sum + client.basisPoints, 0),
    };
  };
  // HHI = Σ (100 · r / T)² = 10,000 · Σ r² / T², in BigInt because r² passes 2^53.
  const total = BigInt(activeRevenueCents);
  const squares = clients.reduce((sum, client) => sum + BigInt(client.revenueCents) ** 2n, 0n);
  const hhi = total === 0n ? 0 : Number(divideRoundedExact(10_000n * squares, total * total));
  return {
    year,
    activeClients: clients.length,
    activeRevenueCents,
    largestClient: part(1),
    topFive: part(5),
    hhi,
  };
}

/** The concentration figures for each year given, in the order given. */
export function concentrationTrend(
  rows: readonly ClientYear[],
  years: readonly number[],
): Concentration[] {
  return years.map((year) => concentration(rows, year));
}

export type DependencyAlert = {
  year: number;
  clientId: string;
  revenueCents: number;
  share: Fraction;
  basisPoints: number;
  /** True in the year the share passed the threshold: it was not above it the year before. */
  firstYearAbove: boolean;
  /** The first year of the unbroken run of years above the threshold that ends in `year`. */
  aboveSince: number;
};

/**
 * Dependency alerts (method.md §1): per year, every client whose revenue share is strictly
 * above the threshold (default 2,000 basis points = 20%; a share of exactly 20% does not pass
 * it). The comparison uses the exact share, not the rounded basis points. Years default to all
 * years in the rows; the year before each is always looked at, given or not.
 */
export function dependencyAlerts(
  rows: readonly ClientYear[],
  options: { years?: readonly number[]; thresholdBasisPoints?: number } = {},
): DependencyAlert[] {
  const threshold = options.thresholdBasisPoints ?? 2000;
  assertBasisPoints(threshold, 'thresholdBasisPoints');
  const knownYears = new Set(yearsOf(rows));
  const aboveByYear = new Map<number, Map<string, DependencyAlert>>();
  const above = (year: number): Map<string, DependencyAlert> => {
    const known = aboveByYear.get(year);
    if (known) return known;
    const alerts = new Map<string, DependencyAlert>();
    const { clients, activeRevenueCents } = revenueShares(rows, year);
    for (const client of clients) {
      if (compareWithBasisPoints(client.revenueCents, activeRevenueCents, threshold) <= 0) continue;
      alerts.set(client.clientId, {
        year,
        clientId: client.clientId,
        revenueCents: client.revenueCents,
        share: client.share,
        basisPoints: client.basisPoints,
        firstYearAbove: true,
        aboveSince: year,
      });
    }
    aboveByYear.set(year, alerts);
    return alerts;
  };
  return (options.years ?? [...knownYears]).flatMap((year) =>
    [...above(year).values()].map((alert) => {
      let since = year;
      while (knownYears.has(since - 1) && above(since - 1).has(alert.clientId)) since -= 1;
      return { ...alert, firstYearAbove: since === year, aboveSince: since };
    }),
  );
}
