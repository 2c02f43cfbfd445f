import { describe, expect, it } from 'vitest';
import { categoryActuals, type CategoryFigures } from './category-actuals.ts';

const figures: CategoryFigures = {
  categoryKey: 'A',
  clients: 4,
  clientsYearBefore: 5,
  retained: 4,
  revenueCents: 1_000_000,
  largestClientCents: 400_000,
  topFiveCents: 1_000_000,
  serviceLines: 7,
  relationshipMonths: 130,
  hourRevenueCents: 900_000,
  hoursHundredths: 600_000,
  referringClients: 1,
  clientsFromReferrals: 2,
};

describe('categoryActuals', () => {
  it('measures retention, length, cross-selling, price and dependency in their units', () => {
    expect(categoryActuals(figures)).toMatchObject({
      retentionRateBasisPoints: 8000,
      relationshipLengthMonths: 33,
      serviceLinesPerClientHundredths: 175,
      revenuePerHourCents: 150,
      largestClientShareBasisPoints: 4000,
      topFiveShareBasisPoints: 10_000,
    });
  });

  it('measures the ambassadors: the share of the clients that referred a client, and the new clients they brought (method §10)', () => {
    expect(categoryActuals(figures)).toMatchObject({
      referringClientsBasisPoints: 2500,
      clientsFromReferrals: 2,
    });
    expect(categoryActuals({ ...figures, clientsFromReferrals: 0 }).clientsFromReferrals).toBe(0);
  });

  it('leaves what the figures cannot give unmeasured, never zero', () => {
    const actuals = categoryActuals(figures);
    for (const key of [
      'acquisitionCostCents',
      'tariffLevelBasisPoints',
      'discountBasisPoints',
      'servicesDeveloped',
      'newServiceRevenueCents',
    ] as const)
      expect(actuals[key], key).toBeNull();
  });

  it('measures nothing for a category without clients, revenue or hours', () => {
    const empty = categoryActuals({
      ...figures,
      clients: 0,
      clientsYearBefore: 0,
      retained: 0,
      revenueCents: 0,
      largestClientCents: 0,
      topFiveCents: 0,
      serviceLines: 0,
      relationshipMonths: 0,
      hourRevenueCents: 0,
      hoursHundredths: 0,
      referringClients: 0,
      clientsFromReferrals: 0,
    });
    expect(Object.values(empty).every((value) => value === null)).toBe(true);
  });
});
