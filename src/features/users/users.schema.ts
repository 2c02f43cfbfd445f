import { z } from '@hono/zod-openapi';
import { roles } from '../../core/roles.ts';

export const locales = ['nl', 'en'] as const;
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .pipe(z.email('must be an email address'));
export const passwordSchema = z.string().max(1000).openapi({ minLength: 8, maxLength: 128 });
export const personName = z.string().trim().min(1, 'is required').max(200);

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    locale: z.enum(locales),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');
export type User = z.infer<typeof userSchema>;

export const userUpdateSchema = z
  .object({
    role: z.enum(roles).optional(),
    disabled: z.boolean().optional(),
    name: personName.optional(),
  })
  .strict()
  .openapi('UserUpdate');

export const invitationCreateSchema = z
  .object({ email: emailSchema, name: personName, role: z.enum(roles) })
  .strict()
  .openapi('InvitationCreate');

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    createdAt: z.string(),
    expiresAt: z.string(),
    acceptedAt: z.string().nullable(),
  })
  .openapi('Invitation');

export const invitationCreatedSchema = z
  .object({
    invitation: invitationSchema,
    token: z.string().openapi({ description: 'Shown once: give it to the invitee' }),
  })
  .openapi('InvitationCreated');

export const invitationAcceptSchema = z
  .object({
    token: z.string().min(1).max(400),
    password: passwordSchema,
    name: personName.optional(),
  })
  .strict()
  .openapi('InvitationAccept');
