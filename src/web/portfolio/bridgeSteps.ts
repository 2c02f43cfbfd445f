// The revenue bridge (method.md §2) as a waterfall: start Y−1, + grown, − shrunk, + new,
// + returned, − lost, = end Y. Each bar floats on a base; the clients behind each bar.
import type { BridgeClient, BridgeGroup, RevenueBridge } from './queries.ts';

export const movingSteps = ['grown', 'shrunk', 'new', 'returned', 'lost'] as const;
export type MovingStep = (typeof movingSteps)[number];
export type BridgeStep = 'start' | BridgeGroup | 'end';

/** The groups every client falls in exactly one of, in the order the table shows them. */
export const bridgeGroups: readonly BridgeGroup[] = [
  'grown',
  'shrunk',
  'unchanged',
  'new',
  'returned',
  'lost',
];

export type WaterfallBar = {
  step: 'start' | MovingStep | 'end';
  /** Where the bar starts: 0 for the totals, the running total for a step. */
  baseCents: number;
  /** Its height: never negative. */
  sizeCents: number;
  effectCents: number;
  direction: 'total' | 'up' | 'down';
};

/** The bars of the chart, left to right. Unchanged clients have no effect and no bar. */
export function waterfall(bridge: RevenueBridge): WaterfallBar[] {
  let running = bridge.startCents;
  const moving = movingSteps.map((step): WaterfallBar => {
    const effectCents = bridge.bars[step].effectCents;
    const bar: WaterfallBar = {
      step,
      baseCents: effectCents >= 0 ? running : running + effectCents,
      sizeCents: Math.abs(effectCents),
      effectCents,
      direction: effectCents >= 0 ? 'up' : 'down',
    };
    running += effectCents;
    return bar;
  });
  const total = (step: 'start' | 'end', cents: number): WaterfallBar => ({
    step,
    baseCents: 0,
    sizeCents: cents,
    effectCents: cents,
    direction: 'total',
  });
  return [total('start', bridge.startCents), ...moving, total('end', bridge.endCents)];
}

export type BridgeRow = {
  step: BridgeStep;
  clients: number;
  effectCents: number;
  /** The effect against last year's revenue; null when there was none. */
  growth: number | null;
};

/** The table of the bridge: the start, every group with its clients, and the sum as the end. */
export function bridgeRows(bridge: RevenueBridge): { rows: BridgeRow[]; sum: BridgeRow } {
  const growth = (cents: number) => (bridge.startCents > 0 ? cents / bridge.startCents : null);
  const rows: BridgeRow[] = [
    {
      step: 'start',
      clients: clientsOfStep(bridge, 'start').length,
      effectCents: bridge.startCents,
      growth: null,
    },
    ...bridgeGroups.map((step) => ({
      step,
      clients: bridge.bars[step].clientIds.length,
      effectCents: bridge.bars[step].effectCents,
      growth: growth(bridge.bars[step].effectCents),
    })),
  ];
  // the identity, added up here rather than taken from the answer, so the table shows it holds
  const sumCents = rows.reduce((sum, row) => sum + row.effectCents, 0);
  return {
    rows,
    sum: {
      step: 'end',
      clients: clientsOfStep(bridge, 'end').length,
      effectCents: sumCents,
      growth: growth(sumCents - bridge.startCents),
    },
  };
}

/**
 * The clients behind a bar, largest effect first: a group's clients, or for the totals every
 * client with revenue in that year.
 */
export function clientsOfStep(bridge: RevenueBridge, step: BridgeStep): BridgeClient[] {
  if (step === 'start' || step === 'end') {
    const amount = (client: BridgeClient) =>
      step === 'start' ? client.previousCents : client.currentCents;
    return bridge.clients
      .filter((client) => amount(client) > 0)
      .sort((a, b) => amount(b) - amount(a) || a.name.localeCompare(b.name));
  }
  const byId = new Map(bridge.clients.map((client) => [client.clientId, client]));
  return bridge.bars[step].clientIds.flatMap((id) => byId.get(id) ?? []);
}

export function isBridgeStep(value: string | null): value is BridgeStep {
  return ['start', 'grown', 'shrunk', 'unchanged', 'new', 'returned', 'lost', 'end'].includes(
    value ?? '',
  );
}
