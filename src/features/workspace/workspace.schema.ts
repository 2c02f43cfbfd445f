import { z } from '@hono/zod-openapi';
import { canonicalTimeZone } from '../../core/time-zone.ts';
import { emailSchema, locales, passwordSchema, personName } from '../users/users.schema.ts';

export const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'DKK', 'SEK', 'NOK', 'PLN'] as const;

/** The firm's IANA time zone: every "today" of the firm is the date on its clock there. */
const timeZone = z
  .string()
  .max(100)
  .refine((name) => canonicalTimeZone(name) !== undefined, {
    message: 'is not a time zone; give an IANA name such as Europe/Amsterdam',
  })
  .openapi({ example: 'Europe/Amsterdam', description: 'IANA time zone of the firm’s day' });

const firmFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  currency: z.enum(currencies),
  locale: z.enum(locales),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  timeZone,
};

/** Shares in basis points: 2000 is 20%. */
const basisPoints = z.number().int().min(1, 'must be above 0%').max(10_000, 'must be 100% or less');

const portfolioFields = {
  /** A client above this share of revenue raises a dependency alert. */
  dependencyThresholdBp: basisPoints,
  /** Cumulative revenue share up to which clients are A, then B. */
  abcBoundaryABp: basisPoints,
  abcBoundaryBBp: basisPoints,
};

/** The most a gift to a relation may be worth (method §6), in whole cents; null: no limit. */
const giftValueLimitCents = z
  .number()
  .int('must be whole cents')
  .min(0, 'must be 0 or more')
  .max(100_000_000, 'is more than a million')
  .nullable()
  .openapi({ description: 'The most a gift may be worth, in cents; null: no limit' });

/** The overall score a client's evaluation should reach (method §7): below it a plan opens. */
const satisfactionNorm = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1 to 10')
  .max(10, 'must be 1 to 10')
  .openapi({ description: 'The overall score an evaluation should reach; default 8' });

export const workspaceSchema = z
  .object({
    id: z.uuid(),
    ...firmFields,
    ...portfolioFields,
    giftValueLimitCents,
    satisfactionNorm,
    createdAt: z.string(),
  })
  .openapi('Workspace');
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceUpdateSchema = z
  .object({
    name: firmFields.name.optional(),
    currency: firmFields.currency.optional(),
    locale: firmFields.locale.optional(),
    fiscalYearStartMonth: firmFields.fiscalYearStartMonth.optional(),
    timeZone: timeZone.optional(),
    dependencyThresholdBp: portfolioFields.dependencyThresholdBp.optional(),
    abcBoundaryABp: portfolioFields.abcBoundaryABp.optional(),
    abcBoundaryBBp: portfolioFields.abcBoundaryBBp.optional(),
    giftValueLimitCents: giftValueLimitCents.optional(),
    satisfactionNorm: satisfactionNorm.optional(),
  })
  .strict()
  .openapi('WorkspaceUpdate');

export const setupSchema = z
  .object({
    firm: z
      .object({
        ...firmFields,
        timeZone: timeZone.optional().openapi({ description: 'Europe/Amsterdam when left out' }),
      })
      .strict(),
    owner: z.object({ name: personName, email: emailSchema, password: passwordSchema }).strict(),
  })
  .strict()
  .openapi('Setup');

export const setupStatusSchema = z.object({ needed: z.boolean() }).openapi('SetupStatus');
