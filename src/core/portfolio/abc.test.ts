import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcByRevenue, abcClasses } from './abc.ts';
import {
  activeClientsArbitrary,
  clientYearsArbitrary,
  lastYear,
} from './client-years.arbitrary.ts';
import type { ClientYear } from './client-year.ts';
import { paretoAnalysis } from './pareto.ts';

const rows: ClientYear[] = [
  ['a', 5000],
  ['b', 2500],
  ['c', 1000],
  ['d', 600],
  ['e', 400],
  ['f', 300],
  ['g', 200],
  ['h', 0],
].map(([clientId, revenueCents]) => ({
  clientId: String(clientId),
  year: 2024,
  revenueCents: Number(revenueCents),
}));

describe('abcByRevenue', () => {
  it('keeps the client that crosses a boundary in the class before it', () => {
    // Total 10,000: cumulative before a, b, c … is 0, 5000, 7500, 8500, 9100, 9500, 9800.
    const classes = abcByRevenue(rows, 2024).map((client) => [client.clientId, client.abcClass]);
    expect(classes).toEqual([
      ['a', 'A'],
      ['b', 'A'],
      ['c', 'A'], // 75% before it, 85% with it: it crosses 80% and is still A
      ['d', 'B'],
      ['e', 'B'], // 91% before it, 95% with it
      ['f', 'C'], // exactly 95% before it: not below the B boundary
      ['g', 'C'],
    ]);
  });
  it('does not classify a client without revenue in the year', () => {
    expect(abcByRevenue(rows, 2024).map((client) => client.clientId)).not.toContain('h');
  });
  it('takes other boundaries, and refuses a B boundary below the A boundary', () => {
    const classes = abcByRevenue(rows, 2024, { aBasisPoints: 5000, bBasisPoints: 5000 });
    expect(classes.map((client) => client.abcClass).join('')).toBe('ACCCCCC');
    expect(() => abcByRevenue(rows, 2024, { aBasisPoints: 9000, bBasisPoints: 8000 })).toThrow(
      /below the A boundary/,
    );
  });
  it('is consistent with the Pareto order: A ≥ every B ≥ every C, and A is the Pareto count', () => {
    const boundaries = fc
      .tuple(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }))
      .map(([x, y]) => ({ aBasisPoints: Math.min(x, y), bBasisPoints: Math.max(x, y) }));
    const data = fc.oneof(clientYearsArbitrary, activeClientsArbitrary);
    fc.assert(
      fc.property(data, boundaries, (clientYears, bounds) => {
        const clients = abcByRevenue(clientYears, lastYear, bounds);
        const pareto = paretoAnalysis(clientYears, lastYear, bounds.aBasisPoints);
        expect(clients.map((c) => c.clientId)).toEqual(pareto.curve.map((p) => p.clientId));
        const rank = (c: (typeof clients)[number]) => abcClasses.indexOf(c.abcClass);
        const ranks = clients.map(rank);
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        for (const higher of clients) {
          for (const lower of clients.filter((c) => rank(c) > rank(higher))) {
            expect(higher.revenueCents).toBeGreaterThanOrEqual(lower.revenueCents);
          }
        }
        expect(clients.filter((c) => c.abcClass === 'A')).toHaveLength(pareto.clientsForTarget);
        expect(clients[0]?.abcClass ?? 'A').toBe('A');
      }),
    );
  });
});
