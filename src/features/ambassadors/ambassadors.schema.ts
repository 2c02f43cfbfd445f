// Ambassadors, referrals, introductions and the marketing pyramid over HTTP (method §10).
import { z } from '@hono/zod-openapi';
import { pyramidLayers } from '../../core/ambassadors/index.ts';
import { isoDate } from '../../kernel/schemas.ts';

const yearRevenue = z.object({ fiscalYear: z.number().int(), revenueCents: z.number().int() });

export const referralSchema = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    status: z.string(),
    referrerOrganizationId: z.uuid(),
    referrerOrganizationName: z.string(),
    referrerContactId: z.uuid().nullable(),
    referrerContactName: z.string().nullable(),
    startedOn: z
      .string()
      .nullable()
      .openapi({
        description:
          'The day it became a client: the earliest of its first invoice, first assignment and ' +
          'client-since date; null while it is a prospect',
      }),
    revenueCents: z.number().int().openapi({ description: 'Its revenue in every fiscal year' }),
    revenueByYear: z.array(yearRevenue),
  })
  .openapi('Referral');

export const referralListSchema = z
  .object({ items: z.array(referralSchema) })
  .openapi('ReferralList');

export const thankYouSchema = z
  .object({
    referrerOrganizationId: z.uuid(),
    referrerOrganizationName: z.string(),
    referrerContactId: z.uuid().nullable(),
    referrerContactName: z.string().nullable(),
    referredOrganizationId: z.uuid(),
    referredOrganizationName: z.string(),
    relationshipManagerId: z.uuid().nullable(),
    relationshipManagerName: z.string().nullable(),
    dueFrom: z.string(),
    dueOn: z.string().openapi({ description: '14 days after the referred client started' }),
    overdue: z.boolean(),
  })
  .openapi('ThankYouDue');

export const ambassadorSchema = z
  .object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    sector: z.string().nullable(),
    region: z.string().nullable(),
    relationshipManagerId: z.uuid().nullable(),
    relationshipManagerName: z.string().nullable(),
    referrer: z.boolean().openapi({ description: 'It referred at least one client' }),
    candidates: z
      .array(
        z.object({ contactId: z.uuid(), contactName: z.string(), recommend: z.number().int() }),
      )
      .openapi({ description: 'Its contacts whose latest recommend score is a 9 or a 10' }),
    clients: z.array(
      z.object({
        organizationId: z.uuid(),
        name: z.string(),
        referrerContactId: z.uuid().nullable(),
        referrerContactName: z.string().nullable(),
        startedOn: z.string().nullable(),
        revenueCents: z.number().int(),
      }),
    ),
    clientsBrought: z.number().int(),
    revenueCents: z.number().int(),
    revenueByYear: z.array(yearRevenue),
  })
  .openapi('Ambassador');

export const ambassadorOverviewSchema = z
  .object({
    today: z.string(),
    items: z.array(ambassadorSchema),
    thankYous: z.array(thankYouSchema),
  })
  .openapi('AmbassadorOverview');

export const introductionListSchema = z
  .object({
    items: z.array(
      z.object({
        prospectId: z.uuid(),
        prospectName: z.string(),
        fit: z.number().int(),
        ambassadorOrganizationId: z.uuid(),
        ambassadorOrganizationName: z.string(),
        basis: z.enum(['sector', 'region']),
        value: z.string(),
      }),
    ),
  })
  .openapi('IntroductionList');

const layer = z.enum(pyramidLayers, { error: 'must be one of the five pyramid layers' });
const minutes = z
  .number()
  .int('must be whole minutes')
  .min(0, 'must be 0 or more')
  .max(1_000_000, 'is too large');
const cents = z
  .number()
  .int('must be whole cents')
  .min(0, 'must be 0 or more')
  .max(100_000_000_000, 'is too large');
const description = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(200, 'must be 200 characters or fewer');

export const spendSchema = z
  .object({
    id: z.uuid(),
    spentOn: z.string(),
    layer: z.enum(pyramidLayers),
    description: z.string(),
    minutes: z.number().int().nullable(),
    costCents: z.number().int().nullable(),
  })
  .openapi('MarketingSpend');

export const spendCreateSchema = z
  .object({
    spentOn: isoDate,
    layer,
    description,
    minutes: minutes.nullable().optional(),
    costCents: cents.nullable().optional(),
  })
  .strict();

export const spendUpdateSchema = spendCreateSchema.partial().strict();

const layerSpend = z.object({ minutes: z.number().int(), costCents: z.number().int() });

export const pyramidSchema = z
  .object({
    year: z.number().int(),
    from: z.string(),
    to: z.string(),
    layers: z
      .array(
        layerSpend.extend({
          layer: z.enum(pyramidLayers),
          activities: layerSpend,
          spend: layerSpend,
        }),
      )
      .openapi({
        description:
          'Top to bottom: own experience, ambassadors, independent sources, media, own sales',
      }),
    advice: z.object({
      mostSpentOn: z.enum(pyramidLayers).nullable(),
      bottomHeavy: z.boolean().openapi({
        description: 'A lower layer got more time or money than a higher one: against the advice',
      }),
      inversions: z.array(
        z.object({
          measure: z.enum(['time', 'money']),
          higher: z.enum(pyramidLayers),
          lower: z.enum(pyramidLayers),
        }),
      ),
    }),
    entries: z.array(spendSchema),
  })
  .openapi('MarketingPyramid');

export const pyramidQuery = z.object({
  year: z.coerce
    .number()
    .int('must be a whole year')
    .min(1000, 'must be a year from 1000 to 9998')
    .max(9998, 'must be a year from 1000 to 9998')
    .optional()
    .openapi({ description: 'The fiscal year; default the one today falls in' }),
});
