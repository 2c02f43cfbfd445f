// Lost clients over HTTP (method §8): the firm's lost reasons, a client's losses and win-back,
// the win-back policy per category, and the report of reasons per year and category.
import { z } from '@hono/zod-openapi';
import {
  clientLossLimits,
  lossManners,
  presetLostReasons,
} from '../../core/winback/client-loss.ts';
import { winBackActors, winBackLimits } from '../../core/winback/win-back-policy.ts';
import { activityTypes, fourPs } from '../../core/servicing/four-ps.ts';
import { isoDate } from '../../kernel/schemas.ts';
import { activitySchema } from '../activities/activities.schema.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const lostReasonSchema = z
  .object({
    id: z.uuid(),
    preset: z.enum(presetLostReasons).nullable(),
    name: z.string().nullable().openapi({
      description: "The firm's own name; null for a preset it did not rename",
    }),
    hidden: z.boolean(),
    position: z.number().int(),
    inUse: z
      .number()
      .int()
      .openapi({ description: 'Losses that give it: such a reason is hidden, not deleted' }),
  })
  .openapi('LostReason');
export const lostReasonListSchema = z
  .object({ items: z.array(lostReasonSchema) })
  .openapi('LostReasonList');

const reasonName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(
    clientLossLimits.reasonNameLength,
    `is longer than ${clientLossLimits.reasonNameLength} characters`,
  );
export const lostReasonCreateSchema = z
  .object({ name: reasonName })
  .strict()
  .openapi('LostReasonCreate');
export const lostReasonUpdateSchema = z
  .object({
    name: reasonName.nullable().optional().openapi({
      description: 'A new name; null gives a preset back its own name',
    }),
    hidden: z.boolean().optional().openapi({ description: 'Hidden: not offered for new losses' }),
  })
  .strict()
  .openapi('LostReasonUpdate');

const lossFields = {
  lostOn: isoDate.openapi({ description: 'The day the client was lost: not after today' }),
  reasonId: z.uuid(),
  text: optionalText(clientLossLimits.textLength),
  manner: z.enum(lossManners).nullable().optional().openapi({
    description: 'How the leaving went: amicable, tense or silent (without a word)',
  }),
  told: optionalText(clientLossLimits.textLength).openapi({
    description: 'Who was told of the loss',
  }),
};

export const lossCreateSchema = z.object(lossFields).strict().openapi('ClientLossCreate');
export const lossUpdateSchema = z
  .object({
    lostOn: lossFields.lostOn.optional(),
    reasonId: lossFields.reasonId.optional(),
    text: lossFields.text,
    manner: lossFields.manner,
    told: lossFields.told,
    winBackNote: optionalText(clientLossLimits.textLength),
  })
  .strict()
  .openapi('ClientLossUpdate');
export const winBackSchema = z
  .object({
    wonBackOn: isoDate.openapi({ description: 'The day it became a client again' }),
    winBackNote: optionalText(clientLossLimits.textLength),
  })
  .strict()
  .openapi('WinBack');

const lossViewFields = {
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  lostOn: z.string(),
  reasonId: z.uuid(),
  text: z.string().nullable(),
  manner: z.enum(lossManners).nullable(),
  told: z.string().nullable(),
  recordedBy: z.uuid().nullable(),
  recordedByName: z.string().nullable(),
  wonBackOn: z.string().nullable(),
  winBackNote: z.string().nullable(),
  category: z.string().nullable().openapi({ description: 'The category on the day it was lost' }),
  revenueYear: z.number().int().openapi({
    description: 'The last full fiscal year before the loss, whose revenue the loss took',
  }),
  revenueCents: z.number().int(),
};
export const lossViewSchema = z.object(lossViewFields).openapi('ClientLossSummary');
export const lossSchema = z
  .object({
    ...lossViewFields,
    attempts: z.array(activitySchema).openapi({
      description: 'The win-back activities the policy planned, planned or done',
    }),
  })
  .openapi('ClientLoss');
export const lossListSchema = z.object({ items: z.array(lossSchema) }).openapi('ClientLossList');

const stepSchema = z
  .object({
    type: z.enum(activityTypes),
    p: z.enum(fourPs).nullable(),
    subject: z.string(),
    daysAfterLoss: z.number({ error: 'must be a number' }).openapi({
      description: `Calendar days after the loss (0–${winBackLimits.daysAfterLoss})`,
    }),
  })
  .strict();
export const winBackPolicyInputSchema = z
  .object({
    actor: z.enum(winBackActors),
    userId: z.uuid().nullable().openapi({ description: 'The colleague who acts, for namedUser' }),
    steps: z.array(stepSchema),
  })
  .strict()
  .openapi('WinBackPolicyInput');
export const winBackPolicySchema = z
  .object({
    categoryKey: z.string(),
    categoryName: z.string().nullable(),
    set: z.boolean().openapi({ description: 'false: the firm set none, this is the default' }),
    actor: z.enum(winBackActors),
    userId: z.uuid().nullable(),
    steps: z.array(stepSchema),
  })
  .openapi('WinBackPolicy');
export const winBackPolicyListSchema = z
  .object({ schemeId: z.uuid(), items: z.array(winBackPolicySchema) })
  .openapi('WinBackPolicyList');

const countsSchema = {
  losses: z.number().int(),
  revenueCents: z.number().int(),
  wonBack: z.number().int(),
};
export const lostReportSchema = z
  .object({
    categories: z.array(z.object({ key: z.string(), name: z.string().nullable() })),
    reasons: z.array(lostReasonSchema),
    groups: z.array(
      z.object({
        year: z.number().int(),
        category: z.string().nullable(),
        ...countsSchema,
        reasons: z.array(z.object({ reasonId: z.uuid(), ...countsSchema })),
      }),
    ),
    losses: z.array(lossViewSchema).openapi({ description: 'Every loss, the latest first' }),
  })
  .openapi('LostClientsReport');

const bridgeLineSchema = z.object({
  clientId: z.uuid(),
  name: z.string(),
  previousCents: z.number().int(),
  currentCents: z.number().int(),
  loss: lossViewSchema.nullable().openapi({ description: 'null: no loss recorded' }),
});
const bridgeBarSchema = z.object({
  amountCents: z.number().int(),
  clients: z.array(bridgeLineSchema),
});
export const bridgeLossesSchema = z
  .object({
    year: z.number().int(),
    reasons: z.array(lostReasonSchema),
    lost: bridgeBarSchema,
    returned: bridgeBarSchema,
  })
  .openapi('BridgeLosses');
export const bridgeLossesQuery = z.object({
  year: z.coerce.number().int().min(1000).max(9998),
});
