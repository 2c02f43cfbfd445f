// Survey requests over HTTP (method §7, decision 0040): what a professional sees of the requests
// to clients to answer the evaluation on a page of the product, and what that page is given.
import { z } from '@hono/zod-openapi';
import {
  evaluationAspects,
  recommendRange,
  scoreRange,
  trustIntentions,
} from '../../core/satisfaction/evaluation.ts';
import { surveyLanguages } from '../../core/satisfaction/survey-request.ts';

export const surveyStatuses = [
  'created',
  'sent',
  'reminded',
  'answered',
  'expired',
  'revoked',
] as const;

export const surveyRequestSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    assignmentId: z.uuid().nullable(),
    assignmentTitle: z.string().nullable(),
    contactId: z.uuid(),
    contactName: z.string(),
    language: z.enum(surveyLanguages),
    createdById: z.uuid().nullable(),
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    sentAt: z.string().nullable().openapi({ description: 'First mailed; null: only copied' }),
    sentTo: z.string().nullable(),
    remindersSent: z.number().int(),
    lastReminderAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    evaluationId: z.uuid().nullable().openapi({ description: 'The evaluation the answers became' }),
    revokedAt: z.string().nullable(),
    status: z.enum(surveyStatuses).openapi({
      description:
        'created (link only copied), sent (mailed), reminded, answered, expired or revoked',
    }),
  })
  .openapi('SurveyRequest');

export const surveyRequestListSchema = z
  .object({ items: z.array(surveyRequestSchema) })
  .openapi('SurveyRequestList');

export const surveyRequestCreateSchema = z
  .object({
    contactId: z.uuid().openapi({ description: 'Who is asked: a contact person of the client' }),
    assignmentId: z.uuid().nullable().optional().openapi({
      description: 'The assignment asked about; null: the relationship as a whole',
    }),
    language: z.enum(surveyLanguages).optional().openapi({
      description: "The page's and the mails' language; default: the firm's language",
    }),
    send: z.boolean().optional().openapi({
      description: "Mail the link to the contact's address at once (default: only make it)",
    }),
  })
  .strict()
  .openapi('SurveyRequestCreate');

export const surveyRequestCreatedSchema = z
  .object({
    request: surveyRequestSchema,
    link: z.string().openapi({
      description: 'The personal link, shown this once (only its hash is kept) to copy',
    }),
  })
  .openapi('SurveyRequestCreated');

export const surveyRequestQuery = z.object({
  status: z.enum(surveyStatuses).optional(),
});

const range = (r: { min: number; max: number }) =>
  z.object({ min: z.literal(r.min), max: z.literal(r.max) });

/** What the survey page shows: the questions, in the contact's language, and nothing else. */
export const surveyPageSchema = z
  .object({
    language: z.enum(surveyLanguages),
    firmName: z.string(),
    firmLogoUrl: z
      .string()
      .nullable()
      .openapi({ description: 'The product keeps no logo of a firm (yet)' }),
    contactFirstName: z.string(),
    assignmentTitle: z.string().nullable(),
    expiresAt: z.string(),
    questions: z.object({
      aspects: z.array(z.enum(evaluationAspects)),
      score: range(scoreRange),
      recommend: range(recommendRange),
      trust: z.array(z.enum(trustIntentions)),
    }),
  })
  .openapi('SurveyPage');

const score = z
  .number()
  .int('must be a whole number')
  .min(scoreRange.min, 'must be 1 to 10')
  .max(scoreRange.max, 'must be 1 to 10');

export const surveyAnswerSchema = z
  .object({
    scores: z
      .object(
        Object.fromEntries(
          evaluationAspects.map((aspect) => [aspect, score.nullable().optional()]),
        ) as Record<(typeof evaluationAspects)[number], z.ZodOptional<z.ZodNullable<typeof score>>>,
      )
      .strict()
      .optional(),
    overall: score,
    recommend: z
      .number()
      .int('must be a whole number')
      .min(recommendRange.min, 'must be 0 to 10')
      .max(recommendRange.max, 'must be 0 to 10')
      .nullable()
      .optional(),
    trust: z.enum(trustIntentions).nullable().optional(),
    comments: z.string().trim().max(4000, 'must be 4000 characters or fewer').nullable().optional(),
  })
  .strict()
  .openapi('SurveyAnswer');

export const surveyTokenParam = z.object({
  token: z
    .string()
    .max(300)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The personal link’s token' }),
});

const rateFields = {
  asked: z.number().int().openapi({ description: 'Requests made (revoked ones left out)' }),
  answered: z.number().int(),
  rateBasisPoints: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'answered / asked in basis points; null when no one was asked' }),
};

export const surveyResponseRatesSchema = z
  .object({
    total: z.object(rateFields),
    byCategory: z.array(
      z.object({
        category: z
          .string()
          .nullable()
          .openapi({ description: 'In the primary scheme; null: none' }),
        ...rateFields,
      }),
    ),
    byProfessional: z.array(
      z.object({
        userId: z.uuid().nullable().openapi({ description: 'Who asked; null: no longer there' }),
        name: z.string().nullable(),
        ...rateFields,
      }),
    ),
    nonResponders: z.array(surveyRequestSchema).openapi({
      description: 'The requests asked and not answered: open, reminded or expired',
    }),
  })
  .openapi('SurveyResponseRates');
