// The ideal prospect over HTTP (method §3.7): the profile derived from the top category's clients,
// the firm's own edits to it, and every prospect's fit. Trait values are compared exactly as
// stored on the organisations (size classes are the Chamber of Commerce codes).
import { z } from '@hono/zod-openapi';
import { ownReason } from '../../core/field-reasons.ts';
import { profileTraits } from '../../core/choosing/index.ts';
import { sizeClasses } from '../../core/organization.ts';

export const profileValueSchema = z
  .object({
    value: z.string(),
    clients: z.number().int().openapi({ description: 'Top clients with this value' }),
    shareBasisPoints: z
      .number()
      .int()
      .openapi({ description: 'Their share of the top clients, rounded down' }),
  })
  .openapi('ProfileValue');

const traitValues = z.array(profileValueSchema);

export const idealProfileSchema = z
  .object({
    clients: z.number().int().openapi({ description: 'Top clients the profile is drawn from' }),
    sector: traitValues,
    sizeClass: traitValues,
    region: traitValues,
    services: traitValues,
  })
  .openapi('IdealProfile');

const value = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be 100 characters or fewer');

const editedTrait = (values: z.ZodType<string>) =>
  z
    .object({
      active: z.boolean({ error: 'must be true or false' }),
      values: z
        .array(values)
        .max(50, 'must be 50 values or fewer')
        .refine((list) => new Set(list).size === list.length, {
          message: 'must not repeat a value',
          params: ownReason('noRepeats'),
        }),
    })
    .strict();

const editedTraits = {
  sector: editedTrait(value),
  sizeClass: editedTrait(z.enum(sizeClasses, { error: 'must be a size class' })),
  region: editedTrait(value),
  services: editedTrait(value),
};

export const profileEditSchema = z.object(editedTraits).strict().openapi('ProspectProfileEdit', {
  description:
    'Per trait whether it counts and which values do; a trait switched off is not compared',
});

export const prospectProfileSchema = z
  .object({
    schemeId: z.uuid(),
    topCategory: z
      .string()
      .nullable()
      .openapi({ description: "The key of the scheme's best category" }),
    classifiedAt: z.string().nullable().openapi({
      description: 'When the latest classification was committed; null when none was',
    }),
    derived: idealProfileSchema,
    edited: z
      .object({ ...editedTraits, updatedAt: z.string() })
      .nullable()
      .openapi({
        description: "The firm's own profile; null while the derived one counts",
      }),
    profile: idealProfileSchema.openapi({
      description: 'The profile prospects are compared with: the edited one, else the derived one',
    }),
  })
  .openapi('ProspectProfile');

export const traitReasonSchema = z
  .object({
    trait: z.enum(profileTraits),
    outcome: z.enum(['matched', 'unmatched', 'unknown', 'notInProfile']),
    values: z.array(z.string()).openapi({ description: "The prospect's values" }),
    matchedValues: z.array(z.string()).openapi({ description: 'The profile values it has' }),
  })
  .openapi('TraitReason');

export const prospectFitSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    sector: z.string().nullable(),
    sizeClass: z.string().nullable(),
    region: z.string().nullable(),
    services: z.array(z.string()),
    fit: z.number().int().nullable().openapi({
      description: 'Matched traits out of those compared, 0–100; null when none can be compared',
    }),
    matched: z.number().int(),
    compared: z.number().int(),
    reasons: z.array(traitReasonSchema),
  })
  .openapi('ProspectFit');

export const prospectFitListSchema = z
  .object({
    schemeId: z.uuid(),
    source: z.enum(['edited', 'derived']).openapi({
      description: "Whether the firm's own profile or the derived one was compared with",
    }),
    classifiedAt: z.string().nullable(),
    items: z.array(prospectFitSchema),
  })
  .openapi('ProspectFitList');
