import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientYearsArbitrary, firstYear, lastYear } from './client-years.arbitrary.ts';
import type { ClientYear } from './client-year.ts';
import { revenueShares } from './shares.ts';

const rows: ClientYear[] = [
  { clientId: 'a', year: 2024, revenueCents: 100 },
  { clientId: 'b', year: 2024, revenueCents: 100 },
  { clientId: 'c', year: 2024, revenueCents: 100 },
  { clientId: 'credited', year: 2024, revenueCents: -40 },
  { clientId: 'zero', year: 2024, revenueCents: 0 },
];

describe('revenueShares', () => {
  it('divides the active clients’ revenue, exactly and in basis points adding up to 10,000', () => {
    const shares = revenueShares(rows, 2024);
    expect(shares.activeRevenueCents).toBe(300);
    expect(shares.netRevenueCents).toBe(260);
    expect(shares.clients).toEqual([
      {
        clientId: 'a',
        revenueCents: 100,
        share: { numerator: 100, denominator: 300 },
        ratio: 1 / 3,
        basisPoints: 3334,
      },
      {
        clientId: 'b',
        revenueCents: 100,
        share: { numerator: 100, denominator: 300 },
        ratio: 1 / 3,
        basisPoints: 3333,
      },
      {
        clientId: 'c',
        revenueCents: 100,
        share: { numerator: 100, denominator: 300 },
        ratio: 1 / 3,
        basisPoints: 3333,
      },
    ]);
  });
  it('gives no share to a client whose year total is zero or below', () => {
    const ids = revenueShares(rows, 2024).clients.map((client) => client.clientId);
    expect(ids).not.toContain('credited');
    expect(ids).not.toContain('zero');
  });
  it('is empty for a year without revenue', () => {
    expect(revenueShares(rows, 2023)).toEqual({
      year: 2023,
      activeRevenueCents: 0,
      netRevenueCents: 0,
      clients: [],
    });
  });
  it('always adds up to exactly 10,000 basis points when there is revenue', () => {
    fc.assert(
      fc.property(
        clientYearsArbitrary,
        fc.integer({ min: firstYear, max: lastYear }),
        (data, year) => {
          const { clients, activeRevenueCents } = revenueShares(data, year);
          const points = clients.reduce((sum, client) => sum + client.basisPoints, 0);
          expect(points).toBe(activeRevenueCents > 0 ? 10_000 : 0);
          for (const client of clients) {
            expect(client.revenueCents).toBeGreaterThan(0);
            expect(Number.isSafeInteger(client.basisPoints)).toBe(true);
            expect(client.share.denominator).toBe(activeRevenueCents);
          }
        },
      ),
    );
  });
});
