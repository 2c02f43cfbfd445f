// The revenue plan for next year, method.md §2: start, + expected growth at existing clients,
// + revenue from new clients, − expected loss = target.
import { invalidField } from '../errors.ts';
import type { RevenueBridge } from './bridge.ts';
import {
  assertCents,
  divideRounded,
  divideRoundedExact,
  sumCents,
  type Fraction,
} from './money.ts';

export type RevenuePlanInput = {
  /** Revenue of the year the plan starts from. */
  startCents: number;
  /** Expected growth at existing clients, net of shrinking ones (may be below zero). */
  existingGrowthCents: number;
  /** Expected revenue from new (and won-back) clients; 0 or more. */
  newClientsCents: number;
  /** Expected revenue of departing clients, as a positive amount that is subtracted. */
  expectedLossCents: number;
};

export type RevenuePlan = RevenuePlanInput & {
  targetCents: number;
  /** targetCents − startCents. */
  growthCents: number;
  /** growthCents / startCents, exact; null when the start is 0 or below. */
  growth: Fraction | null;
  /** The growth in basis points (1500 = 15%), rounded to the nearest, halves away from zero. */
  growthBasisPoints: number | null;
};

/**
 * Whether the plan has no start to count from: the year before is still running and has no
 * revenue imported yet. Counting from € 0 would make the target the plan's changes alone, below
 * zero when more loss than gain is planned, so no target is shown until the start is there.
 */
export function planStartMissing(input: { startCents: number; startComplete: boolean }): boolean {
  return input.startCents === 0 && !input.startComplete;
}

/** The plan's target: start + existing growth + new clients − expected loss (method.md §2). */
export function revenuePlan(input: RevenuePlanInput): RevenuePlan {
  assertCents(input.startCents, 'startCents');
  assertCents(input.existingGrowthCents, 'existingGrowthCents');
  for (const field of ['newClientsCents', 'expectedLossCents'] as const) {
    assertCents(input[field], field);
    if (input[field] < 0) throw invalidField(field, 'must be 0 or more');
  }
  const targetCents = sumCents([
    input.startCents,
    input.existingGrowthCents,
    input.newClientsCents,
    -input.expectedLossCents,
  ]);
  const growthCents = targetCents - input.startCents;
  const hasStart = input.startCents > 0;
  return {
    ...input,
    targetCents,
    growthCents,
    growth: hasStart ? { numerator: growthCents, denominator: input.startCents } : null,
    growthBasisPoints: hasStart
      ? Number(divideRoundedExact(BigInt(growthCents) * 10_000n, BigInt(input.startCents)))
      : null,
  };
}

/** The three figures of one year's bridge that a proposal averages, as the bridge shows them. */
export type PlanBasisYear = {
  year: number;
  /** new + returned (won back). */
  newClientsCents: number;
  /** grown − shrunk: the net change at clients with revenue in both years. */
  existingGrowthCents: number;
  /** lost: the revenue of last year's clients without revenue this year. */
  lostCents: number;
};

/** What a proposal takes from one bridge: the bars as the bridge shows them, added up. */
export function planBasisOf(bridge: RevenueBridge): PlanBasisYear {
  const { bars } = bridge;
  return {
    year: bridge.year,
    newClientsCents: bars.new.amountCents + bars.returned.amountCents,
    existingGrowthCents: bars.grown.amountCents - bars.shrunk.amountCents,
    lostCents: bars.lost.amountCents,
  };
}

/**
 * A plan proposed from the bridges of (at most) the last three years: starts from the latest
 * year's revenue; existing growth is the average of grown − shrunk, new clients the average of
 * new + returned, expected loss the average of lost. Each average is rounded to whole euros,
 * halves away from zero; existing growth is at least −start and the loss at most what existing
 * clients then bring, so a proposed target is never below zero. `basedOn` holds each bridge's
 * figures, so the proposal can show what it averaged.
 */
export function proposePlan(history: readonly RevenueBridge[]): RevenuePlan & {
  basedOnYears: number[];
  basedOn: PlanBasisYear[];
} {
  const bridges = [...history].sort((a, b) => a.year - b.year).slice(-3);
  const latest = bridges.at(-1);
  if (!latest) throw invalidField('history', 'needs the bridge of at least one year');
  const basedOn = bridges.map(planBasisOf);
  const averageInEuros = (amount: (year: PlanBasisYear) => number) =>
    divideRounded(sumCents(basedOn.map(amount)), basedOn.length * 100) * 100;
  const startCents = latest.endCents;
  // existing clients cannot shrink below nothing, nor lose more than they then bring: a start
  // year with little or no revenue (one just begun) proposes no target below zero
  const wholeEurosDown = (cents: number) => Math.floor(Math.max(cents, 0) / 100) * 100;
  const existingGrowthCents = Math.max(
    averageInEuros((year) => year.existingGrowthCents),
    -wholeEurosDown(startCents),
  );
  const expectedLossCents = Math.min(
    averageInEuros((year) => year.lostCents),
    wholeEurosDown(startCents + existingGrowthCents),
  );
  return {
    ...revenuePlan({
      startCents,
      existingGrowthCents,
      newClientsCents: averageInEuros((year) => year.newClientsCents),
      expectedLossCents,
    }),
    basedOnYears: basedOn.map((year) => year.year),
    basedOn,
  };
}

export type PlanProgress = {
  actualSoFarCents: number;
  /** The target in proportion to the part of the year elapsed, to the nearest cent, halves up. */
  expectedSoFarCents: number;
  /** actual − expected: below zero means behind plan. */
  differenceCents: number;
  /** actualSoFarCents / targetCents, exact; null when the target is 0 or below. */
  targetReached: Fraction | null;
  onTrack: boolean;
};

/**
 * Actuals so far against the plan: the target is spread evenly over the year (no seasonal
 * pattern), so after a fraction f of the year f × target is expected.
 */
export function planProgress(input: {
  plan: RevenuePlan;
  actualSoFarCents: number;
  fractionOfYearElapsed: number;
}): PlanProgress {
  const { plan, actualSoFarCents, fractionOfYearElapsed: elapsed } = input;
  assertCents(actualSoFarCents, 'actualSoFarCents');
  if (!Number.isFinite(elapsed) || elapsed < 0 || elapsed > 1) {
    throw invalidField('fractionOfYearElapsed', 'must be from 0 to 1');
  }
  const expectedSoFarCents = Math.round(plan.targetCents * elapsed);
  const differenceCents = actualSoFarCents - expectedSoFarCents;
  return {
    actualSoFarCents,
    expectedSoFarCents,
    differenceCents,
    targetReached:
      plan.targetCents > 0 ? { numerator: actualSoFarCents, denominator: plan.targetCents } : null,
    onTrack: differenceCents >= 0,
  };
}
