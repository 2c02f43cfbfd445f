// The portfolio matrix, method.md §3.5: revenue (or margin) against the client's growth.
import { invalidField } from '../errors.ts';
import { activeClients, clientYearTotals, type ClientYear } from './client-year.ts';
import { clientGrowth } from './growth.ts';
import { assertCents } from './money.ts';
import { median } from './median.ts';

/** star: high value, growing; cash cow: high, not growing; question mark: low, growing; dog: low, not. */
export const portfolioQuadrants = ['star', 'cash_cow', 'question_mark', 'dog'] as const;
export type PortfolioQuadrant = (typeof portfolioQuadrants)[number];

export type MatrixOptions = {
  /** The horizontal axis: revenue (default) or margin (revenue − cost). */
  measure?: 'revenue' | 'margin';
  /** What the bubble size shows, passed through: margin in cents, hours, or nothing (default). */
  bubble?: 'margin' | 'hours' | 'none';
  /** Where high value starts; default the median of the placed clients' values. */
  valueSplitCents?: number;
  /** Growth above this ratio is growing; default 0. */
  growthSplit?: number;
  /**
   * Growth per client to use instead of the revenue growth on last year, e.g. the growth of the
   * client's own organisation (criterion 3) where the firm records it; clients missing here
   * are not placed.
   */
  growthByClient?: ReadonlyMap<string, number>;
};

export type MatrixClient = {
  clientId: string;
  quadrant: PortfolioQuadrant;
  valueCents: number;
  /** The growth ratio used; null for a client without revenue last year, counted as growing. */
  growth: number | null;
  bubble: number | null;
};

export type PortfolioMatrix = {
  year: number;
  valueSplitCents: number | null;
  growthSplit: number;
  clients: MatrixClient[];
  unplaced: { clientId: string; reason: 'margin_unknown' | 'growth_unknown' }[];
};

/**
 * Places every active client of a year (revenue > 0) in one of four quadrants (method.md §3.5).
 * High value is at or above the split (with the median split the middle client counts as high);
 * growing is strictly above the growth split (standing still is not growth). Clients are in the
 * Pareto order.
 */
export function portfolioMatrix(
  rows: readonly ClientYear[],
  year: number,
  options: MatrixOptions = {},
): PortfolioMatrix {
  const growthSplit = options.growthSplit ?? 0;
  if (!Number.isFinite(growthSplit)) throw invalidField('growthSplit', 'must be a number');
  if (options.valueSplitCents !== undefined)
    assertCents(options.valueSplitCents, 'valueSplitCents');
  const totals = clientYearTotals(rows, year);
  const revenueGrowth = new Map(clientGrowth(rows, year).map((g) => [g.clientId, g.changeRatio]));
  const placed: Omit<MatrixClient, 'quadrant'>[] = [];
  const unplaced: PortfolioMatrix['unplaced'] = [];
  for (const { clientId, revenueCents } of activeClients(rows, year)) {
    const costCents = totals.get(clientId)?.costCents ?? null;
    const marginCents = costCents === null ? null : revenueCents - costCents;
    const valueCents = options.measure === 'margin' ? marginCents : revenueCents;
    const growth = options.growthByClient
      ? options.growthByClient.get(clientId)
      : (revenueGrowth.get(clientId) ?? null);
    if (valueCents === null) unplaced.push({ clientId, reason: 'margin_unknown' });
    else if (growth === undefined) unplaced.push({ clientId, reason: 'growth_unknown' });
    else {
      const hours = totals.get(clientId)?.hoursHundredths ?? null;
      const bubble =
        options.bubble === 'margin'
          ? marginCents
          : options.bubble === 'hours' && hours !== null
            ? hours / 100
            : null;
      placed.push({ clientId, valueCents, growth, bubble });
    }
  }
  const valueSplitCents = options.valueSplitCents ?? median(placed.map((c) => c.valueCents));
  return {
    year,
    valueSplitCents,
    growthSplit,
    clients: placed.map((client) => {
      const high = valueSplitCents !== null && client.valueCents >= valueSplitCents;
      const growing = client.growth === null || client.growth > growthSplit;
      const quadrant: PortfolioQuadrant = high
        ? growing
          ? 'star'
          : 'cash_cow'
        : growing
          ? 'question_mark'
          : 'dog';
      return {
        clientId: client.clientId,
        quadrant,
        valueCents: client.valueCents,
        growth: client.growth,
        bubble: client.bubble,
      };
    }),
    unplaced,
  };
}
