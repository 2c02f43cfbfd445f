// Lost reasons per year and category (method.md §8), with the revenue the losses took: what the
// firm learns from the clients it lost. One definition of that revenue, used wherever a loss shows
// an amount (decision 0037).
import { fiscalYearOf } from '../portfolio/fiscal-year.ts';
import { sumCents } from '../portfolio/money.ts';

/**
 * The fiscal year whose revenue a loss took: the last full fiscal year before the day the client
 * was lost, i.e. the year before the one it was lost in. The year it was lost in is cut short by
 * the leaving, so it would understate what the client was worth.
 */
export function revenueYearOfLoss(lostOn: string, fiscalYearStartMonth: number): number {
  return fiscalYearOf(lostOn, fiscalYearStartMonth) - 1;
}

/** The revenue a loss took: the client's total in that year, none when it was below zero. */
export const revenueTaken = (yearTotalCents: number | undefined): number =>
  Math.max(yearTotalCents ?? 0, 0);

/** A loss as the report counts it. */
export type CountedLoss = {
  lostOn: string;
  reasonId: string;
  /** The client's category on the day it was lost (decision 0027); null: none. */
  category: string | null;
  revenueCents: number;
  wonBack: boolean;
};

export type LostReasonLine = {
  reasonId: string;
  losses: number;
  revenueCents: number;
  wonBack: number;
};

export type LostReportGroup = {
  year: number;
  category: string | null;
  losses: number;
  revenueCents: number;
  wonBack: number;
  /** Most revenue first, then most losses, then by reason id. */
  reasons: LostReasonLine[];
};

/**
 * The losses grouped by the fiscal year they fell in and the category the client had then, each
 * with its reasons: how many, the revenue they took and how many were won back. Latest year
 * first; within a year the categories in the order given (best first), no category last.
 */
export function lostReport(
  losses: readonly CountedLoss[],
  fiscalYearStartMonth: number,
  categoryOrder: readonly string[],
): LostReportGroup[] {
  const groups = new Map<string, { year: number; category: string | null; of: CountedLoss[] }>();
  for (const loss of losses) {
    const year = fiscalYearOf(loss.lostOn, fiscalYearStartMonth);
    const key = `${year}\u0000${loss.category ?? ''}`;
    const group = groups.get(key) ?? { year, category: loss.category, of: [] };
    group.of.push(loss);
    groups.set(key, group);
  }
  const rank = (category: string | null) => {
    const index = category === null ? -1 : categoryOrder.indexOf(category);
    return index === -1 ? categoryOrder.length : index;
  };
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.year - a.year ||
        rank(a.category) - rank(b.category) ||
        (a.category ?? '').localeCompare(b.category ?? ''),
    )
    .map(({ year, category, of }) => ({
      year,
      category,
      ...counted(of),
      reasons: reasonLines(of),
    }));
}

function counted(losses: readonly CountedLoss[]) {
  return {
    losses: losses.length,
    revenueCents: sumCents(losses.map((loss) => loss.revenueCents)),
    wonBack: losses.filter((loss) => loss.wonBack).length,
  };
}

function reasonLines(losses: readonly CountedLoss[]): LostReasonLine[] {
  const byReason = new Map<string, CountedLoss[]>();
  for (const loss of losses)
    byReason.set(loss.reasonId, [...(byReason.get(loss.reasonId) ?? []), loss]);
  return [...byReason]
    .map(([reasonId, of]) => ({ reasonId, ...counted(of) }))
    .sort(
      (a, b) =>
        b.revenueCents - a.revenueCents ||
        b.losses - a.losses ||
        a.reasonId.localeCompare(b.reasonId),
    );
}
