// The Pareto curve (method.md §1): the cumulative share of revenue against the share of clients,
// largest first. A firm of 20,000 clients is drawn with a few hundred points: the curve is
// smooth, and the chart stays quick.
export type ParetoPoint = { clients: number; revenue: number };

/** The curve through (0, 0) and (1, 1); clients must come in the Pareto order. */
export function paretoCurve(
  clients: readonly { revenueCents: number }[],
  maxPoints = 250,
): ParetoPoint[] {
  const total = clients.reduce((sum, client) => sum + client.revenueCents, 0);
  if (clients.length === 0 || total <= 0) return [];
  const step = Math.max(1, Math.ceil(clients.length / maxPoints));
  const points: ParetoPoint[] = [{ clients: 0, revenue: 0 }];
  let cumulative = 0;
  clients.forEach((client, index) => {
    cumulative += client.revenueCents;
    const rank = index + 1;
    if (rank % step === 0 || rank === clients.length) {
      points.push({ clients: rank / clients.length, revenue: cumulative / total });
    }
  });
  return points;
}

/** The share of revenue the largest `count` clients bring together; clients in the Pareto order. */
export function revenueShareOfTop(
  clients: readonly { revenueCents: number }[],
  count: number,
): number {
  let top = 0;
  let total = 0;
  clients.forEach((client, index) => {
    total += client.revenueCents;
    if (index < count) top += client.revenueCents;
  });
  return total > 0 ? top / total : 0;
}
