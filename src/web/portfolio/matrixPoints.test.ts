import { describe, expect, it } from 'vitest';
import { growthBand, logTicks, matrixPoints, quadrantSummaries } from './matrixPoints.ts';
import type { MatrixClient } from './queries.ts';

const client = (index: number, extra: Partial<MatrixClient> = {}): MatrixClient => ({
  clientId: `id-${index}`,
  name: `Client ${index}`,
  quadrant: 'dog',
  valueCents: 1_000_000 - index,
  growth: 0.1,
  bubble: 100,
  ...extra,
});

describe('the bubbles of the portfolio matrix', () => {
  it('draws every client of a small firm', () => {
    const points = matrixPoints([client(2), client(1), client(3)]);
    expect(points.map((point) => point.clientId)).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('draws the largest clients and an even sample of the rest of a large firm', () => {
    const clients = Array.from({ length: 20_000 }, (_, i) => client(i));
    const points = matrixPoints(clients, { max: 500, largest: 100 });
    expect(points).toHaveLength(500);
    expect(points.slice(0, 100).map((p) => p.clientId)).toEqual(
      clients.slice(0, 100).map((c) => c.clientId),
    );
    // the sample reaches the smallest clients
    expect(points.at(-1)!.valueCents).toBeLessThan(clients[19_800]!.valueCents);
    expect(new Set(points.map((p) => p.clientId)).size).toBe(500);
  });

  it('keeps growth within the band and draws clients new to last year at the top', () => {
    const [huge, none, lost] = matrixPoints([
      client(1, { growth: 18.8 }),
      client(2, { growth: null }),
      client(3, { growth: -1.5, bubble: -200 }),
    ]);
    expect(huge!.drawnGrowth).toBe(growthBand.high);
    expect(none!.drawnGrowth).toBe(growthBand.high);
    expect(lost!.drawnGrowth).toBe(growthBand.low);
    expect(lost!.size).toBe(0);
  });

  it('counts clients and revenue per quadrant', () => {
    const summaries = quadrantSummaries([
      client(1, { quadrant: 'star', valueCents: 500 }),
      client(2, { quadrant: 'star', valueCents: 300 }),
      client(3, { quadrant: 'dog', valueCents: 10 }),
    ]);
    expect(summaries.star).toEqual({ clients: 2, revenueCents: 800 });
    expect(summaries.dog).toEqual({ clients: 1, revenueCents: 10 });
    expect(summaries.cash_cow).toEqual({ clients: 0, revenueCents: 0 });
  });
});

describe('ticks on a logarithmic axis', () => {
  it('are round amounts within the range', () => {
    expect(logTicks(37_000, 4_500_000)).toEqual([
      50_000, 100_000, 200_000, 500_000, 1_000_000, 2_000_000,
    ]);
    expect(logTicks(100, 100)).toEqual([]);
    expect(logTicks(0, 100)).toEqual([]);
  });
});
