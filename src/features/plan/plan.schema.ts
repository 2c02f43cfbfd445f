// The revenue plan of a fiscal year and the cost of one valuable new client (method §2): money in
// integer cents, growth in basis points (1500 = 15%) and as exact fractions.
import { z } from '@hono/zod-openapi';
import { ownReason } from '../../core/field-reasons.ts';
import { decisionSchema } from '../review/review.schema.ts';

/** A fiscal year in a query or a path, named by the calendar year it starts in. */
const yearText = z.coerce
  .number()
  .int('must be a whole year')
  .min(1900, 'must be 1900 or later')
  .max(2999, 'must be before 3000');

export const planQuery = z.object({
  year: yearText.optional().openapi({
    description: 'Fiscal year, named by the calendar year it starts in; default the current one',
  }),
});

export const acquisitionQuery = z.object({
  year: yearText.optional().openapi({
    description:
      'Fiscal year, named by the calendar year it starts in; default the latest with revenue',
  }),
});

export const yearParam = z.object({
  year: yearText.openapi({ param: { name: 'year', in: 'path' }, example: 2025 }),
});

/** € 100 billion: far above any firm's figures, far below where cents stop being exact. */
const largestCents = 10_000_000_000_000;

const cents = z
  .number({ error: 'must be an amount in whole cents' })
  .int('must be whole cents, without decimals')
  .max(largestCents, 'must be € 100 billion or less');

const centsZeroOrMore = cents.min(0, 'must be 0 or more');

export const planInputSchema = z
  .object({
    existingGrowthCents: cents.min(-largestCents, 'must be − € 100 billion or more').openapi({
      description: 'Expected growth at existing clients, net of shrinking ones; may be negative',
    }),
    newClientsCents: centsZeroOrMore.openapi({
      description: 'Expected revenue from new (and won-back) clients',
    }),
    expectedLossCents: centsZeroOrMore.openapi({
      description: 'Expected revenue of departing clients, as a positive amount',
    }),
  })
  .strict()
  .openapi('RevenuePlanInput');

export type PlanInput = z.infer<typeof planInputSchema>;

const fraction = z.object({ numerator: z.number().int(), denominator: z.number().int() });

const planFigures = z.object({
  startCents: z.number().int(),
  existingGrowthCents: z.number().int(),
  newClientsCents: z.number().int(),
  expectedLossCents: z.number().int(),
  targetCents: z.number().int().nullable().openapi({
    description: 'Null while the start is missing (startMissing): no target counts from nothing',
  }),
  growthCents: z.number().int(),
  growth: fraction.nullable(),
  growthBasisPoints: z.number().int().nullable(),
});

export const planSchema = z
  .object({
    year: z.number().int(),
    period: z.object({ from: z.string(), to: z.string() }),
    startCents: z.number().int().openapi({ description: 'Revenue of the year before' }),
    startComplete: z
      .boolean()
      .openapi({ description: 'Whether the year before is over, so its revenue is complete' }),
    startMissing: z.boolean().openapi({
      description:
        'The year before is still running with no revenue yet: there is no target to count from',
    }),
    inputs: z
      .object({
        existingGrowthCents: z.number().int(),
        newClientsCents: z.number().int(),
        expectedLossCents: z.number().int(),
        updatedAt: z.string(),
      })
      .nullable()
      .openapi({ description: 'The amounts the firm set; null when it set none' }),
    proposal: planFigures
      .extend({
        basedOnYears: z.array(z.number().int()),
        basedOn: z
          .array(
            z.object({
              year: z.number().int(),
              newClientsCents: z.number().int().openapi({
                description: 'The bridge of the year: new + returned (won back)',
              }),
              existingGrowthCents: z.number().int().openapi({
                description: 'The bridge of the year: grown − shrunk',
              }),
              lostCents: z.number().int().openapi({ description: 'The bridge of the year: lost' }),
            }),
          )
          .openapi({
            description:
              'The figures of each year’s revenue bridge (GET /portfolio/bridge?year=) that the ' +
              'proposal averages, oldest first',
          }),
      })
      .nullable()
      .openapi({
        description:
          'The averages of the revenue bridges of the last (at most three) complete years; ' +
          'null without such a year',
      }),
    plan: planFigures
      .extend({ source: z.enum(['inputs', 'proposal']) })
      .nullable()
      .openapi({ description: 'The set amounts, else the proposal; null without either' }),
    progress: z.object({
      asOf: z.string().openapi({ description: 'The last day the actuals count' }),
      basis: z.enum(['revenue_lines', 'yearly_figures']).openapi({
        description: 'Revenue lines up to today while the year lasts, the yearly figures after',
      }),
      fractionOfYearElapsed: z.number(),
      actualSoFarCents: z.number().int(),
      noRevenueYet: z.boolean().openapi({
        description:
          'No revenue is booked in the year yet (it has just begun, or its revenue is not ' +
          'imported): there is nothing to measure, so againstPlan is null',
      }),
      againstPlan: z
        .object({
          expectedSoFarCents: z.number().int(),
          differenceCents: z.number().int(),
          targetReached: fraction.nullable(),
          onTrack: z.boolean(),
        })
        .nullable()
        .openapi({ description: 'Null without a plan or proposal, or without revenue yet' }),
    }),
  })
  .openapi('RevenuePlan');

export type Plan = z.infer<typeof planSchema>;

const hours = z
  .number({ error: 'must be a number of hours' })
  .min(0, 'must be 0 or more')
  .max(1_000_000, 'must be 1,000,000 or less')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: 'must have at most two decimals',
    params: ownReason('twoDecimals'),
  });

export const investmentInputSchema = z
  .object({
    hours: hours.openapi({ description: 'Hours spent on winning new clients' }),
    hourlyRateCents: z
      .number({ error: 'must be an amount in whole cents' })
      .int('must be whole cents, without decimals')
      .min(0, 'must be 0 or more')
      .max(10_000_000, 'must be € 100,000 or less'),
    moneyCents: centsZeroOrMore.openapi({
      description: 'Money spent on winning new clients (events, advertising, …)',
    }),
    notes: z
      .string()
      .trim()
      .max(2000, 'must be 2,000 characters or fewer')
      .transform((value) => (value === '' ? null : value))
      .nullable()
      .optional(),
  })
  .strict()
  .openapi('AcquisitionInvestmentInput');

export type InvestmentInput = z.infer<typeof investmentInputSchema>;

export const acquisitionSchema = z
  .object({
    year: z.number().int(),
    period: z.object({ from: z.string(), to: z.string() }),
    investment: z
      .object({
        hours: z.number(),
        hourlyRateCents: z.number().int(),
        moneyCents: z.number().int(),
        notes: z.string().nullable(),
        updatedAt: z.string(),
      })
      .nullable(),
    newClients: z
      .array(
        z.object({
          id: z.uuid(),
          name: z.string(),
          revenueCents: z.number().int(),
          oneOff: z.boolean(),
          latestDecision: z.union([decisionSchema, z.null()]),
          ratherSeeGo: z
            .boolean()
            .openapi({ description: 'Its latest decision, of any year, is to part ways' }),
          counted: z.boolean().openapi({ description: 'Counts as a new regular client' }),
        }),
      )
      .openapi({ description: 'The clients with their first revenue in the year, largest first' }),
    cost: z.object({
      timeCents: z.number().int(),
      moneyCents: z.number().int(),
      investedCents: z.number().int(),
      regularClients: z.number().int(),
      costPerClientCents: z.number().int().nullable(),
      reason: z
        .enum(['no_investment', 'no_new_regular_clients'])
        .nullable()
        .openapi({ description: 'Why there is no cost per client' }),
    }),
  })
  .openapi('AcquisitionCost');

export type Acquisition = z.infer<typeof acquisitionSchema>;
