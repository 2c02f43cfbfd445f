import { z } from '@hono/zod-openapi';
import { giftRequirementKeys } from '../../core/servicing/gifts.ts';
import { giftPolicies } from '../../core/servicing/service-concept.ts';
import { isoDate } from '../../kernel/schemas.ts';

export const giftStatuses = ['planned', 'given'] as const;
export type GiftStatus = (typeof giftStatuses)[number];

const warningCodes = [
  'above_value_limit',
  'policy_says_none',
  'beyond_greeting_policy',
  'same_occasion_within_a_year',
  'recent_gift',
] as const;

const fields = {
  contactId: z.uuid().openapi({ description: "A contact person of the gift's organisation" }),
  status: z.enum(giftStatuses),
  onDate: isoDate.openapi({ description: 'The day it is planned for, or the day it was given' }),
  occasion: z.string().trim().min(1, 'is required').max(60).openapi({
    description: "One of the web's occasions (newYear, christmas, …) or the firm's own",
  }),
  description: z.string().trim().min(1, 'is required').max(500),
  valueCents: z
    .number()
    .int('must be whole cents')
    .min(0, 'must be 0 or more')
    .max(100_000_000, 'is more than a million'),
  requirementsMet: z
    .array(z.enum(giftRequirementKeys))
    .max(giftRequirementKeys.length)
    .transform((keys) => giftRequirementKeys.filter((key) => keys.includes(key)))
    .openapi({ description: 'The requirements of a good gift that are ticked' }),
  notes: z
    .string()
    .trim()
    .max(2_000)
    .transform((value) => (value === '' ? null : value))
    .nullable(),
};

export const giftCreateSchema = z
  .object({
    ...fields,
    requirementsMet: fields.requirementsMet.optional(),
    notes: fields.notes.optional(),
  })
  .strict()
  .openapi('GiftCreate');

export const giftUpdateSchema = z
  .object({
    contactId: fields.contactId.optional(),
    status: fields.status.optional(),
    onDate: fields.onDate.optional(),
    occasion: fields.occasion.optional(),
    description: fields.description.optional(),
    valueCents: fields.valueCents.optional(),
    requirementsMet: fields.requirementsMet.optional(),
    notes: fields.notes.optional(),
  })
  .strict()
  .openapi('GiftUpdate');

export type GiftCreate = z.infer<typeof giftCreateSchema>;
export type GiftUpdate = z.infer<typeof giftUpdateSchema>;

export const giftSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    contact: z.object({ id: z.uuid(), displayName: z.string() }),
    status: z.enum(giftStatuses),
    onDate: z.string(),
    occasion: z.string(),
    description: z.string(),
    valueCents: z.number().int(),
    requirementsMet: z.array(z.enum(giftRequirementKeys)),
    notes: z.string().nullable(),
    giftPolicy: z.enum(giftPolicies).nullable().openapi({
      description: "The gift policy of the client's current category; null: it has no category",
    }),
    warnings: z
      .array(
        z.object({
          code: z.enum(warningCodes),
          otherGiftId: z.uuid().nullable().openapi({ description: 'The gift a repeat is about' }),
        }),
      )
      .openapi({
        description:
          "Against the firm's value limit, the category's policy and the contact's other gifts",
      }),
    checklist: z
      .array(z.object({ requirement: z.enum(giftRequirementKeys), met: z.boolean() }))
      .openapi({ description: 'The six requirements of a good gift, in the order of the method' }),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Gift');
export type Gift = z.infer<typeof giftSchema>;

export const giftListSchema = z.object({ items: z.array(giftSchema) }).openapi('GiftList');

export const giftRegisterQuery = z.object({
  from: isoDate.optional().openapi({ description: 'First day; default a year before the last' }),
  to: isoDate.optional().openapi({ description: 'Last day, included; default today' }),
});

export const giftRegisterSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    items: z.array(giftSchema),
    valueLimitCents: z.number().int().nullable(),
  })
  .openapi('GiftRegister');
