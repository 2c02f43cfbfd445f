// The proposal board ("the wall", method.md §11) in plain data: the cards per stage column in
// the server's order, each column's count and value, the colour of a client's category, and the
// positions that put a moved card where it was dropped.
import { proposalStages, type ProposalStage } from '../../core/servicing/proposal-stages.ts';
import type { Schemas } from '../api/client.ts';

export type Proposal = Schemas['Proposal'];
type Card = Pick<Proposal, 'id' | 'stage' | 'position'>;

/** The cards of each column, in the order the board answers them (by position). */
export function boardColumns<T extends Card>(cards: readonly T[]): Record<ProposalStage, T[]> {
  const columns = Object.fromEntries(proposalStages.map((stage) => [stage, [] as T[]])) as Record<
    ProposalStage,
    T[]
  >;
  for (const card of cards) columns[card.stage].push(card);
  return columns;
}

export type ColumnTotal = {
  count: number;
  valueCents: number;
  /** Cards without a value: the total leaves them out. */
  withoutValue: number;
};

export function columnTotal(cards: readonly Pick<Proposal, 'valueCents'>[]): ColumnTotal {
  let valueCents = 0;
  let withoutValue = 0;
  for (const card of cards) {
    if (card.valueCents === null) withoutValue += 1;
    else valueCents += card.valueCents;
  }
  return { count: cards.length, valueCents, withoutValue };
}

const warmthColours: Record<string, string> = { red: 'red', yellow: 'yellow', blue: 'blue' };
const rankColours = ['teal', 'indigo', 'cyan', 'gray'];
/** A new client (no category yet, or a prospect) stands out from every category's colour. */
export const newClientColour = 'orange';

/**
 * The colour of a card: a new client's own colour; a warmth category its warmth; a value category
 * by its rank in the primary scheme, the best darkest and the fourth and lower grey.
 */
export function categoryColour(
  category: string | null,
  schemeCategories: readonly { key: string }[],
): string {
  if (category === null) return newClientColour;
  const warmth = warmthColours[category];
  if (warmth) return warmth;
  const rank = schemeCategories.findIndex((candidate) => candidate.key === category);
  return rankColours[rank < 0 ? rankColours.length - 1 : Math.min(rank, rankColours.length - 1)]!;
}

const maxPosition = 1_000_000;
const gap = 1024;

/** A free position between two neighbours (null: no neighbour on that side), if there is one. */
function between(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return gap;
  if (before === null) return after! >= 1 ? Math.floor(after! / 2) : null;
  if (after === null) return before < maxPosition ? Math.min(before + gap, maxPosition) : null;
  return after - before >= 2 ? Math.floor((before + after) / 2) : null;
}

/**
 * Where a card lands when it is dropped in a column before the card at `index` (counted in the
 * column without the moved card): the position between its neighbours when there is room, else
 * the whole column numbered again with room between. Answers the changes to make, the moved
 * card's first.
 */
export function placeCard(
  column: readonly Pick<Proposal, 'id' | 'position'>[],
  movedId: string,
  index: number,
): { id: string; position: number }[] {
  const others = column.filter((card) => card.id !== movedId);
  const at = Math.max(0, Math.min(index, others.length));
  // equal or unordered neighbours (new cards all start at 0) are numbered again
  const ordered = others.every((card, i) => i === 0 || others[i - 1]!.position < card.position);
  const position = ordered
    ? between(others[at - 1]?.position ?? null, others[at]?.position ?? null)
    : null;
  if (position !== null) return [{ id: movedId, position }];
  const order = [...others.slice(0, at).map((card) => card.id), movedId];
  order.push(...others.slice(at).map((card) => card.id));
  const step = Math.min(gap, Math.floor(maxPosition / (order.length + 1)));
  const old = new Map(others.map((card) => [card.id, card.position]));
  const spaced = order.map((id, i) => ({ id, position: (i + 1) * step }));
  return [
    spaced.find((card) => card.id === movedId)!,
    ...spaced.filter((card) => card.id !== movedId && old.get(card.id) !== card.position),
  ];
}

/** The stage a card can move to from the keyboard: every other column. */
export function otherStages(stage: ProposalStage): ProposalStage[] {
  return proposalStages.filter((candidate) => candidate !== stage);
}

/** Where a dragged card would land: a column and an index counted without the card itself. */
export type DropTarget = { stage: ProposalStage; index: number };

/**
 * The place a dragged card is over: above or below the card under it (by the middle of the
 * dragged card against the middle of that card), or the end of a column over its empty part.
 * Over itself it stays where it is.
 */
export function dropTarget(
  columns: Record<ProposalStage, readonly Pick<Proposal, 'id'>[]>,
  movedId: string,
  over: { stage: ProposalStage; cardId: string | null; below: boolean },
): DropTarget {
  const column = columns[over.stage];
  const others = column.filter((card) => card.id !== movedId);
  if (over.cardId === null) return { stage: over.stage, index: others.length };
  if (over.cardId === movedId) {
    const index = column.findIndex((card) => card.id === movedId);
    return { stage: over.stage, index: Math.max(0, index) };
  }
  const index = others.findIndex((card) => card.id === over.cardId);
  if (index < 0) return { stage: over.stage, index: others.length };
  return { stage: over.stage, index: index + (over.below ? 1 : 0) };
}
