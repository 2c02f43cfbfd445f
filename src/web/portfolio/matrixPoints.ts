// The portfolio matrix's bubbles (method.md §3.5). A firm of 20,000 clients cannot be drawn
// bubble by bubble, so the chart shows the largest clients and an even sample of the rest,
// which keeps the picture of all four quadrants. Growth is drawn within a band; a client without
// revenue the year before counts as growing and is drawn at the top.
import type { MatrixClient, Quadrant } from './queries.ts';

export const growthBand = { low: -1, high: 2 } as const;

/** The quadrants in reading order: the best first. */
export const quadrants: Quadrant[] = ['star', 'cash_cow', 'question_mark', 'dog'];

export type MatrixPoint = MatrixClient & { drawnGrowth: number; size: number };

export function matrixPoints(
  clients: readonly MatrixClient[],
  { max = 500, largest = 100 }: { max?: number; largest?: number } = {},
): MatrixPoint[] {
  const byValue = [...clients].sort((a, b) => b.valueCents - a.valueCents);
  const rest = byValue.slice(largest);
  const room = Math.max(0, max - largest);
  const step = rest.length > room ? rest.length / room : 1;
  const sample: MatrixClient[] = [];
  for (let position = 0; position < rest.length && sample.length < room; position += step) {
    sample.push(rest[Math.floor(position)]!);
  }
  return [...byValue.slice(0, largest), ...sample].map((client) => ({
    ...client,
    drawnGrowth:
      client.growth === null
        ? growthBand.high
        : Math.min(growthBand.high, Math.max(growthBand.low, client.growth)),
    size: Math.max(client.bubble ?? 0, 0),
  }));
}

export type QuadrantSummary = { clients: number; revenueCents: number };

/** Clients and revenue per quadrant, of every placed client. */
export function quadrantSummaries(
  clients: readonly MatrixClient[],
): Record<MatrixClient['quadrant'], QuadrantSummary> {
  const summaries = {
    star: { clients: 0, revenueCents: 0 },
    cash_cow: { clients: 0, revenueCents: 0 },
    question_mark: { clients: 0, revenueCents: 0 },
    dog: { clients: 0, revenueCents: 0 },
  };
  for (const client of clients) {
    summaries[client.quadrant].clients += 1;
    summaries[client.quadrant].revenueCents += client.valueCents;
  }
  return summaries;
}

/** Round ticks for a logarithmic axis: 1, 2 and 5 times a power of ten, within the range. */
export function logTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  if (!(low > 0) || !(high > low)) return ticks;
  for (let power = Math.floor(Math.log10(low)); 10 ** power <= high; power++) {
    for (const step of [1, 2, 5]) {
      const tick = step * 10 ** power;
      if (tick >= low && tick <= high) ticks.push(tick);
    }
  }
  return ticks;
}
