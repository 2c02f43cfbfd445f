// The goals a consultancy sets per category (method §4), so the goals page shows targets beside
// the figures on first start: keep and deepen the A-clients, hold the B-clients, and earn a fair
// rate from the C-clients.
import { goalMeasures, type GoalMeasureKey } from '../core/choosing/goals.ts';
import type { Db } from '../db/connection.ts';
import { createGoal } from '../features/choosing/goals.service.ts';
import type { Actor } from '../kernel/actor.ts';

const demoGoals: { categoryKey: string; measureKey: GoalMeasureKey; target: number }[] = [
  { categoryKey: 'A', measureKey: 'retentionRateBasisPoints', target: 9_500 },
  { categoryKey: 'A', measureKey: 'serviceLinesPerClientHundredths', target: 200 },
  { categoryKey: 'A', measureKey: 'revenuePerHourCents', target: 14_000 },
  { categoryKey: 'B', measureKey: 'retentionRateBasisPoints', target: 9_000 },
  { categoryKey: 'B', measureKey: 'revenuePerHourCents', target: 12_500 },
  { categoryKey: 'C', measureKey: 'revenuePerHourCents', target: 11_000 },
];

/** The demo's goals, for the categories the scheme has. */
export async function setDemoGoals(
  db: Db,
  actor: Actor,
  schemeId: string,
  categoryKeys: ReadonlySet<string>,
): Promise<void> {
  for (const goal of demoGoals) {
    if (!categoryKeys.has(goal.categoryKey)) continue;
    await createGoal(db, actor, schemeId, { ...goal, kind: goalMeasures[goal.measureKey].kind });
  }
}
