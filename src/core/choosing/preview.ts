// The preview before committing new weights, boundaries or a new method (method.md §3.6): who
// moves from which category to which, counted per pair. The compact form compares two
// classifications row for row without a lookup per client, for a firm's whole client base.
import type { CompactPlacement, PlacedClient } from './classify.ts';
import type { CategoryScheme } from './schemes.ts';

/**
 * up/down within the proposed scheme; new: had no category; unclassified: gets none;
 * otherScheme: the current category is not one of the proposed scheme.
 */
export type MoveDirection = 'up' | 'down' | 'new' | 'unclassified' | 'otherScheme';

export type CategoryMove = {
  clientId: string;
  from: string | null;
  to: string | null;
  direction: MoveDirection;
  /** The new category is set by hand rather than computed. */
  overridden: boolean;
};

/** How many clients go from one category to another (null: no category); staying included. */
export type MoveCount = { from: string | null; to: string | null; clients: number };

export type MovePreview = {
  /** The clients whose category changes, in the order of the proposal. */
  moves: CategoryMove[];
  /** Every pair that occurs, staying included, best from-category first, then best to-category. */
  counts: MoveCount[];
  /** Clients whose category stays the same. */
  unchanged: number;
  /** Clients the proposal leaves without a category (nothing scored, no override). */
  withoutCategory: string[];
  /** Clients whose computed category changes while an override keeps their category. */
  heldByOverride: string[];
  /** Clients classified now that the proposal does not cover. */
  dropped: string[];
};

type Collector = {
  add(clientId: string, from: PlacedClient | undefined, to: PlacedClient): void;
  result(dropped: string[]): MovePreview;
};

function moveCollector(scheme: CategoryScheme): Collector {
  const rank = new Map(scheme.categories.map((category, index) => [category.key, index]));
  const rankOf = (key: string | null) =>
    key === null ? Number.MAX_SAFE_INTEGER : (rank.get(key) ?? rank.size);
  const moves: CategoryMove[] = [];
  const counts = new Map<string | null, Map<string | null, MoveCount>>();
  const withoutCategory: string[] = [];
  const heldByOverride: string[] = [];
  let unchanged = 0;
  return {
    add(clientId, before, after) {
      const from = before?.category ?? null;
      const to = after.category;
      const fromCounts = counts.get(from) ?? new Map<string | null, MoveCount>();
      counts.set(from, fromCounts);
      const count = fromCounts.get(to);
      if (count) count.clients += 1;
      else fromCounts.set(to, { from, to, clients: 1 });
      if (to === null) withoutCategory.push(clientId);
      if (from === to) {
        unchanged += 1;
        if (after.overridden && before && before.computedCategory !== after.computedCategory)
          heldByOverride.push(clientId);
        return;
      }
      const direction: MoveDirection =
        from === null
          ? 'new'
          : to === null
            ? 'unclassified'
            : !rank.has(from)
              ? 'otherScheme'
              : rankOf(to) < rankOf(from)
                ? 'up'
                : 'down';
      moves.push({ clientId, from, to, direction, overridden: after.overridden });
    },
    result(dropped) {
      const sorted = [...counts.values()]
        .flatMap((toCounts) => [...toCounts.values()])
        .sort(
          (a, b) =>
            rankOf(a.from) - rankOf(b.from) ||
            rankOf(a.to) - rankOf(b.to) ||
            String(a.from).localeCompare(String(b.from)) ||
            String(a.to).localeCompare(String(b.to)),
        );
      return { moves, counts: sorted, unchanged, withoutCategory, heldByOverride, dropped };
    },
  };
}

/**
 * Compares the current classification with a proposed one (method.md §3.6). The category that
 * counts is compared, so an override wins on both sides; a client missing from the current list
 * is new. Categories not in the proposed scheme (from an older one) sort after its own.
 */
export function previewMoves(input: {
  scheme: CategoryScheme;
  current: readonly PlacedClient[];
  proposed: readonly PlacedClient[];
}): MovePreview {
  const current = new Map(input.current.map((client) => [client.clientId, client]));
  const collector = moveCollector(input.scheme);
  const proposedIds = new Set<string>();
  for (const client of input.proposed) {
    proposedIds.add(client.clientId);
    collector.add(client.clientId, current.get(client.clientId), client);
  }
  const dropped = input.current
    .filter((client) => !proposedIds.has(client.clientId))
    .map((client) => client.clientId);
  return collector.result(dropped);
}

/**
 * previewMoves for two compact placements of the same clients, row for row: the current one in
 * its own scheme (by default the proposed scheme), the proposed one in the proposed scheme.
 */
export function previewCompactMoves(input: {
  scheme: CategoryScheme;
  currentScheme?: CategoryScheme;
  clientIds: readonly string[];
  current: CompactPlacement;
  proposed: CompactPlacement;
}): MovePreview {
  const { clientIds, current, proposed } = input;
  const currentKeys = (input.currentScheme ?? input.scheme).categories.map((c) => c.key);
  const proposedKeys = input.scheme.categories.map((category) => category.key);
  const collector = moveCollector(input.scheme);
  // two reusable records: the collector reads them and keeps nothing but their fields
  const before: PlacedClient = {
    clientId: '',
    category: null,
    computedCategory: null,
    overridden: false,
  };
  const after: PlacedClient = { ...before };
  for (let row = 0; row < clientIds.length; row += 1) {
    const clientId = clientIds[row]!;
    before.category = currentKeys[current.categoryIndexes[row]!] ?? null;
    before.computedCategory = currentKeys[current.computedIndexes[row]!] ?? null;
    after.category = proposedKeys[proposed.categoryIndexes[row]!] ?? null;
    after.computedCategory = proposedKeys[proposed.computedIndexes[row]!] ?? null;
    after.overridden = proposed.overridden[row] === 1;
    collector.add(clientId, before, after);
  }
  return collector.result([]);
}
