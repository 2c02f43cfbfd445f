import { z } from '@hono/zod-openapi';
import { ownReason } from '../../core/field-reasons.ts';
import { normaliseKvkNumber } from '../../core/kvk-number.ts';
import { organizationStatuses, relationLevels, sizeClasses } from '../../core/organization.ts';
import { isoDate } from '../../kernel/schemas.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const kvkNumber = z
  .string()
  .transform((value, ctx) => {
    if (value.trim() === '') return null;
    const normalised = normaliseKvkNumber(value);
    if (!normalised) {
      ctx.addIssue({ code: 'custom', message: 'must be 8 digits', params: ownReason('kvkNumber') });
      return z.NEVER;
    }
    return normalised;
  })
  // a transform hides its input from the document: say here that it is a text, or null to clear
  .openapi({ type: ['string', 'null'], example: '12345678' })
  .nullable()
  .optional();

const website = z
  .string()
  .trim()
  .max(300)
  .transform((value, ctx) => {
    if (value === '') return null;
    const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    try {
      const url = new URL(withScheme);
      if (!url.hostname.includes('.')) throw new Error('no domain');
      return url.toString().replace(/\/$/, '');
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a web address such as example.nl',
        params: ownReason('website'),
      });
      return z.NEVER;
    }
  })
  // a transform hides its input from the document: say here that it is a text, or null to clear
  .openapi({ type: ['string', 'null'], example: 'https://example.nl' })
  .nullable()
  .optional();

const fields = {
  name: z.string().trim().min(1, 'is required').max(200),
  legalName: optionalText(200),
  kvkNumber,
  sector: optionalText(100),
  sizeClass: z.enum(sizeClasses).nullable().optional(),
  city: optionalText(100),
  region: optionalText(100),
  website,
  status: z.enum(organizationStatuses),
  relationLevel: z.enum(relationLevels),
  relationshipManagerId: z.uuid().nullable().optional(),
  secondProfessionalId: z.uuid().nullable().optional(),
  clientSince: isoDate.nullable().optional(),
  clientUntil: isoDate.nullable().optional(),
  referredByOrganizationId: z.uuid().nullable().optional(),
  referredByContactId: z.uuid().nullable().optional(),
  notes: optionalText(10_000),
  customerCode: optionalText(64).openapi({
    description: "The customer's code in the firm's accounting package (debtor number)",
  }),
  oneOff: z.boolean().optional().openapi({
    description: 'A one-off client does not count as a regular new client',
  }),
};

export const organizationCreateSchema = z
  .object({
    ...fields,
    status: fields.status.default('client'),
    relationLevel: fields.relationLevel.default('other'),
  })
  .strict()
  .openapi('OrganizationCreate');

export const organizationUpdateSchema = z
  .object({
    ...fields,
    name: fields.name.optional(),
    status: fields.status.optional(),
    relationLevel: fields.relationLevel.optional(),
  })
  .strict()
  .openapi('OrganizationUpdate');

export type OrganizationCreate = z.infer<typeof organizationCreateSchema>;
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    legalName: z.string().nullable(),
    kvkNumber: z.string().nullable(),
    sector: z.string().nullable(),
    sizeClass: z.string().nullable(),
    city: z.string().nullable(),
    region: z.string().nullable(),
    website: z.string().nullable(),
    status: z.enum(organizationStatuses),
    relationLevel: z.enum(relationLevels),
    relationshipManagerId: z.uuid().nullable(),
    secondProfessionalId: z.uuid().nullable(),
    clientSince: z
      .string()
      .nullable()
      .openapi({
        description:
          'The day recorded as the start of the client relationship (set by hand, or by the first ' +
          'import to the first date in its file); service norms count from it. Not the start the ' +
          "portfolio and annual review measure the relationship's length from: the earlier of the " +
          'first invoice and the first assignment (decision 0020).',
      }),
    clientUntil: z
      .string()
      .nullable()
      .openapi({
        description:
          'The last day a former client was one: set to the firm’s day when the status becomes ' +
          'former, editable; its norms count up to it and no further (decision 0032). Null for ' +
          'anything but a former client, and for a former client of whom it is not known.',
      }),
    referredByOrganizationId: z.uuid().nullable(),
    referredByContactId: z.uuid().nullable(),
    notes: z.string().nullable(),
    customerCode: z.string().nullable(),
    oneOff: z.boolean(),
    archivedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Organization');

export type Organization = z.infer<typeof organizationSchema>;

export const organizationSorts = [
  'name',
  '-name',
  'city',
  '-city',
  'status',
  'clientSince',
  '-clientSince',
  'revenue',
  '-revenue',
  '-createdAt',
] as const;

export const organizationListQuery = z.object({
  q: z.string().max(200).optional().openapi({
    description: 'Search in name, legal name, city and KvK number; ignores case and diacritics',
  }),
  status: z.enum(organizationStatuses).optional(),
  relationLevel: z.enum(relationLevels).optional(),
  relationshipManagerId: z.uuid().optional(),
  sector: z.string().max(100).optional(),
  category: z.string().min(1).max(100).optional().openapi({
    description: "Only clients in this category of the firm's primary scheme now",
  }),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  sort: z.enum(organizationSorts).default('name'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: 'nextCursor of the previous page' }),
  withTotal: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: 'Also count all matching organisations' }),
});

export const organizationPageSchema = z
  .object({
    items: z.array(
      organizationSchema.extend({
        category: z.string().nullable().openapi({
          description:
            "The category now in the firm's primary scheme (set by hand, else committed)",
        }),
        revenueCents: z
          .number()
          .int()
          .openapi({ description: 'Revenue in the fiscal year of the page, in cents' }),
      }),
    ),
    fiscalYear: z
      .number()
      .int()
      .openapi({ description: 'The last complete fiscal year: the one revenue is shown for' }),
    nextCursor: z.string().nullable(),
    total: z.number().int().nullable(),
  })
  .openapi('OrganizationPage');
