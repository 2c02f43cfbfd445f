// The cost of one valuable new client (method §2): what a year's winning of new clients cost,
// divided by the new regular clients of that year, leaving out one-off clients and clients the
// firm would rather see go.
import { acquisitionCost, fiscalYearRange } from '../../core/portfolio/index.ts';
import type { Db } from '../../db/connection.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { bridgeReport } from '../portfolio/portfolio.service.ts';
import { clientsWithLatestDecision, toDecision } from '../review/review.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { findInvestment, saveInvestment, type InvestmentRow } from './plan.repo.ts';
import type { Acquisition, InvestmentInput } from './plan.schema.ts';
import { yearFields } from './plan.service.ts';
import type { Actor } from '../../kernel/actor.ts';

function figuresOf(row: InvestmentRow) {
  return {
    hours: Number(row.hours),
    hourlyRateCents: row.hourlyRateCents,
    moneyCents: row.moneyCents,
    notes: row.notes,
  };
}

/**
 * The investment of a year, its new clients (first revenue in the year: the bridge's new group)
 * and the cost per new regular client. A client is one the firm would rather see go when its
 * latest decision, about whichever year, is to part ways. Without a stored investment there is
 * no cost per client.
 */
export async function acquisitionReport(
  db: Db,
  workspaceId: string,
  year: number,
): Promise<Acquisition> {
  // the bridge page's own bridge: its new clients are the ones listed here
  const [startMonth, bridge, stored] = await Promise.all([
    fiscalYearStartOf(db, workspaceId),
    bridgeReport(db, workspaceId, year),
    findInvestment(db, workspaceId, year),
  ]);
  const revenue = new Map(bridge.clients.map((client) => [client.clientId, client.currentCents]));
  const newIds = bridge.bars.new.clientIds;
  const clients = await clientsWithLatestDecision(db, workspaceId, newIds);
  const newClients = newIds.map((id) => {
    const client = clients.get(id);
    const latestDecision = client?.decision ? toDecision(client.decision) : null;
    return {
      id,
      name: client?.name ?? '',
      revenueCents: revenue.get(id) ?? 0,
      oneOff: client?.oneOff ?? false,
      latestDecision,
      ratherSeeGo: latestDecision?.decision === 'part_ways',
    };
  });
  const investment = stored ? figuresOf(stored) : null;
  const cost = acquisitionCost({
    hours: investment?.hours ?? 0,
    hourlyRateCents: investment?.hourlyRateCents ?? 0,
    moneyCents: investment?.moneyCents ?? 0,
    newClients: newClients.map((client) => ({
      clientId: client.id,
      oneOff: client.oneOff,
      unwanted: client.ratherSeeGo,
    })),
  });
  const counted = new Set(cost.regularClientIds);
  return {
    year,
    period: fiscalYearRange(year, startMonth),
    investment: stored ? { ...figuresOf(stored), updatedAt: stored.updatedAt.toISOString() } : null,
    newClients: newClients.map((client) => ({ ...client, counted: counted.has(client.id) })),
    cost: {
      timeCents: cost.timeCents,
      moneyCents: cost.moneyCents,
      investedCents: cost.investedCents,
      regularClients: cost.regularClientIds.length,
      // without new regular clients no investment gives a cost; else it needs the investment
      ...(cost.reason === null && !investment
        ? { costPerClientCents: null, reason: 'no_investment' as const }
        : { costPerClientCents: cost.costPerClientCents, reason: cost.reason }),
    },
  };
}

/** Sets what a year's winning of new clients cost (replacing earlier figures), audited. */
export async function saveAcquisitionInvestment(
  db: Db,
  actor: Actor,
  year: number,
  input: InvestmentInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findInvestment(tx, actor.workspaceId, year, true);
    const figures = {
      hours: input.hours,
      hourlyRateCents: input.hourlyRateCents,
      moneyCents: input.moneyCents,
      notes: input.notes ?? null,
    };
    await saveInvestment(tx, {
      workspaceId: actor.workspaceId,
      fiscalYear: year,
      ...figures,
      hours: input.hours.toFixed(2),
    });
    await recordAudit(tx, {
      ...actor,
      entityType: 'workspace',
      entityId: actor.workspaceId,
      action: 'update',
      before: yearFields('acquisitionInvestment', year, current && figuresOf(current)),
      after: yearFields('acquisitionInvestment', year, figures),
    });
  });
}
