// The revenue plan of a fiscal year (method §2): start + growth at existing clients + revenue from
// new clients − expected loss = target, proposed from the revenue bridges of the years before,
// and the actuals so far against it. The figures come from src/core/portfolio; the clock is here.
import {
  activeClients,
  fiscalYearOf,
  fiscalYearRange,
  fractionOfFiscalYearElapsed,
  planProgress,
  planStartMissing,
  proposePlan,
  revenuePlan,
  type ClientYear,
  type RevenuePlan,
} from '../../core/portfolio/index.ts';
import type { Db } from '../../db/connection.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { portfolioRows, bridgeReport } from '../portfolio/portfolio.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import {
  activeRevenueBetween,
  findRevenuePlan,
  saveRevenuePlan,
  type RevenuePlanRow,
} from './plan.repo.ts';
import type { Plan, PlanInput } from './plan.schema.ts';
import type { Actor } from '../../kernel/actor.ts';

/** The year asked for, else the fiscal year of today. */
export async function yearToPlan(
  db: Db,
  workspaceId: string,
  asked: number | undefined,
  /** The firm's day. */
  today: string,
): Promise<number> {
  if (asked !== undefined) return asked;
  return fiscalYearOf(today, await fiscalYearStartOf(db, workspaceId));
}

const activeRevenue = (rows: readonly ClientYear[], year: number) =>
  activeClients(rows, year).reduce((sum, client) => sum + client.revenueCents, 0);

/** The figures of a plan; no target while the start is missing (planStartMissing). */
function figuresOf(plan: RevenuePlan, startMissing: boolean) {
  return {
    startCents: plan.startCents,
    existingGrowthCents: plan.existingGrowthCents,
    newClientsCents: plan.newClientsCents,
    expectedLossCents: plan.expectedLossCents,
    targetCents: startMissing ? null : plan.targetCents,
    growthCents: plan.growthCents,
    growth: plan.growth,
    growthBasisPoints: plan.growthBasisPoints,
  };
}

/**
 * The proposal from the bridges of the (at most three) years before the plan's year that are
 * over and follow a year with revenue: the first year of a firm's figures is no bridge, every
 * client in it would count as new. It starts from the revenue of the year before the plan. The
 * bridges are the ones the bridge page shows (one computation, kept between imports), so every
 * figure the proposal averages is the figure of that year's bridge.
 */
async function proposalFor(
  db: Db,
  workspaceId: string,
  input: { year: number; startCents: number; isOver: (year: number) => boolean },
) {
  const years = [input.year - 3, input.year - 2, input.year - 1].filter(input.isOver);
  const bridges = (
    await Promise.all(years.map((year) => bridgeReport(db, workspaceId, year)))
  ).filter((bridge) => bridge.startCents > 0);
  if (bridges.length === 0) return null;
  const proposed = proposePlan(bridges);
  return {
    ...revenuePlan({
      startCents: input.startCents,
      existingGrowthCents: proposed.existingGrowthCents,
      newClientsCents: proposed.newClientsCents,
      expectedLossCents: proposed.expectedLossCents,
    }),
    basedOnYears: proposed.basedOnYears,
    basedOn: proposed.basedOn,
  };
}

/**
 * The plan of a year: the amounts the firm set, else the proposal, with the start (revenue of
 * the year before), target and growth; and the revenue so far against it. While the year lasts
 * the actuals are the invoices dated up to today; once it is over, its yearly figures.
 */
export async function planReport(
  db: Db,
  workspaceId: string,
  year: number,
  /** The firm's day. */
  today: string,
): Promise<Plan> {
  // the rows of a year hold the three years before it in full and every client active in the
  // fourth (its latest earlier year with revenue): enough for the bridges of those three years
  const [startMonth, rows, stored] = await Promise.all([
    fiscalYearStartOf(db, workspaceId),
    portfolioRows(db, workspaceId, year),
    findRevenuePlan(db, workspaceId, year),
  ]);
  const period = fiscalYearRange(year, startMonth);
  const isOver = (fiscalYear: number) => fiscalYearRange(fiscalYear, startMonth).to < today;
  const startCents = activeRevenue(rows, year - 1);
  const proposal = await proposalFor(db, workspaceId, { year, startCents, isOver });
  const plan = stored
    ? { ...revenuePlan({ startCents, ...amountsOf(stored) }), source: 'inputs' as const }
    : proposal && { ...proposal, source: 'proposal' as const };

  const startComplete = isOver(year - 1);
  const startMissing = planStartMissing({ startCents, startComplete });
  const over = isOver(year);
  const actualSoFarCents = over
    ? activeRevenue(rows, year)
    : await activeRevenueBetween(db, workspaceId, { from: period.from, to: today });
  const fractionOfYearElapsed = fractionOfFiscalYearElapsed({
    date: today,
    year,
    fiscalYearStartMonth: startMonth,
  });
  // no revenue at all in the year (it has just begun, or its revenue is not imported yet) is
  // no measurement: it would read as "behind plan, 0% reached"
  const noRevenueYet = actualSoFarCents === 0;
  const progress =
    plan && !noRevenueYet && !startMissing
      ? planProgress({ plan, actualSoFarCents, fractionOfYearElapsed })
      : null;

  return {
    year,
    period,
    startCents,
    startComplete,
    startMissing,
    inputs: stored ? { ...amountsOf(stored), updatedAt: stored.updatedAt.toISOString() } : null,
    proposal: proposal && {
      ...figuresOf(proposal, startMissing),
      basedOnYears: proposal.basedOnYears,
      basedOn: proposal.basedOn,
    },
    plan: plan && { ...figuresOf(plan, startMissing), source: plan.source },
    progress: {
      asOf: over ? period.to : today,
      basis: over ? 'yearly_figures' : 'revenue_lines',
      fractionOfYearElapsed,
      actualSoFarCents,
      noRevenueYet,
      againstPlan: progress && {
        expectedSoFarCents: progress.expectedSoFarCents,
        differenceCents: progress.differenceCents,
        targetReached: progress.targetReached,
        onTrack: progress.onTrack,
      },
    },
  };
}

function amountsOf(row: RevenuePlanRow) {
  return {
    existingGrowthCents: row.growthExistingCents,
    newClientsCents: row.newClientsCents,
    expectedLossCents: row.expectedLossCents,
  };
}

/** Sets the three amounts of a year's plan (replacing earlier ones), audited on the firm. */
export async function savePlan(
  db: Db,
  actor: Actor,
  year: number,
  input: PlanInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findRevenuePlan(tx, actor.workspaceId, year, true);
    await saveRevenuePlan(tx, {
      workspaceId: actor.workspaceId,
      fiscalYear: year,
      growthExistingCents: input.existingGrowthCents,
      newClientsCents: input.newClientsCents,
      expectedLossCents: input.expectedLossCents,
    });
    await recordAudit(tx, {
      ...actor,
      entityType: 'workspace',
      entityId: actor.workspaceId,
      action: 'update',
      before: yearFields('revenuePlan', year, current && amountsOf(current)),
      after: yearFields('revenuePlan', year, input),
    });
  });
}

/**
 * A firm's figures for one year as audit fields of the firm (revenuePlan.2025.newClientsCents),
 * so the log says which year changed.
 */
export function yearFields(
  prefix: string,
  year: number,
  values: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  return (
    values &&
    Object.fromEntries(
      Object.entries(values).map(([name, value]) => [`${prefix}.${year}.${name}`, value]),
    )
  );
}
