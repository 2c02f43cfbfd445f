import { describe, expect, it } from 'vitest';
import type { ClientYear } from './client-year.ts';
import { concentration, concentrationTrend, dependencyAlerts } from './concentration.ts';
import { clientGrowth } from './growth.ts';
import { revenueShares } from './shares.ts';

const euros = (amount: number) => amount * 100;
const year = (y: number, revenue: Record<string, number>): ClientYear[] =>
  Object.entries(revenue).map(([clientId, amount]) => ({
    clientId,
    year: y,
    revenueCents: euros(amount),
  }));

describe('concentration', () => {
  it('gives one client with all revenue an HHI of 10,000', () => {
    const figures = concentration(year(2024, { only: 50_000 }), 2024);
    expect(figures.hhi).toBe(10_000);
    expect(figures.largestClient).toEqual({
      clientIds: ['only'],
      revenueCents: euros(50_000),
      share: { numerator: euros(50_000), denominator: euros(50_000) },
      basisPoints: 10_000,
    });
  });
  it('gives four equal clients an HHI of 2,500 and ten equal ones 1,000', () => {
    const four = year(2024, { a: 10, b: 10, c: 10, d: 10 });
    expect(concentration(four, 2024).hhi).toBe(2500);
    const ten = year(2024, Object.fromEntries([...'abcdefghij'].map((id) => [id, 7])));
    expect(concentration(ten, 2024).hhi).toBe(1000);
  });
  it('shows the largest client and the top five, leaving out clients without revenue', () => {
    const rows = year(2024, { a: 40, b: 20, c: 10, d: 10, e: 10, f: 5, g: 5, h: 0, i: -10 });
    const figures = concentration(rows, 2024);
    expect(figures.activeClients).toBe(7);
    expect(figures.largestClient.basisPoints).toBe(4000);
    expect(figures.topFive).toMatchObject({
      clientIds: ['a', 'b', 'c', 'd', 'e'],
      revenueCents: euros(90),
      share: { numerator: euros(90), denominator: euros(100) },
      basisPoints: 9000,
    });
    // 40² + 20² + 3 × 10² + 2 × 5² = 1600 + 400 + 300 + 50
    expect(figures.hhi).toBe(2350);
  });
  it('rounds the HHI to a whole number, halves up', () => {
    // Shares 2/3 and 1/3: (66.67)² + (33.33)² = 5555.56 → 5556.
    expect(concentration(year(2024, { a: 2, b: 1 }), 2024).hhi).toBe(5556);
  });
  it('has no largest client and an HHI of 0 without revenue', () => {
    const figures = concentration([], 2024);
    expect(figures.largestClient).toEqual({
      clientIds: [],
      revenueCents: 0,
      share: null,
      basisPoints: 0,
    });
    expect(figures.hhi).toBe(0);
  });
});

// The freelancer's story (method.md §1): an ICT freelancer spends more and more of his time at
// one theatre; his other clients' revenue falls; then the theatre's subsidy is cut.
const freelancer: ClientYear[] = [
  ...year(2021, {
    theater: 15_000,
    woningcorporatie: 16_000,
    gemeente: 15_000,
    notaris: 14_000,
    bakkerij: 14_000,
    sportclub: 13_000,
  }),
  ...year(2022, {
    theater: 16_500,
    woningcorporatie: 15_500,
    gemeente: 14_500,
    notaris: 13_500,
    bakkerij: 13_500,
    sportclub: 12_500,
  }),
  ...year(2023, {
    theater: 24_000,
    woningcorporatie: 12_000,
    gemeente: 11_000,
    notaris: 10_000,
    bakkerij: 9_000,
    sportclub: 8_000,
  }),
  ...year(2024, {
    theater: 6_000,
    woningcorporatie: 8_000,
    gemeente: 7_500,
    notaris: 7_000,
    bakkerij: 7_000,
    sportclub: 6_000,
  }),
];

describe('dependencyAlerts: the freelancer’s story', () => {
  it('shows the theatre’s share rising while the other clients’ revenue falls', () => {
    const theaterShare = (y: number) =>
      revenueShares(freelancer, y).clients.find((c) => c.clientId === 'theater')?.basisPoints;
    expect([2021, 2022, 2023, 2024].map(theaterShare)).toEqual([1724, 1919, 3243, 1446]);
    const trend = concentrationTrend(freelancer, [2021, 2022, 2023, 2024]);
    expect(trend.map((figures) => figures.largestClient.clientIds[0])).toEqual([
      'woningcorporatie',
      'theater',
      'theater',
      'woningcorporatie',
    ]);
    expect(trend.map((figures) => figures.largestClient.basisPoints)).toEqual([
      1839, 1919, 3243, 1927,
    ]);
    for (const y of [2022, 2023]) {
      const others = clientGrowth(freelancer, y).filter((g) => g.clientId !== 'theater');
      expect(others.every((g) => g.changeCents < 0)).toBe(true);
    }
  });
  it('raises the alert in the year the theatre passes 20%, and not before', () => {
    expect(dependencyAlerts(freelancer)).toEqual([
      {
        year: 2023,
        clientId: 'theater',
        revenueCents: euros(24_000),
        share: { numerator: euros(24_000), denominator: euros(74_000) },
        basisPoints: 3243,
        firstYearAbove: true,
        aboveSince: 2023,
      },
    ]);
  });
  it('keeps the alert while the share stays above, no longer flagged as the first year', () => {
    const subsidyKept = [
      ...freelancer.filter((row) => row.year < 2024),
      ...year(2024, { theater: 20_000, woningcorporatie: 10_000, gemeente: 9_000, notaris: 8_000 }),
    ];
    const alerts = dependencyAlerts(subsidyKept, { years: [2024] });
    expect(
      alerts.map(({ clientId, firstYearAbove, aboveSince }) => ({
        clientId,
        firstYearAbove,
        aboveSince,
      })),
    ).toEqual([
      { clientId: 'theater', firstYearAbove: false, aboveSince: 2023 },
      { clientId: 'woningcorporatie', firstYearAbove: true, aboveSince: 2024 },
    ]);
  });
});

describe('dependencyAlerts: the threshold', () => {
  it('passes only strictly above the threshold, compared exactly', () => {
    const rows = year(2024, { a: 20, b: 20, c: 20, d: 20, e: 20 });
    expect(dependencyAlerts(rows)).toEqual([]);
    const justAbove = [
      ...year(2024, { a: 20_001, b: 20_000, c: 20_000, d: 20_000 }),
      ...year(2024, { e: 19_999 }),
    ];
    expect(dependencyAlerts(justAbove).map((alert) => [alert.clientId, alert.basisPoints])).toEqual(
      [['a', 2000]],
    );
  });
  it('takes the firm’s own threshold', () => {
    const rows = year(2024, { a: 35, b: 30, c: 35 });
    expect(
      dependencyAlerts(rows, { thresholdBasisPoints: 3000 }).map((alert) => alert.clientId),
    ).toEqual(['a', 'c']);
    expect(() => dependencyAlerts(rows, { thresholdBasisPoints: 2000.5 })).toThrow(/basis points/);
  });
});
