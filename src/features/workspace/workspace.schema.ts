import { z } from '@hono/zod-openapi';
import { emailSchema, locales, passwordSchema, personName } from '../users/users.schema.ts';

export const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'DKK', 'SEK', 'NOK', 'PLN'] as const;

const firmFields = {
  name: z.string().trim().min(1, 'is required').max(200),
  currency: z.enum(currencies),
  locale: z.enum(locales),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
};

export const workspaceSchema = z
  .object({ id: z.uuid(), ...firmFields, createdAt: z.string() })
  .openapi('Workspace');
export type Workspace = z.infer<typeof workspaceSchema>;

export const workspaceUpdateSchema = z
  .object({
    name: firmFields.name.optional(),
    currency: firmFields.currency.optional(),
    locale: firmFields.locale.optional(),
    fiscalYearStartMonth: firmFields.fiscalYearStartMonth.optional(),
  })
  .strict()
  .openapi('WorkspaceUpdate');

export const setupSchema = z
  .object({
    firm: z.object(firmFields).strict(),
    owner: z.object({ name: personName, email: emailSchema, password: passwordSchema }).strict(),
  })
  .strict()
  .openapi('Setup');

export const setupStatusSchema = z.object({ needed: z.boolean() }).openapi('SetupStatus');
