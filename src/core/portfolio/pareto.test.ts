import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeClientsArbitrary,
  clientYearsArbitrary,
  lastYear,
} from './client-years.arbitrary.ts';
import type { ClientYear } from './client-year.ts';
import { paretoAnalysis } from './pareto.ts';

const euros = (amount: number) => amount * 100;
// Ten clients; the two largest bring 80% of the revenue.
const revenue = [500, 300, 50, 40, 30, 30, 20, 15, 10, 5];
const rows: ClientYear[] = revenue.map((amount, index) => ({
  clientId: `client-${String(index + 1).padStart(2, '0')}`,
  year: 2024,
  revenueCents: euros(amount),
}));

describe('paretoAnalysis', () => {
  it('finds that 20% of the clients bring 80% of the revenue', () => {
    const pareto = paretoAnalysis(rows, 2024);
    expect(pareto.clientsForTarget).toBe(2);
    expect(pareto.clientsForTargetShare).toEqual({ numerator: 2, denominator: 10 });
    expect(pareto.clientsForTargetRatio).toBe(0.2);
    expect(pareto.curve.map((point) => point.cumulativeBasisPoints)).toEqual([
      5000, 8000, 8500, 8900, 9200, 9500, 9700, 9850, 9950, 10_000,
    ]);
  });
  it('takes the client that reaches the target exactly, and takes another target', () => {
    expect(paretoAnalysis(rows, 2024, 5000).clientsForTarget).toBe(1);
    expect(paretoAnalysis(rows, 2024, 5001).clientsForTarget).toBe(2);
    expect(paretoAnalysis(rows, 2024, 10_000).clientsForTarget).toBe(10);
  });
  it('has nothing to count in a year without revenue', () => {
    const pareto = paretoAnalysis(rows, 2023);
    expect(pareto.clientsForTarget).toBe(0);
    expect(pareto.clientsForTargetShare).toBeNull();
    expect(pareto.curve).toEqual([]);
  });
  it('refuses a target outside 0–10,000 basis points', () => {
    expect(() => paretoAnalysis(rows, 2024, 0.8)).toThrow(/basis points/);
  });
  it('follows the sort order and counts the fewest top clients that reach the target', () => {
    const target = fc.integer({ min: 1, max: 10_000 });
    const data = fc.oneof(clientYearsArbitrary, activeClientsArbitrary);
    fc.assert(
      fc.property(data, target, (clientYears, targetBasisPoints) => {
        const pareto = paretoAnalysis(clientYears, lastYear, targetBasisPoints);
        const { curve, activeRevenueCents: total } = pareto;
        fc.pre(curve.length > 0);
        expect(curve.map((point) => point.rank)).toEqual(curve.map((_, index) => index + 1));
        for (const [before, point] of pairs(curve)) {
          expect(before.revenueCents).toBeGreaterThanOrEqual(point.revenueCents);
          expect(point.revenueCents).toBeGreaterThan(0);
          expect(point.cumulativeCents).toBe(before.cumulativeCents + point.revenueCents);
          expect(point.cumulativeBasisPoints).toBeGreaterThanOrEqual(before.cumulativeBasisPoints);
        }
        expect(curve.at(-1)?.cumulativeBasisPoints).toBe(10_000);
        // Reaching the target, in exact arithmetic: cumulative / total ≥ target / 10,000.
        const reached = (count: number) =>
          BigInt(curve[count - 1]?.cumulativeCents ?? 0) * 10_000n >=
          BigInt(targetBasisPoints) * BigInt(total);
        expect(reached(pareto.clientsForTarget)).toBe(true);
        expect(reached(pareto.clientsForTarget - 1)).toBe(false);
      }),
    );
  });
});

function pairs<T>(items: readonly T[]): [T, T][] {
  return items.slice(1).map((item, index) => [items[index] as T, item]);
}
