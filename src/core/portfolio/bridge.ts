// The revenue bridge (herkomst omzet), method.md §2: where this year's revenue comes from,
// compared with last year's, client by client.
import {
  compareClientIds,
  isActive,
  revenueByClient,
  yearsOf,
  type ClientYear,
} from './client-year.ts';
import { sumCents } from './money.ts';

/**
 * The groups of the bridge. The method names five; a client with exactly the same revenue in
 * both years is existing but neither grown nor shrunk, so it has its own group with no effect.
 */
export const bridgeGroups = ['grown', 'shrunk', 'unchanged', 'new', 'returned', 'lost'] as const;
export type BridgeGroup = (typeof bridgeGroups)[number];

/** One bar of the bridge and the clients behind it. */
export type BridgeBar = {
  /** The size of the bar as the method writes it: never negative. */
  amountCents: number;
  /** Its effect on revenue: + for grown, new and returned, − for shrunk and lost. */
  effectCents: number;
  /** Largest effect first, then by client id. */
  clientIds: string[];
};

export type BridgeClient = {
  clientId: string;
  group: BridgeGroup;
  /** The client's revenue in the bridge: its year total when above zero, else 0. */
  previousCents: number;
  currentCents: number;
  effectCents: number;
};

export type RevenueBridge = {
  year: number;
  /** Revenue of the active clients in Y−1 and Y: the bridge's first and last bar. */
  startCents: number;
  endCents: number;
  bars: Record<BridgeGroup, BridgeBar>;
  /** Every client active in Y−1 or Y, each in exactly one group. */
  clients: BridgeClient[];
  /**
   * The books' revenue in Y−1 and Y: all year totals, including clients whose total is below
   * zero. net − start (and net − end) is what credit notes of clients without revenue add.
   */
  netStartCents: number;
  netEndCents: number;
};

/**
 * The revenue bridge of year Y against Y−1 (method.md §2). A client has revenue in a year when
 * its year total is above zero; a total of 0 (invoice and full credit note) or below (only
 * credit notes) counts as no revenue, as everywhere in the portfolio. Then:
 * - grown / shrunk / unchanged: revenue in both years, more / less / the same in Y: ± the change;
 * - new: revenue in Y, none in any earlier year in the rows: + Y;
 * - returned (won back): revenue in Y, none in Y−1, some in an earlier year: + Y;
 * - lost: revenue in Y−1, none in Y: − (Y−1).
 * So end = start + grown − shrunk + new + returned − lost holds to the cent for any data. The
 * bridge runs over the active clients' revenue, the whole the revenue shares divide; a total
 * below zero stays outside it and shows only in the books' figures (netStartCents, netEndCents).
 * "Never before" can only look as far back as the rows go: pass every year there is.
 */
export function revenueBridge(rows: readonly ClientYear[], year: number): RevenueBridge {
  const current = revenueByClient(rows, year);
  const previous = revenueByClient(rows, year - 1);
  const activeEarlier = new Set(
    yearsOf(rows)
      .filter((earlier) => earlier < year - 1)
      .flatMap((earlier) => [...revenueByClient(rows, earlier)])
      .filter(([, cents]) => isActive(cents))
      .map(([clientId]) => clientId),
  );
  const bridgeRevenue = (revenue: ReadonlyMap<string, number>, clientId: string) =>
    Math.max(revenue.get(clientId) ?? 0, 0);
  const clientIds = new Set(
    [...current, ...previous].filter(([, cents]) => isActive(cents)).map(([id]) => id),
  );
  const clients = [...clientIds].map((clientId): BridgeClient => {
    const previousCents = bridgeRevenue(previous, clientId);
    const currentCents = bridgeRevenue(current, clientId);
    const group = groupOf(previousCents, currentCents, activeEarlier.has(clientId));
    return {
      clientId,
      group,
      previousCents,
      currentCents,
      effectCents: currentCents - previousCents,
    };
  });
  clients.sort(
    (a, b) =>
      Math.abs(b.effectCents) - Math.abs(a.effectCents) || compareClientIds(a.clientId, b.clientId),
  );
  const bar = (group: BridgeGroup): BridgeBar => {
    const members = clients.filter((client) => client.group === group);
    const effectCents = sumCents(members.map((client) => client.effectCents));
    return {
      amountCents: Math.abs(effectCents),
      effectCents,
      clientIds: members.map((client) => client.clientId),
    };
  };
  return {
    year,
    startCents: sumCents(clients.map((client) => client.previousCents)),
    endCents: sumCents(clients.map((client) => client.currentCents)),
    bars: {
      grown: bar('grown'),
      shrunk: bar('shrunk'),
      unchanged: bar('unchanged'),
      new: bar('new'),
      returned: bar('returned'),
      lost: bar('lost'),
    },
    clients,
    netStartCents: sumCents([...previous.values()]),
    netEndCents: sumCents([...current.values()]),
  };
}

function groupOf(previousCents: number, currentCents: number, activeEarlier: boolean): BridgeGroup {
  if (previousCents > 0 && currentCents > 0) {
    if (currentCents > previousCents) return 'grown';
    return currentCents < previousCents ? 'shrunk' : 'unchanged';
  }
  if (currentCents === 0) return 'lost';
  return activeEarlier ? 'returned' : 'new';
}
