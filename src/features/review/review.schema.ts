// The annual review's answers (method §1) and the decision the firm records per client: money in
// integer cents, shares in basis points (10,000 = 100%) and as exact fractions.
import { z } from '@hono/zod-openapi';
import { reviewDecisions, reviewFlags } from '../../core/portfolio/annual-review.ts';

/** A fiscal year, named by the calendar year it starts in. */
export const fiscalYear = z
  .number({ error: 'must be a year' })
  .int('must be a whole year')
  .min(1900, 'must be 1900 or later')
  .max(2999, 'must be before 3000');

export const reviewQuery = z.object({
  year: z.coerce
    .number()
    .int('must be a whole year')
    .min(1900, 'must be 1900 or later')
    .max(2999, 'must be before 3000')
    .optional()
    .openapi({
      description:
        'Fiscal year, named by the calendar year it starts in; default the latest with revenue',
    }),
});

export const decisionCreateSchema = z
  .object({
    year: fiscalYear.openapi({ description: 'The fiscal year the decision is about' }),
    decision: z.enum(reviewDecisions, {
      error: 'must be one of invest, maintain, improve, part_ways',
    }),
    note: z
      .string()
      .trim()
      .max(2000, 'must be 2,000 characters or fewer')
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .optional(),
  })
  .strict()
  .openapi('ClientDecisionCreate');

export type DecisionCreate = z.infer<typeof decisionCreateSchema>;

export const decisionSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    year: z.number().int(),
    decision: z.enum(reviewDecisions),
    note: z.string().nullable(),
    userId: z.uuid().nullable(),
    userName: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ClientDecision');

export type Decision = z.infer<typeof decisionSchema>;

export const decisionListSchema = z
  .object({ items: z.array(decisionSchema) })
  .openapi('ClientDecisionList');

const fraction = z.object({ numerator: z.number().int(), denominator: z.number().int() });

const reviewClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  revenueCents: z.number().int(),
  share: fraction.nullable(),
  shareBasisPoints: z.number().int().nullable(),
  relationship: z
    .object({
      since: z.string(),
      years: z.number().int(),
      months: z.number().int(),
      totalMonths: z.number().int(),
    })
    .nullable(),
  hours: z.number().nullable().openapi({ description: 'Null unless every line states hours' }),
  revenuePerHourCents: z.number().int().nullable(),
  marginCents: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'Null unless every line states its cost' }),
  marginPerHourCents: z.number().int().nullable(),
  serviceLines: z.array(z.string()),
  creditNoteCount: z.number().int(),
  creditNoteCents: z.number().int(),
  changeCents: z.number().int().openapi({ description: 'Revenue change on the year before' }),
  changeRatio: z.number().nullable(),
  flags: z.array(z.enum(reviewFlags)).openapi({
    description: 'Why the client may cost more than it brings; the web app translates the codes',
  }),
  costsMoreThanItBrings: z.boolean(),
  // a union, not .nullable(): that would make the ClientDecision component itself nullable
  decision: z
    .union([decisionSchema, z.null()])
    .openapi({ description: "The latest decision recorded for this year's review" }),
});

export const reviewSchema = z
  .object({
    year: z.number().int(),
    period: z.object({ from: z.string(), to: z.string() }),
    referenceDate: z.string().openapi({
      description:
        'The day relationship lengths are measured to: the last day of a year that is over, ' +
        'today while it lasts (as the portfolio)',
    }),
    revenueCents: z.number().int(),
    activeClients: z.number().int(),
    flaggedClients: z.number().int(),
    policy: z.object({
      minimumRevenuePerHourCents: z.number().int().nullable(),
      medianRevenuePerHourFactor: z.number(),
      creditNoteCountLimit: z.number().int(),
      creditNoteShareLimitBasisPoints: z.number().int(),
    }),
    clients: z.array(reviewClientSchema).openapi({
      description: 'Every client with revenue in the year: flagged ones first, then by revenue',
    }),
  })
  .openapi('AnnualReview');

export type Review = z.infer<typeof reviewSchema>;
