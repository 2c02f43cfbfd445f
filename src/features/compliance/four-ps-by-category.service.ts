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
import { fourPCounts } from './compliance.repo.ts';
import { complianceYear } from './compliance.service.ts';

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
  const [rows, categories] = await Promise.all([
    fourPCounts(db, workspaceId, { from, to: judgedAt }),
    categoryTimeline(db, workspaceId, scheme, { from, to: judgedAt }),
  ]);
  const tallies = new Map<string | null, Tally>(groups.map((key) => [key, emptyTally()]));
  const firm = emptyTally();
  for (const row of rows) {
    // an activity counts in the category its client had on the day it was done
    const tally = tallies.get(categories.on(row.organizationId, row.day))!;
    for (const into of [tally, firm]) {
      if (row.p === null) into.withoutP += row.count;
      else into.counts[row.p] += row.count;
      into.clients.add(row.organizationId);
    }
  }
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
