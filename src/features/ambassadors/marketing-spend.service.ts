// The marketing pyramid of a fiscal year (method §10): the firm's time and money per layer, from
// its done activities placed by layerOfActivity and the marketing spend no client is tied to,
// against the advice to work from the top down; and that spend recorded, changed and removed.
import { and, eq } from 'drizzle-orm';
import {
  layerOfActivity,
  pyramidAdvice,
  spendPerLayer,
  type PyramidLayer,
} from '../../core/ambassadors/index.ts';
import { notFound } from '../../core/errors.ts';
import { fiscalYearOf, fiscalYearRange } from '../../core/portfolio/fiscal-year.ts';
import type { ActivityType, FourP } from '../../core/servicing/four-ps.ts';
import type { Db } from '../../db/connection.ts';
import { marketingSpend } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { ambassadorCandidates } from '../satisfaction/improvement-plans.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { findSpend, spendOfPeriod, spendingActivities, type SpendRow } from './ambassadors.repo.ts';
import { referralsOf } from './referrals.service.ts';

export type MarketingSpendView = {
  id: string;
  spentOn: string;
  layer: PyramidLayer;
  description: string;
  minutes: number | null;
  costCents: number | null;
};

export function toSpend(row: SpendRow): MarketingSpendView {
  return {
    id: row.id,
    spentOn: row.spentOn,
    layer: row.layer as PyramidLayer,
    description: row.description,
    minutes: row.minutes,
    costCents: row.costCents,
  };
}

const audited = ({ id: _id, ...rest }: MarketingSpendView) => rest;

/** The fiscal year asked, or the one today falls in, with its first and last day. */
async function yearOf(db: Db, workspaceId: string, year: number | undefined, today: string) {
  const startMonth = await fiscalYearStartOf(db, workspaceId);
  const fiscalYear = year ?? fiscalYearOf(today, startMonth);
  return { year: fiscalYear, ...fiscalYearRange(fiscalYear, startMonth) };
}

/** Time and money per layer in a fiscal year, from activities and spend, with the advice. */
export async function marketingPyramid(
  db: Db,
  workspaceId: string,
  options: { year?: number | undefined; today: string },
) {
  const period = await yearOf(db, workspaceId, options.year, options.today);
  const [activities, spend, referrals, candidates] = await Promise.all([
    spendingActivities(db, workspaceId, period),
    spendOfPeriod(db, workspaceId, period),
    referralsOf(db, workspaceId),
    ambassadorCandidates(db, workspaceId),
  ]);
  const ambassadorIds = new Set([
    ...referrals.map((r) => r.referrerOrganizationId),
    ...candidates.map((c) => c.organizationId),
  ]);
  const fromActivities = activities.map((row) => ({
    layer: layerOfActivity({
      type: row.type as ActivityType,
      p: row.p as FourP | null,
      organizationStatus: row.status,
      ambassador: ambassadorIds.has(row.organization_id),
    }),
    minutes: row.minutes,
    costCents: row.cost_cents,
    source: 'activities' as const,
  }));
  const entries = spend.map(toSpend);
  const fromSpend = entries.map((entry) => ({ ...entry, source: 'spend' as const }));
  const all = spendPerLayer([...fromActivities, ...fromSpend]);
  const ofActivities = spendPerLayer(fromActivities);
  const ofSpend = spendPerLayer(fromSpend);
  return {
    year: period.year,
    from: period.from,
    to: period.to,
    layers: all.map((layer, index) => ({
      ...layer,
      activities: {
        minutes: ofActivities[index]!.minutes,
        costCents: ofActivities[index]!.costCents,
      },
      spend: { minutes: ofSpend[index]!.minutes, costCents: ofSpend[index]!.costCents },
    })),
    advice: pyramidAdvice(all),
    entries,
  };
}

export type SpendInput = {
  spentOn: string;
  layer: PyramidLayer;
  description: string;
  minutes?: number | null | undefined;
  costCents?: number | null | undefined;
};

export async function createSpend(
  db: Db,
  actor: Actor,
  input: SpendInput,
): Promise<MarketingSpendView> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(marketingSpend)
      .values({
        workspaceId: actor.workspaceId,
        id: newId(),
        spentOn: input.spentOn,
        layer: input.layer,
        description: input.description,
        minutes: input.minutes ?? null,
        costCents: input.costCents ?? null,
        createdBy: actor.userId,
      })
      .returning();
    const view = toSpend(row!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'marketing_spend',
      entityId: view.id,
      action: 'create',
      before: undefined,
      after: audited(view),
    });
    return view;
  });
}

export async function getSpend(db: Db, workspaceId: string, id: string) {
  const row = await findSpend(db, workspaceId, id);
  if (!row) throw notFound('Marketing spend');
  return toSpend(row);
}

export async function updateSpend(
  db: Db,
  actor: Actor,
  id: string,
  change: Partial<SpendInput>,
): Promise<MarketingSpendView> {
  return db.transaction(async (tx) => {
    const row = await findSpend(tx, actor.workspaceId, id);
    if (!row) throw notFound('Marketing spend');
    const before = toSpend(row);
    const [updated] = await tx
      .update(marketingSpend)
      .set({
        spentOn: change.spentOn ?? before.spentOn,
        layer: change.layer ?? before.layer,
        description: change.description ?? before.description,
        minutes: change.minutes === undefined ? before.minutes : change.minutes,
        costCents: change.costCents === undefined ? before.costCents : change.costCents,
        updatedAt: new Date(),
      })
      .where(and(eq(marketingSpend.workspaceId, actor.workspaceId), eq(marketingSpend.id, id)))
      .returning();
    const view = toSpend(updated!);
    await recordAudit(tx, {
      ...actor,
      entityType: 'marketing_spend',
      entityId: id,
      action: 'update',
      before: audited(before),
      after: audited(view),
    });
    return view;
  });
}

export async function deleteSpend(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await findSpend(tx, actor.workspaceId, id);
    if (!row) throw notFound('Marketing spend');
    await tx
      .delete(marketingSpend)
      .where(and(eq(marketingSpend.workspaceId, actor.workspaceId), eq(marketingSpend.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'marketing_spend',
      entityId: id,
      action: 'delete',
      before: audited(toSpend(row)),
      after: undefined,
    });
  });
}
