// The client table's rows: filtered and sorted as the address says, so Back and shared links
// keep the view. The rank is the client's place in the Pareto order, whatever the sort.
import type { PortfolioClient } from './queries.ts';

export const clientColumns = [
  'rank',
  'name',
  'revenue',
  'share',
  'abcClass',
  'growth',
  'margin',
  'hours',
  'assignments',
  'relationship',
] as const;
export type ClientColumn = (typeof clientColumns)[number];
export type ClientSort = { column: ClientColumn; descending: boolean };
export type AbcClass = NonNullable<PortfolioClient['abcClass']>;
export type RankedClient = PortfolioClient & { rank: number };

export type ClientTableView = {
  q: string;
  abcClass: AbcClass | undefined;
  /** Only the largest clients, up to this rank. */
  top: number | undefined;
  sort: ClientSort;
};

const defaultSort: ClientSort = { column: 'rank', descending: false };
const abcClasses: readonly AbcClass[] = ['A', 'B', 'C'];

export function readClientTableView(params: URLSearchParams): ClientTableView {
  const sortText = params.get('sort') ?? '';
  const descending = sortText.startsWith('-');
  const column = clientColumns.find((name) => name === sortText.replace(/^-/, ''));
  const top = Number(params.get('top'));
  return {
    q: params.get('q') ?? '',
    abcClass: abcClasses.find((value) => value === params.get('abc')),
    top: Number.isInteger(top) && top > 0 ? top : undefined,
    sort: column ? { column, descending } : defaultSort,
  };
}

/** The address's `sort` for a sort; null for the default order (by rank). */
export function sortParam(sort: ClientSort): string | null {
  if (sort.column === 'rank' && !sort.descending) return null;
  return `${sort.descending ? '-' : ''}${sort.column}`;
}

/** Clicking a column sorts by it, amounts largest first; clicking it again reverses. */
export function nextSort(current: ClientSort, column: ClientColumn): ClientSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: !['rank', 'name', 'abcClass'].includes(column) };
}

/** Lower case without accents, so "cafe" finds "Café". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

type SortValue = (client: RankedClient) => number | null;

const numericValues: Record<Exclude<ClientColumn, 'name' | 'abcClass'>, SortValue> = {
  rank: (client) => client.rank,
  revenue: (client) => client.revenueCents,
  share: (client) => client.basisPoints,
  growth: (client) => client.changeRatio,
  margin: (client) => client.marginCents,
  hours: (client) => client.hours,
  assignments: (client) => client.assignments,
  relationship: (client) => client.relationshipMonths,
};

/** The ranked rows and their names folded for searching, made once per answer. */
const prepared = new WeakMap<
  readonly PortfolioClient[],
  { rows: RankedClient[]; folded: string[] }
>();

function prepare(clients: readonly PortfolioClient[]) {
  let entry = prepared.get(clients);
  if (!entry) {
    entry = {
      rows: clients.map((client, index) => ({ ...client, rank: index + 1 })),
      folded: clients.map((client) => foldText(client.name)),
    };
    prepared.set(clients, entry);
  }
  return entry;
}

/**
 * The rows the table shows: the filters of the view, then its sort. Clients without a value
 * (no margin recorded, no revenue the year before) come last in either direction; equal
 * values keep the Pareto order.
 */
export function clientRows(
  clients: readonly PortfolioClient[],
  view: ClientTableView,
  collator: Intl.Collator,
): RankedClient[] {
  const needle = foldText(view.q.trim());
  const { rows: ranked, folded } = prepare(clients);
  const rows = ranked.filter(
    (client, index) =>
      (view.top === undefined || client.rank <= view.top) &&
      (view.abcClass === undefined || client.abcClass === view.abcClass) &&
      (needle === '' || folded[index]!.includes(needle)),
  );
  if (view.sort.column === 'rank' && !view.sort.descending) return rows;
  const direction = view.sort.descending ? -1 : 1;
  const compare = comparerFor(view.sort.column, collator);
  return rows.sort((a, b) => {
    const order = compare(a, b);
    if (order === null) return a.rank - b.rank;
    if (order.missing !== 0) return order.missing;
    return order.difference * direction || a.rank - b.rank;
  });
}

type Comparison = { missing: number; difference: number } | null;

function comparerFor(
  column: ClientColumn,
  collator: Intl.Collator,
): (a: RankedClient, b: RankedClient) => Comparison {
  if (column === 'name') {
    return (a, b) => ({ missing: 0, difference: collator.compare(a.name, b.name) });
  }
  const value: (client: RankedClient) => number | string | null =
    column === 'abcClass' ? (client) => client.abcClass : numericValues[column];
  return (a, b) => {
    const left = value(a);
    const right = value(b);
    if (left === null && right === null) return null;
    if (left === null) return { missing: 1, difference: 0 };
    if (right === null) return { missing: -1, difference: 0 };
    return { missing: 0, difference: left < right ? -1 : left > right ? 1 : 0 };
  };
}
