// What the firm's figures already measure of the goals per category (method.md §4), from sums
// per category over the clients that hold it now. Measures the figures cannot give (acquisition
// cost, list rates, new services) stay null: not measured yet.
import type { GoalMeasureKey } from './goals.ts';

/** Sums over the clients of one category, for one year. */
export type CategoryFigures = {
  categoryKey: string;
  /** Clients of the category with revenue in the year. */
  clients: number;
  /** Clients of the category with revenue in the year before. */
  clientsYearBefore: number;
  /** Of those, the clients with revenue in the year too. */
  retained: number;
  /** The year's revenue of the clients with revenue, their largest and their five largest. */
  revenueCents: number;
  largestClientCents: number;
  topFiveCents: number;
  /** Distinct service lines per client in the year, summed over the clients. */
  serviceLines: number;
  /** Months from each client's first invoice to the end of the year, summed. */
  relationshipMonths: number;
  /** Revenue on the lines whose hours are known, and those hours in hundredths. */
  hourRevenueCents: number;
  hoursHundredths: number;
  /** Of the clients with revenue, those that had referred a client by the year's end. */
  referringClients: number;
  /** Clients that became clients in the year, referred by a client of the category. */
  clientsFromReferrals: number;
};

export type CategoryActuals = Record<GoalMeasureKey, number | null>;

const ratio = (part: number, whole: number, scale: number) =>
  whole > 0 ? Math.round((part * scale) / whole) : null;

/** The measured actual of every goal measure for one category; null when not measurable. */
export function categoryActuals(figures: CategoryFigures): CategoryActuals {
  return {
    retentionRateBasisPoints: ratio(figures.retained, figures.clientsYearBefore, 10_000),
    relationshipLengthMonths: ratio(figures.relationshipMonths, figures.clients, 1),
    acquisitionCostCents: null,
    serviceLinesPerClientHundredths: ratio(figures.serviceLines, figures.clients, 100),
    revenuePerHourCents: ratio(figures.hourRevenueCents, figures.hoursHundredths, 100),
    tariffLevelBasisPoints: null,
    discountBasisPoints: null,
    referringClientsBasisPoints: ratio(figures.referringClients, figures.clients, 10_000),
    // a category with no client in the year and no referral has nothing to count on
    clientsFromReferrals:
      figures.clients > 0 || figures.clientsFromReferrals > 0 ? figures.clientsFromReferrals : null,
    largestClientShareBasisPoints: ratio(figures.largestClientCents, figures.revenueCents, 10_000),
    topFiveShareBasisPoints: ratio(figures.topFiveCents, figures.revenueCents, 10_000),
    servicesDeveloped: null,
    newServiceRevenueCents: null,
  };
}
