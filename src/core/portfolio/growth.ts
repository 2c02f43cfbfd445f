// Growth per client, method.md §1: change versus the previous year, and over three years.
import { revenueByClient, type ClientYear } from './client-year.ts';

export type ClientGrowth = {
  clientId: string;
  year: number;
  /** Net revenue in the year (0 when the client has no row). */
  revenueCents: number;
  previousYearCents: number;
  changeCents: number;
  /** changeCents / previous year, unrounded; null when the previous year is 0 or below. */
  changeRatio: number | null;
  threeYearsAgoCents: number;
  /** Revenue now minus revenue three years earlier (Y − (Y−3)). */
  threeYearChangeCents: number;
  /**
   * Compound annual growth rate over three years: (Y / (Y−3))^(1/3) − 1, unrounded; null when
   * Y−3 is 0 or below or Y is below 0 (−1 when the revenue fell to nothing).
   */
  compoundAnnualGrowthRate: number | null;
};

/**
 * Growth of every client with a row in the year or the year before (method.md §1), sorted by
 * client id. Amounts are net totals, so a year of only credit notes shows as a negative figure.
 */
export function clientGrowth(rows: readonly ClientYear[], year: number): ClientGrowth[] {
  const now = revenueByClient(rows, year);
  const previous = revenueByClient(rows, year - 1);
  const threeYearsAgo = revenueByClient(rows, year - 3);
  const clientIds = [...new Set([...now.keys(), ...previous.keys()])].sort();
  return clientIds.map((clientId) => {
    const revenueCents = now.get(clientId) ?? 0;
    const previousYearCents = previous.get(clientId) ?? 0;
    const threeYearsAgoCents = threeYearsAgo.get(clientId) ?? 0;
    const changeCents = revenueCents - previousYearCents;
    return {
      clientId,
      year,
      revenueCents,
      previousYearCents,
      changeCents,
      changeRatio: previousYearCents > 0 ? changeCents / previousYearCents : null,
      threeYearsAgoCents,
      threeYearChangeCents: revenueCents - threeYearsAgoCents,
      compoundAnnualGrowthRate:
        threeYearsAgoCents > 0 && revenueCents >= 0
          ? Math.cbrt(revenueCents / threeYearsAgoCents) - 1
          : null,
    };
  });
}
