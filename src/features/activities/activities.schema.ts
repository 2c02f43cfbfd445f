import { z } from '@hono/zod-openapi';
import { activityStatuses } from '../../core/servicing/activity-input.ts';
import { activityTypes, fourPs } from '../../core/servicing/four-ps.ts';
import { invitationResponses } from '../../core/servicing/invitations.ts';
import { yearlyDutyKeys } from '../../core/servicing/yearly-duties.ts';
import { isoDate } from '../../kernel/schemas.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** Ids named once each; more than a meeting room holds is a mistake. */
const ids = (what: string) =>
  z
    .array(z.uuid())
    .max(50, `names at most 50 ${what}`)
    .transform((values) => [...new Set(values)]);

const fields = {
  type: z.enum(activityTypes),
  p: z
    .enum(fourPs)
    .nullable()
    .optional()
    .openapi({ description: "Left out: the type's suggested P; null: no P applies" }),
  status: z.enum(activityStatuses),
  onDate: isoDate.openapi({ description: 'The day it is planned for, or the day it was done' }),
  subject: z.string().trim().min(1, 'is required').max(200),
  notes: optionalText(10_000),
  minutes: z
    .number()
    .int('must be whole minutes')
    .min(0)
    .max(10_080, 'is more than a week')
    .nullable()
    .optional(),
  costCents: z
    .number()
    .int('must be whole cents')
    .min(0)
    .max(100_000_000, 'is more than a million')
    .nullable()
    .optional(),
  followUpOn: isoDate.nullable().optional(),
  followUpNote: optionalText(1_000),
  duty: z
    .enum(yearlyDutyKeys)
    .nullable()
    .optional()
    .openapi({
      description:
        "The service concept's yearly duty this activity fulfils once done: the revenue forecast, " +
        'the evaluation conversation or the account plan; null: none',
    }),
  contactIds: ids('contact persons')
    .optional()
    .openapi({ description: "Contact persons of the activity's organisation" }),
  professionalIds: ids('professionals')
    .optional()
    .openapi({ description: "The firm's professionals involved; left out on create: the creator" }),
};

export const activityCreateSchema = z.object(fields).strict().openapi('ActivityCreate');

export const activityUpdateSchema = z
  .object({
    ...fields,
    type: fields.type.optional(),
    status: fields.status.optional(),
    onDate: fields.onDate.optional(),
    subject: fields.subject.optional(),
    p: z
      .enum(fourPs)
      .nullable()
      .optional()
      .openapi({ description: 'Left out: unchanged, also when the type changes; null: no P' }),
    contactIds: fields.contactIds.openapi({ description: 'Replaces the contact persons' }),
    professionalIds: fields.professionalIds.openapi({ description: 'Replaces the professionals' }),
    followUpDone: z
      .boolean()
      .optional()
      .openapi({ description: 'true: the follow-up is done now; false: it is open again' }),
  })
  .strict()
  .openapi('ActivityUpdate');

export const invitationResponseSchema = z
  .object({
    response: z.enum(invitationResponses).nullable().openapi({
      description: 'accepted or declined; null: no reaction (taken back)',
    }),
  })
  .strict()
  .openapi('InvitationResponse');

export const activityContactParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  contactId: z.uuid().openapi({ param: { name: 'contactId', in: 'path' } }),
});

export type ActivityCreate = z.infer<typeof activityCreateSchema>;
export type ActivityUpdate = z.infer<typeof activityUpdateSchema>;

export const activitySchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    type: z.enum(activityTypes),
    p: z.enum(fourPs).nullable(),
    status: z.enum(activityStatuses),
    onDate: z.string(),
    subject: z.string(),
    notes: z.string().nullable(),
    minutes: z.number().int().nullable(),
    costCents: z.number().int().nullable(),
    followUpOn: z.string().nullable(),
    followUpNote: z.string().nullable(),
    followUpDoneAt: z.string().nullable(),
    duty: z.enum(yearlyDutyKeys).nullable(),
    clientLossId: z.uuid().nullable().openapi({
      description: "The client's loss whose win-back policy planned it (method §8); null: none",
    }),
    contacts: z.array(
      z.object({
        id: z.uuid(),
        displayName: z.string(),
        response: z.enum(invitationResponses).nullable().openapi({
          description: 'For an invitation: what the contact person answered; null: no reaction',
        }),
      }),
    ),
    professionals: z.array(z.object({ id: z.uuid(), name: z.string() })),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Activity');
export type Activity = z.infer<typeof activitySchema>;

export const activityListQuery = z.object({
  status: z.enum(activityStatuses).optional(),
  p: z
    .enum([...fourPs, 'none'])
    .optional()
    .openapi({ description: 'One P, or none for the activities without a P' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(500)
    .optional()
    .openapi({ description: 'nextCursor of the previous page' }),
  withTotal: z
    .enum(['true', 'false'])
    .default('false')
    .openapi({ description: 'Also count all matching activities' }),
});
export type ActivityFilter = { status?: string | undefined; p?: string | undefined };

export const activityPageSchema = z
  .object({
    items: z.array(activitySchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().nullable(),
  })
  .openapi('ActivityPage');

export const fourPsQuery = z.object({
  from: isoDate.optional().openapi({ description: 'First day; default a year before the last' }),
  to: isoDate.optional().openapi({ description: 'Last day, included; default today' }),
});

const perP = z.object({
  project: z.number().int(),
  person: z.number().int(),
  process: z.number().int(),
  partnership: z.number().int(),
});

export const fourPBalanceSchema = z
  .object({
    organizationId: z.uuid(),
    from: z.string(),
    to: z.string(),
    counts: perP,
    total: z.number().int().openapi({ description: 'Done activities in the period with a P' }),
    withoutP: z.number().int().openapi({ description: 'Done activities in the period without' }),
    shareBasisPoints: perP.openapi({ description: 'Adding up to 10,000 when total > 0' }),
    firstMissing: z.enum(fourPs).nullable(),
    advisedOrder: z.array(z.enum(fourPs)),
  })
  .openapi('FourPBalance');
