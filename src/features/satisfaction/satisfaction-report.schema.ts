// The satisfaction report of a fiscal year over HTTP (method §7, §14).
import { z } from '@hono/zod-openapi';
import { trustIntentions } from '../../core/satisfaction/evaluation.ts';

export const satisfactionReportQuery = z.object({
  fiscalYear: z.coerce
    .number()
    .int('must be a whole year')
    .min(1000, 'must be a year from 1000 to 9998')
    .max(9998, 'must be a year from 1000 to 9998')
    .optional()
    .openapi({ description: 'Default: the fiscal year of today' }),
});

const intentionCounts = z.object({
  ...Object.fromEntries(trustIntentions.map((intention) => [intention, z.number().int()])),
  notAsked: z.number().int(),
}) as z.ZodObject<Record<(typeof trustIntentions)[number] | 'notAsked', z.ZodNumber>>;

const figures = {
  evaluations: z.number().int().openapi({ description: 'Evaluations given in the year' }),
  averageOverall: z.number().nullable().openapi({ description: 'To one decimal' }),
  averageRecommend: z
    .number()
    .nullable()
    .openapi({ description: 'Of the evaluations that asked it, to one decimal' }),
  trust: intentionCounts,
  trustShareBasisPoints: z
    .object(Object.fromEntries(trustIntentions.map((intention) => [intention, z.number().int()])))
    .nullable()
    .openapi({ description: "Each intention's share of the answers given; null: none given" }),
  assignmentsEnded: z
    .number()
    .int()
    .openapi({ description: 'Assignments that ended in the year, by today' }),
  assignmentsEvaluated: z
    .number()
    .int()
    .openapi({ description: 'Of them, those an evaluation covers (whenever it came)' }),
  responseRateBasisPoints: z.number().int().nullable(),
};

export const satisfactionReportSchema = z
  .object({
    fiscalYear: z.number().int(),
    from: z.string(),
    to: z.string(),
    judgedAt: z.string(),
    norm: z.number().int().openapi({ description: 'The firm’s satisfaction norm today' }),
    firm: z.object(figures),
    categories: z.array(z.object({ categoryKey: z.string().nullable(), ...figures })),
    professionals: z.array(
      z.object({
        userId: z
          .uuid()
          .nullable()
          .openapi({ description: 'The relationship manager; null: none' }),
        name: z.string().nullable(),
        ...figures,
      }),
    ),
    notEvaluated: z.array(
      z.object({
        assignmentId: z.uuid(),
        title: z.string(),
        organizationId: z.uuid(),
        organizationName: z.string(),
        endDate: z.string(),
        deadline: z.string(),
        daysOverdue: z.number().int(),
      }),
    ),
  })
  .openapi('SatisfactionReport');
