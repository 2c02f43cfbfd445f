// Revenue share (omzetaandeel), method.md §1: the client's revenue / the firm's revenue that year.
import { apportionBasisPoints } from './basis-points.ts';
import { activeClients, revenueByClient, type ClientYear } from './client-year.ts';
import { sumCents, type Fraction } from './money.ts';

export type ClientShare = {
  clientId: string;
  revenueCents: number;
  /** Exact: revenueCents / the revenue of all active clients. */
  share: Fraction;
  /** The same as a number, for charts. */
  ratio: number;
  /** Rounded by the largest remainder method, so that all clients add up to exactly 10,000. */
  basisPoints: number;
};

export type RevenueShares = {
  year: number;
  /** The revenue of the active clients: the whole that the shares divide. */
  activeRevenueCents: number;
  /** All clients' totals, including those below zero: the revenue as the books show it. */
  netRevenueCents: number;
  /** Active clients in the Pareto order (revenue descending, then client id). */
  clients: ClientShare[];
};

/**
 * The revenue share of every active client in a year (method.md §1). Only clients whose year
 * total is above zero are active and have a share; the shares divide the active clients'
 * revenue, so they add up to exactly 10,000 basis points whenever there is any revenue.
 */
export function revenueShares(rows: readonly ClientYear[], year: number): RevenueShares {
  const clients = activeClients(rows, year);
  const activeRevenueCents = sumCents(clients.map((client) => client.revenueCents));
  const points = apportionBasisPoints(clients.map((client) => client.revenueCents));
  return {
    year,
    activeRevenueCents,
    netRevenueCents: sumCents([...revenueByClient(rows, year).values()]),
    // fields written out, not spread: spreading is many times slower over 20,000 clients
    clients: clients.map((client, index) => ({
      clientId: client.clientId,
      revenueCents: client.revenueCents,
      share: { numerator: client.revenueCents, denominator: activeRevenueCents },
      ratio: client.revenueCents / activeRevenueCents,
      basisPoints: points[index] ?? 0,
    })),
  };
}
