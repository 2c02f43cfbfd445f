// The portfolio's answers: money in integer cents, shares in basis points (10,000 = 100%) and
// as exact fractions where the figure is a ratio.
import { z } from '@hono/zod-openapi';
import { serviceNormsSchema } from '../servicing/service-concepts.schema.ts';
import { bridgeGroups } from '../../core/portfolio/bridge.ts';
import { portfolioQuadrants } from '../../core/portfolio/portfolio-matrix.ts';

export const yearQuery = z.object({
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

const fraction = z.object({ numerator: z.number().int(), denominator: z.number().int() });

const clientConcentration = z.object({
  clientIds: z.array(z.uuid()),
  revenueCents: z.number().int(),
  share: fraction.nullable(),
  basisPoints: z.number().int(),
});

export const portfolioSchema = z
  .object({
    year: z.number().int(),
    period: z.object({ from: z.string(), to: z.string() }),
    referenceDate: z.string().openapi({
      description:
        'The day relationship lengths are measured to: the last day of a year that is over, ' +
        'today while it lasts',
    }),
    revenueCents: z.number().int(),
    netRevenueCents: z.number().int(),
    activeClients: z.number().int(),
    pareto: z.object({
      targetBasisPoints: z.number().int(),
      clientsForTarget: z.number().int(),
      clientsForTargetRatio: z.number().nullable(),
    }),
    concentration: z.object({
      year: z.number().int(),
      activeClients: z.number().int(),
      activeRevenueCents: z.number().int(),
      largestClient: clientConcentration,
      topFive: clientConcentration,
      hhi: z.number().int(),
    }),
    dependencyThresholdBasisPoints: z.number().int(),
    dependencyAlerts: z.array(
      z.object({
        year: z.number().int(),
        clientId: z.uuid(),
        name: z.string(),
        revenueCents: z.number().int(),
        share: fraction,
        basisPoints: z.number().int(),
        firstYearAbove: z.boolean(),
        aboveSince: z.number().int(),
      }),
    ),
    abcBoundaries: z.object({ a: z.number().int(), b: z.number().int() }),
    clients: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        revenueCents: z.number().int(),
        basisPoints: z.number().int(),
        abcClass: z.enum(['A', 'B', 'C']).nullable(),
        marginCents: z.number().int().nullable(),
        hours: z.number().nullable(),
        serviceLines: z.array(z.string()),
        creditNotes: z.number().int(),
        /** Assignments that ran in the year (started by its end, not ended before its start). */
        assignments: z.number().int(),
        previousYearCents: z.number().int(),
        changeRatio: z.number().nullable(),
        compoundAnnualGrowthRate: z.number().nullable(),
        relationshipMonths: z.number().int().nullable(),
      }),
    ),
  })
  .openapi('Portfolio');

const originSchema = z.object({
  year: z.number().int(),
  existingCents: z.number().int(),
  returnedCents: z.number().int(),
  newCents: z.number().int(),
  basisPoints: z
    .object({ existing: z.number().int(), returned: z.number().int(), new: z.number().int() })
    .nullable(),
});

const bar = z.object({
  amountCents: z.number().int(),
  effectCents: z.number().int(),
  clientIds: z.array(z.uuid()),
});

export const bridgeSchema = z
  .object({
    year: z.number().int(),
    startCents: z.number().int(),
    endCents: z.number().int(),
    netStartCents: z.number().int(),
    netEndCents: z.number().int(),
    bars: z.object(
      Object.fromEntries(bridgeGroups.map((group) => [group, bar])) as Record<
        (typeof bridgeGroups)[number],
        typeof bar
      >,
    ),
    clients: z.array(
      z.object({
        clientId: z.uuid(),
        name: z.string(),
        group: z.enum(bridgeGroups),
        previousCents: z.number().int(),
        currentCents: z.number().int(),
        effectCents: z.number().int(),
      }),
    ),
    origin: originSchema,
  })
  .openapi('RevenueBridge');

export const trendSchema = z
  .object({
    years: z.array(
      z.object({
        year: z.number().int(),
        revenueCents: z.number().int(),
        activeClients: z.number().int(),
        largestClientBasisPoints: z.number().int(),
        topFiveBasisPoints: z.number().int(),
        hhi: z.number().int(),
        origin: originSchema,
      }),
    ),
  })
  .openapi('PortfolioTrend');

export const matrixQuery = yearQuery.extend({
  measure: z.enum(['revenue', 'margin']).default('revenue'),
  bubble: z.enum(['margin', 'hours', 'none']).default('margin'),
});

export const matrixSchema = z
  .object({
    year: z.number().int(),
    measure: z.enum(['revenue', 'margin']),
    bubble: z.enum(['margin', 'hours', 'none']),
    valueSplitCents: z.number().int().nullable(),
    growthSplit: z.number(),
    clients: z.array(
      z.object({
        clientId: z.uuid(),
        name: z.string(),
        quadrant: z.enum(portfolioQuadrants),
        valueCents: z.number().int(),
        growth: z.number().nullable(),
        bubble: z.number().nullable(),
      }),
    ),
    unplaced: z.array(
      z.object({
        clientId: z.uuid(),
        name: z.string(),
        reason: z.enum(['margin_unknown', 'growth_unknown']),
      }),
    ),
  })
  .openapi('PortfolioMatrix');

const quadrantOrNone = z
  .enum(portfolioQuadrants)
  .nullable()
  .openapi({ description: 'null: not placed in that year' });

export const matrixMovesSchema = z
  .object({
    year: z.number().int(),
    previousYear: z.number().int(),
    measure: z.enum(['revenue', 'margin']),
    counts: z.array(
      z.object({ from: quadrantOrNone, to: quadrantOrNone, clients: z.number().int() }),
    ),
    stayed: z.number().int(),
    moves: z.array(
      z.object({ clientId: z.uuid(), name: z.string(), from: quadrantOrNone, to: quadrantOrNone }),
    ),
  })
  .openapi('PortfolioMatrixMoves');

export const yearsSchema = z
  .object({ years: z.array(z.number().int()), fiscalYearStartMonth: z.number().int() })
  .openapi('PortfolioYears');

export const clientFiguresSchema = z
  .object({
    year: z.number().int().openapi({ description: "The portfolio's fiscal year" }),
    revenue: z
      .array(z.object({ fiscalYear: z.number().int(), revenueCents: z.number().int() }))
      .openapi({ description: 'The ten fiscal years up to and including the year, oldest first' }),
    basisPoints: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Share of the year's revenue, as on the portfolio; null: none" }),
    abcClass: z.enum(['A', 'B', 'C']).nullable(),
    category: z
      .string()
      .nullable()
      .openapi({ description: "The category now in the firm's primary scheme" }),
    norms: serviceNormsSchema,
    assignments: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          serviceLine: z.string().nullable(),
          startDate: z.string().nullable(),
          endDate: z.string().nullable(),
          feeCents: z.number().int().nullable(),
          professionalId: z.uuid().nullable(),
        }),
      )
      .openapi({ description: 'The newest assignments (20 at most), latest start first' }),
  })
  .openapi('ClientFigures');
