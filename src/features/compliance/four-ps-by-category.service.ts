// The balance of the four P's per category of clients over the fiscal year (method.md §6): what
// the firm invests in the clients of each category, beside the advised order.
import {
  fourPBalanceOfCounts,
  fourPs,
  type FourP,
  type FourPBalance,
} from '../../core/servicing/four-ps.ts';
import type { Db } from '../../db/connection.ts';
import { categoryTimeline } from '../choosing/categories.service.ts';
import { complianceYear } from './compliance.service.ts';
import {
  fourPCountsPerClient,
  fourPCountsPerStretch,
  type ClientStretch,
  type FourPCounts,
} from './four-ps-by-category.repo.ts';

type Tally = { counts: Record<FourP, number>; withoutP: number; clients: Set<string> };
export type CategoryFourPs = FourPBalance & {
  categoryKey: string | null;
  /** Clients with at least one done activity in the period. */
  clientsWithActivities: number;
  withoutP: number;
};

const emptyTally = (): Tally => ({
  counts: { project: 0, person: 0, process: 0, partnership: 0 },
  withoutP: 0,
  clients: new Set(),
});

export async function fourPsByCategory(
  db: Db,
  workspaceId: string,
  options: { fiscalYear?: number | undefined; today: string },
) {
  const { fiscalYear, from, to, judgedAt, scheme, groups } = await complianceYear(
    db,
    workspaceId,
    options.fiscalYear,
    options.today,
  );
  const period = { from, to: judgedAt };
  const [perClient, categories] = await Promise.all([
    fourPCountsPerClient(db, workspaceId, period),
    categoryTimeline(db, workspaceId, scheme, period),
  ]);
  const tallies = new Map<string | null, Tally>(groups.map((key) => [key, emptyTally()]));
  const firm = emptyTally();
  const add = (clientId: string, category: string | null, { counts, withoutP }: FourPCounts) => {
    for (const into of [tallies.get(category)!, firm]) {
      for (const p of fourPs) into.counts[p] += counts[p];
      into.withoutP += withoutP;
      into.clients.add(clientId);
    }
  };
  // an activity counts in the category its client had on the day it was done: a client that
  // held one category all the period counts in it as a whole, one that changed by the day
  const changed: ClientStretch[] = [];
  for (const [clientId, counts] of perClient) {
    const stretches = categories.stretches(clientId, from, judgedAt);
    if (stretches.length > 1)
      for (const stretch of stretches) changed.push({ ...stretch, clientId });
    else add(clientId, stretches[0]?.category ?? null, counts);
  }
  for (const { clientId, category, counts } of await fourPCountsPerStretch(
    db,
    workspaceId,
    period,
    changed,
  ))
    add(clientId, category, counts);

  const balance = (categoryKey: string | null, tally: Tally): CategoryFourPs => ({
    categoryKey,
    ...fourPBalanceOfCounts(tally.counts),
    clientsWithActivities: tally.clients.size,
    withoutP: tally.withoutP,
  });
  return {
    fiscalYear,
    from,
    to,
    judgedAt,
    advisedOrder: [...fourPs],
    firm: balance(null, firm),
    categories: [...tallies]
      .filter(([key, tally]) => key !== null || tally.clients.size > 0)
      .map(([key, tally]) => balance(key, tally)),
  };
}
