// The review list's rows: largest client first, filtered as the address says (a name, the
// signs that a client costs more than it brings, decided or not), so Back and shared links keep
// the view.
import { foldText } from '../portfolio/clientTable.ts';
import type { ReviewClient, ReviewDecision } from './queries.ts';

export const flagFilters = ['all', 'flagged', 'unflagged'] as const;
export type FlagFilter = (typeof flagFilters)[number];

export const decisionFilters = [
  'all',
  'undecided',
  'decided',
  'invest',
  'maintain',
  'improve',
  'part_ways',
] as const;
export type DecisionFilter = (typeof decisionFilters)[number];

export type ReviewView = { q: string; flags: FlagFilter; decision: DecisionFilter };

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

export function readReviewView(params: URLSearchParams): ReviewView {
  const flags = params.get('flags');
  const decision = params.get('decision');
  return {
    q: params.get('q') ?? '',
    flags: isOneOf(flagFilters, flags) ? flags : 'all',
    decision: isOneOf(decisionFilters, decision) ? decision : 'all',
  };
}

/** Whether the view leaves out any client. */
export function isFiltered(view: ReviewView): boolean {
  return view.q.trim() !== '' || view.flags !== 'all' || view.decision !== 'all';
}

function matchesDecision(decision: ReviewDecision | undefined, filter: DecisionFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'undecided':
      return decision === undefined;
    case 'decided':
      return decision !== undefined;
    case 'invest':
    case 'maintain':
    case 'improve':
    case 'part_ways':
      return decision === filter;
  }
}

/** The clients by revenue, largest first (equal revenue by name), made once per answer. */
const ordered = new WeakMap<readonly ReviewClient[], { rows: ReviewClient[]; folded: string[] }>();

function byRevenue(clients: readonly ReviewClient[]) {
  let entry = ordered.get(clients);
  if (!entry) {
    const rows = [...clients].sort(
      (a, b) => b.revenueCents - a.revenueCents || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
    entry = { rows, folded: rows.map((client) => foldText(client.name)) };
    ordered.set(clients, entry);
  }
  return entry;
}

/** The rows the list shows, in the order of revenue. */
export function reviewRows(clients: readonly ReviewClient[], view: ReviewView): ReviewClient[] {
  const needle = foldText(view.q.trim());
  const { rows, folded } = byRevenue(clients);
  return rows.filter(
    (client, index) =>
      (view.flags === 'all' || client.costsMoreThanItBrings === (view.flags === 'flagged')) &&
      matchesDecision(client.decision?.decision, view.decision) &&
      (needle === '' || folded[index]!.includes(needle)),
  );
}
