import { describe, expect, it } from 'vitest';
import { revenueBridge } from './bridge.ts';
import type { ClientYear } from './client-year.ts';
import { revenueOrigin } from './revenue-origin.ts';

const row = (clientId: string, year: number, revenueCents: number): ClientYear => ({
  clientId,
  year,
  revenueCents,
});

describe('revenueOrigin', () => {
  it('splits the year’s revenue into existing, returned and new clients, adding up to 100%', () => {
    const rows = [
      row('existing', 2023, 500),
      row('existing', 2024, 600),
      row('shrinking', 2023, 500),
      row('shrinking', 2024, 100),
      row('returned', 2022, 100),
      row('returned', 2024, 100),
      row('new', 2024, 200),
      row('lost', 2023, 900),
    ];
    expect(revenueOrigin(revenueBridge(rows, 2024))).toEqual({
      year: 2024,
      existingCents: 700,
      returnedCents: 100,
      newCents: 200,
      basisPoints: { existing: 7000, returned: 1000, new: 2000 },
    });
  });
  it('rounds by the largest remainder so the parts still add up to 10,000', () => {
    const rows = [row('a', 2023, 1), row('a', 2024, 1), row('b', 2022, 1), row('b', 2024, 1)];
    const origin = revenueOrigin(revenueBridge([...rows, row('c', 2024, 1)], 2024));
    expect(origin.basisPoints).toEqual({ existing: 3334, returned: 3333, new: 3333 });
  });
  it('has no shares in a year without revenue', () => {
    expect(revenueOrigin(revenueBridge([row('lost', 2023, 900)], 2024)).basisPoints).toBeNull();
  });
});
