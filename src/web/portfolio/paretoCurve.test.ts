import { describe, expect, it } from 'vitest';
import { paretoCurve, revenueShareOfTop } from './paretoCurve.ts';

describe('the Pareto curve', () => {
  it('runs from nothing to everything through every client of a small firm', () => {
    const curve = paretoCurve([
      { revenueCents: 600 },
      { revenueCents: 300 },
      { revenueCents: 100 },
    ]);
    expect(curve).toEqual([
      { clients: 0, revenue: 0 },
      { clients: 1 / 3, revenue: 0.6 },
      { clients: 2 / 3, revenue: 0.9 },
      { clients: 1, revenue: 1 },
    ]);
  });

  it('draws a large firm with a few hundred points, ending at the last client', () => {
    const clients = Array.from({ length: 20_001 }, (_, i) => ({ revenueCents: 20_001 - i }));
    const curve = paretoCurve(clients, 250);
    expect(curve.length).toBeLessThanOrEqual(252);
    expect(curve.at(-1)).toEqual({ clients: 1, revenue: 1 });
    const rising = curve.every(
      (point, i) =>
        i === 0 ||
        (point.clients > curve[i - 1]!.clients && point.revenue >= curve[i - 1]!.revenue),
    );
    expect(rising).toBe(true);
  });

  it('is empty without revenue', () => {
    expect(paretoCurve([])).toEqual([]);
    expect(paretoCurve([{ revenueCents: 0 }])).toEqual([]);
  });
});

describe('the revenue of the largest clients', () => {
  it('is their share of all revenue, where the curve reaches the target', () => {
    const clients = [{ revenueCents: 600 }, { revenueCents: 300 }, { revenueCents: 100 }];
    expect(revenueShareOfTop(clients, 2)).toBe(0.9);
    expect(revenueShareOfTop(clients, 0)).toBe(0);
    expect(revenueShareOfTop([], 3)).toBe(0);
  });
});
