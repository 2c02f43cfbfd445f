import { describe, expect, it } from 'vitest';
import { lostReport, revenueTaken, revenueYearOfLoss, type CountedLoss } from './lost-report.ts';

describe('the revenue a loss took', () => {
  it('is that of the last full fiscal year before the loss', () => {
    expect(revenueYearOfLoss('2025-03-10', 1)).toBe(2024);
    // with a fiscal year from April, 10 March 2025 falls in 2024, so 2023 was the last full one
    expect(revenueYearOfLoss('2025-03-10', 4)).toBe(2023);
    expect(revenueYearOfLoss('2025-04-01', 4)).toBe(2024);
  });

  it('is never below zero', () => {
    expect(revenueTaken(-500)).toBe(0);
    expect(revenueTaken(undefined)).toBe(0);
    expect(revenueTaken(12_345)).toBe(12_345);
  });
});

describe('the lost report', () => {
  const loss = (over: Partial<CountedLoss>): CountedLoss => ({
    lostOn: '2025-05-01',
    reasonId: 'price',
    category: 'A',
    revenueCents: 100,
    wonBack: false,
    ...over,
  });

  it('counts the reasons per year and category with the revenue they took', () => {
    const report = lostReport(
      [
        loss({ revenueCents: 5_000_00 }),
        loss({ reasonId: 'service', revenueCents: 9_000_00, wonBack: true }),
        loss({ revenueCents: 1_000_00 }),
        loss({ category: 'B', revenueCents: 700 }),
        loss({ category: null, revenueCents: 1 }),
        loss({ lostOn: '2024-12-31', revenueCents: 3 }),
      ],
      1,
      ['A', 'B', 'C'],
    );
    expect(report.map((g) => [g.year, g.category, g.losses, g.revenueCents, g.wonBack])).toEqual([
      [2025, 'A', 3, 15_000_00, 1],
      [2025, 'B', 1, 700, 0],
      [2025, null, 1, 1, 0],
      [2024, 'A', 1, 3, 0],
    ]);
    expect(report[0]!.reasons).toEqual([
      { reasonId: 'service', losses: 1, revenueCents: 9_000_00, wonBack: 1 },
      { reasonId: 'price', losses: 2, revenueCents: 6_000_00, wonBack: 0 },
    ]);
  });

  it('counts a loss in the fiscal year it fell in', () => {
    const [group] = lostReport([loss({ lostOn: '2025-03-31' })], 4, ['A']);
    expect(group!.year).toBe(2024);
  });
});
