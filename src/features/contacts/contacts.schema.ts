import { z } from '@hono/zod-openapi';
import { dayAt } from '../../core/time-zone.ts';
import { ownReason } from '../../core/field-reasons.ts';
import { dmuRoles } from '../../core/organization.ts';
import { isoDate } from '../../kernel/schemas.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .transform((value, ctx) => {
    if (value === '') return null;
    if (!z.email().safeParse(value).success) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an email address',
        params: ownReason('email'),
      });
      return z.NEVER;
    }
    return value;
  })
  // a transform hides its input from the document: say here that it is a text, or null to clear
  .openapi({ type: ['string', 'null'], format: 'email' })
  .nullable()
  .optional();

const phone = z
  .string()
  .trim()
  .max(40)
  .transform((value, ctx) => {
    if (value === '') return null;
    if (!/^\+?[0-9 ()./-]{6,}$/.test(value) || (value.match(/\d/g) ?? []).length < 6) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a phone number such as +31 20 123 4567',
        params: ownReason('phone'),
      });
      return z.NEVER;
    }
    return value;
  })
  // a transform hides its input from the document: say here that it is a text, or null to clear
  .openapi({ type: ['string', 'null'], example: '+31 20 123 4567' })
  .nullable()
  .optional();

const fields = {
  firstName: z.string().trim().min(1, 'is required').max(100),
  infix: optionalText(30),
  lastName: z.string().trim().min(1, 'is required').max(150),
  jobTitle: optionalText(150),
  dmuRole: z.enum(dmuRoles).nullable().optional(),
  email,
  phone,
  birthday: isoDate.nullable().optional(),
  activeFrom: isoDate.nullable().optional(),
  notes: optionalText(10_000),
};

const checkDates = (
  value: { birthday?: string | null | undefined; activeFrom?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  // a request knows no firm here: a birthday is refused only once it is in the future everywhere
  // (after the day on the earliest clock, UTC+14), so no firm's today is ever refused
  if (value.birthday && value.birthday > dayAt(new Date(), 'Pacific/Kiritimati')) {
    ctx.addIssue({
      code: 'custom',
      path: ['birthday'],
      message: 'cannot be in the future',
      params: ownReason('inTheFuture'),
    });
  }
  if (value.birthday && value.birthday < '1900-01-01') {
    ctx.addIssue({
      code: 'custom',
      path: ['birthday'],
      message: 'is too long ago',
      params: ownReason('tooLongAgo'),
    });
  }
};

export const contactCreateSchema = z
  .object(fields)
  .strict()
  .superRefine(checkDates)
  .openapi('ContactCreate');

export const contactUpdateSchema = z
  .object({
    ...fields,
    firstName: fields.firstName.optional(),
    lastName: fields.lastName.optional(),
  })
  .strict()
  .superRefine(checkDates)
  .openapi('ContactUpdate');

export const contactEndSchema = z
  .object({ activeTo: isoDate, reason: optionalText(500) })
  .strict()
  .openapi('ContactEnd');

export type ContactCreate = z.infer<typeof contactCreateSchema>;
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

export const contactSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    firstName: z.string(),
    infix: z.string().nullable(),
    lastName: z.string(),
    displayName: z.string().openapi({ example: 'Jan van der Berg' }),
    listName: z.string().openapi({ example: 'Berg, Jan van der' }),
    jobTitle: z.string().nullable(),
    dmuRole: z.enum(dmuRoles).nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    birthday: z.string().nullable(),
    activeFrom: z.string().nullable(),
    activeTo: z.string().nullable(),
    active: z.boolean(),
    notes: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contact');
export type Contact = z.infer<typeof contactSchema>;

export const contactListQuery = z.object({
  include: z
    .enum(['active', 'all'])
    .default('active')
    .openapi({ description: 'Also list contacts who left' }),
});

export const contactSearchQuery = z.object({
  q: z.string().trim().min(1, 'is required').max(200).openapi({
    description: 'Words in the name, e-mail or phone; ignores case and diacritics',
  }),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const contactHitSchema = contactSchema
  .extend({ organizationName: z.string() })
  .openapi('ContactHit');
export type ContactHit = z.infer<typeof contactHitSchema>;
