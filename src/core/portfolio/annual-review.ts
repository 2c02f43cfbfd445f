// The annual review per client (jaarlijkse doorlichting), method.md §1: the figures beside the
// review questions, and the signs that a client costs more than it brings.
import { invalidField } from '../errors.ts';
import { assertBasisPoints, compareWithBasisPoints } from './basis-points.ts';
import { byRevenueDescending, clientYearTotals, type ClientYear } from './client-year.ts';
import { clientGrowth } from './growth.ts';
import { median } from './median.ts';
import { assertCents, divideRoundedExact, type Fraction } from './money.ts';
import { relationshipLength, type RelationshipLength } from './relationship-length.ts';
import { revenueShares } from './shares.ts';

/** The decision the firm records per client at the review. */
export const reviewDecisions = ['invest', 'maintain', 'improve', 'part_ways'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** Why a client may cost more than it brings; the web app translates the codes. */
export const reviewFlags = [
  'revenue_per_hour_below_rate',
  'revenue_per_hour_below_median',
  'many_credit_notes',
  'high_credit_note_share',
] as const;
export type ReviewFlag = (typeof reviewFlags)[number];

export type ReviewPolicy = {
  /** A firm-set lowest acceptable revenue per hour in cents; none by default. */
  minimumRevenuePerHourCents: number | null;
  /** Flag revenue per hour below this factor × the firm's median revenue per hour (default 0.5). */
  medianRevenuePerHourFactor: number;
  /** Flag this many credit notes in the year or more (default 2). */
  creditNoteCountLimit: number;
  /** Flag credit notes of this share of gross revenue or more, in basis points (default 1,000). */
  creditNoteShareLimitBasisPoints: number;
};

export const defaultReviewPolicy: ReviewPolicy = {
  minimumRevenuePerHourCents: null,
  medianRevenuePerHourFactor: 0.5,
  creditNoteCountLimit: 2,
  creditNoteShareLimitBasisPoints: 1000,
};

export type ClientReview = {
  clientId: string;
  revenueCents: number;
  /** Revenue share; null for a client without revenue in the year (total ≤ 0). */
  share: Fraction | null;
  shareBasisPoints: number | null;
  relationship: RelationshipLength | null;
  hours: number | null;
  /** Revenue / hours and margin / hours to the nearest cent (halves away from zero); null without hours. */
  revenuePerHourCents: number | null;
  marginCents: number | null;
  marginPerHourCents: number | null;
  assignments: number;
  serviceLines: string[];
  creditNoteCount: number;
  creditNoteCents: number;
  /** Change on the previous year in cents, and as a ratio (null when last year was 0 or below). */
  changeCents: number;
  changeRatio: number | null;
  flags: ReviewFlag[];
  /** At least one flag is raised. */
  costsMoreThanItBrings: boolean;
};

export type AnnualReviewInput = {
  rows: readonly ClientYear[];
  year: number;
  /** The day the relationship lengths are measured to. */
  referenceDate: string;
  relationshipStarts?: ReadonlyMap<
    string,
    { firstRevenueDate?: string | null; firstAssignmentDate?: string | null }
  >;
  policy?: Partial<ReviewPolicy>;
};

function perHour(cents: number | null, hoursHundredths: number | null): number | null {
  if (cents === null || !hoursHundredths) return null;
  return Number(divideRoundedExact(BigInt(cents) * 100n, BigInt(hoursHundredths)));
}

/**
 * The review figures for every client with a row in the year, in the Pareto order. The median
 * revenue per hour is taken over the clients with revenue and hours in the year. Gross revenue,
 * for the credit note share, is the net revenue plus the credit notes.
 */
export function annualReview(input: AnnualReviewInput): ClientReview[] {
  const policy = { ...defaultReviewPolicy, ...input.policy };
  if (policy.minimumRevenuePerHourCents !== null) {
    assertCents(policy.minimumRevenuePerHourCents, 'minimumRevenuePerHourCents');
  }
  if (
    !Number.isFinite(policy.medianRevenuePerHourFactor) ||
    policy.medianRevenuePerHourFactor < 0
  ) {
    throw invalidField('medianRevenuePerHourFactor', 'must be 0 or more');
  }
  if (!Number.isSafeInteger(policy.creditNoteCountLimit) || policy.creditNoteCountLimit < 1) {
    throw invalidField('creditNoteCountLimit', 'must be a whole number, 1 or more');
  }
  assertBasisPoints(policy.creditNoteShareLimitBasisPoints, 'creditNoteShareLimitBasisPoints');
  const totals = [...clientYearTotals(input.rows, input.year).values()].sort(byRevenueDescending);
  const shares = new Map(revenueShares(input.rows, input.year).clients.map((c) => [c.clientId, c]));
  const growth = new Map(clientGrowth(input.rows, input.year).map((g) => [g.clientId, g]));
  const medianPerHour = median(
    totals
      .filter((total) => total.revenueCents > 0)
      .map((total) => perHour(total.revenueCents, total.hoursHundredths))
      .filter((value) => value !== null),
  );
  return totals.map((total): ClientReview => {
    const revenuePerHourCents = perHour(total.revenueCents, total.hoursHundredths);
    const marginCents = total.costCents === null ? null : total.revenueCents - total.costCents;
    const grossCents = total.revenueCents + total.creditNoteCents;
    const flags = reviewFlags.filter((flag) => {
      switch (flag) {
        case 'revenue_per_hour_below_rate':
          return (
            revenuePerHourCents !== null &&
            policy.minimumRevenuePerHourCents !== null &&
            revenuePerHourCents < policy.minimumRevenuePerHourCents
          );
        case 'revenue_per_hour_below_median':
          return (
            revenuePerHourCents !== null &&
            medianPerHour !== null &&
            revenuePerHourCents < medianPerHour * policy.medianRevenuePerHourFactor
          );
        case 'many_credit_notes':
          return total.creditNoteCount >= policy.creditNoteCountLimit;
        case 'high_credit_note_share':
          return (
            total.creditNoteCents > 0 &&
            (grossCents <= 0 ||
              compareWithBasisPoints(
                total.creditNoteCents,
                grossCents,
                policy.creditNoteShareLimitBasisPoints,
              ) >= 0)
          );
      }
    });
    const share = shares.get(total.clientId);
    const starts = input.relationshipStarts?.get(total.clientId);
    const clientGrowthThisYear = growth.get(total.clientId);
    return {
      clientId: total.clientId,
      revenueCents: total.revenueCents,
      share: share?.share ?? null,
      shareBasisPoints: share?.basisPoints ?? null,
      relationship: relationshipLength({
        firstRevenueDate: starts?.firstRevenueDate ?? null,
        firstAssignmentDate: starts?.firstAssignmentDate ?? null,
        referenceDate: input.referenceDate,
      }),
      hours: total.hoursHundredths === null ? null : total.hoursHundredths / 100,
      revenuePerHourCents,
      marginCents,
      marginPerHourCents: perHour(marginCents, total.hoursHundredths),
      assignments: total.assignments,
      serviceLines: total.serviceLines,
      creditNoteCount: total.creditNoteCount,
      creditNoteCents: total.creditNoteCents,
      changeCents: clientGrowthThisYear?.changeCents ?? total.revenueCents,
      changeRatio: clientGrowthThisYear?.changeRatio ?? null,
      flags,
      costsMoreThanItBrings: flags.length > 0,
    };
  });
}
