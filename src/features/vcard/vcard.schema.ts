import { z } from '@hono/zod-openapi';
import { errorReasonSchema } from '../../http/errors.ts';

/** The largest vCard file the API takes. */
export const maxVCardBytes = 5 * 1024 * 1024;

export const vcardImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .openapi({ description: 'Report what the import would do and write nothing' }),
});

const problem = z.object({
  field: z.string(),
  message: z.string(),
  reason: errorReasonSchema.optional(),
});

export const vcardCardOutcomeSchema = z
  .object({
    index: z.number().int().openapi({ description: 'The card’s place in the file, from 1' }),
    label: z.string().nullable().openapi({ description: 'The name or email the card shows' }),
    outcome: z.enum(['created', 'skipped', 'refused']),
    displayName: z.string().nullable(),
    email: z.string().nullable(),
    /** Skipped: the contact person already there with the same email, or the same name. */
    duplicateOf: z
      .object({
        id: z.uuid().nullable(),
        displayName: z.string(),
        match: z.enum(['email', 'name']),
      })
      .nullable()
      .openapi({
        description: 'For a skipped card: who is already there (id null: earlier in the file)',
      }),
    reason: z.enum(['noName', 'unknownVersion', 'invalidFields']).nullable(),
    problems: z.array(problem),
    contactId: z.uuid().nullable().openapi({ description: 'The contact person created' }),
  })
  .openapi('VCardCardOutcome');
export type VCardCardOutcome = z.infer<typeof vcardCardOutcomeSchema>;

export const vcardImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.number().int(),
    skipped: z.number().int(),
    refused: z.number().int(),
    cards: z.array(vcardCardOutcomeSchema),
  })
  .openapi('VCardImportResult');
export type VCardImportResult = z.infer<typeof vcardImportResultSchema>;
