import { describe, expect, it } from 'vitest';
import { knownCostCents, marginBasisPoints } from './margin.ts';

describe('a year’s margin', () => {
  it('is known only when every line of the year states its cost', () => {
    expect(
      knownCostCents({ revenueCents: 10_000, costedRevenueCents: 10_000, costCents: 6_000 }),
    ).toBe(6_000);
    expect(
      knownCostCents({ revenueCents: 10_000, costedRevenueCents: 9_000, costCents: 6_000 }),
    ).toBeNull();
    expect(knownCostCents({ revenueCents: 0, costedRevenueCents: 0, costCents: 0 })).toBeNull();
  });

  it('keeps the cost of a year that ended in a net credit, but gives it no share of revenue', () => {
    const credit = { revenueCents: -5_000, costedRevenueCents: -5_000, costCents: 1_000 };
    expect(knownCostCents(credit)).toBe(1_000);
    expect(marginBasisPoints(credit)).toBeNull();
  });

  it('is a share of revenue in basis points, halves away from zero', () => {
    expect(
      marginBasisPoints({ revenueCents: 10_000, costedRevenueCents: 10_000, costCents: 6_000 }),
    ).toBe(4_000);
    // 1/3 of the revenue left: 3,333.33 bp
    expect(marginBasisPoints({ revenueCents: 300, costedRevenueCents: 300, costCents: 200 })).toBe(
      3_333,
    );
    // a loss of half a basis point rounds away from zero
    expect(
      marginBasisPoints({ revenueCents: 20_000, costedRevenueCents: 20_000, costCents: 20_001 }),
    ).toBe(-1);
    expect(
      marginBasisPoints({ revenueCents: 20_000, costedRevenueCents: 19_999, costCents: 0 }),
    ).toBeNull();
  });
});
