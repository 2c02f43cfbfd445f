// How clients moved between the quadrants of the portfolio matrix from one year to the next
// (method §3.6, the matrix over time): every client placed in either year, from its quadrant the
// year before (null: not placed then) to its quadrant now (null: not placed now).
import {
  portfolioQuadrants,
  type PortfolioMatrix,
  type PortfolioQuadrant,
} from './portfolio-matrix.ts';

export type QuadrantMove = {
  clientId: string;
  from: PortfolioQuadrant | null;
  to: PortfolioQuadrant | null;
};

export type QuadrantMoveCount = {
  from: PortfolioQuadrant | null;
  to: PortfolioQuadrant | null;
  clients: number;
};

export type QuadrantMoves = {
  /** Every pair that occurs, staying included, in the quadrants' order; null last. */
  counts: QuadrantMoveCount[];
  /** The clients whose quadrant changed, this year's clients first in the matrix's order. */
  moves: QuadrantMove[];
  /** Clients in the same quadrant both years. */
  stayed: number;
};

const order = (quadrant: PortfolioQuadrant | null) =>
  quadrant === null ? portfolioQuadrants.length : portfolioQuadrants.indexOf(quadrant);

export function quadrantMoves(before: PortfolioMatrix, after: PortfolioMatrix): QuadrantMoves {
  const earlier = new Map(before.clients.map((client) => [client.clientId, client.quadrant]));
  const now = new Map(after.clients.map((client) => [client.clientId, client.quadrant]));
  const pairs: QuadrantMove[] = [
    ...after.clients.map((client) => ({
      clientId: client.clientId,
      from: earlier.get(client.clientId) ?? null,
      to: client.quadrant,
    })),
    ...before.clients
      .filter((client) => !now.has(client.clientId))
      .map((client) => ({ clientId: client.clientId, from: client.quadrant, to: null })),
  ];
  const counts = new Map<string, QuadrantMoveCount>();
  for (const pair of pairs) {
    const key = `${pair.from}|${pair.to}`;
    const count = counts.get(key);
    if (count) count.clients += 1;
    else counts.set(key, { from: pair.from, to: pair.to, clients: 1 });
  }
  const moves = pairs.filter((pair) => pair.from !== pair.to);
  return {
    counts: [...counts.values()].sort(
      (a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to),
    ),
    moves,
    stayed: pairs.length - moves.length,
  };
}
