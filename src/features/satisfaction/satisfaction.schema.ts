// Evaluations, improvement plans and ambassador candidates over HTTP (method §7): what a client
// said of the firm, what the firm does when it fell below its norm, and who speaks well of it.
import { z } from '@hono/zod-openapi';
import {
  evaluationAspects,
  evaluationMethods,
  recommendRange,
  scoreRange,
  trustIntentions,
} from '../../core/satisfaction/evaluation.ts';
import { isoDate } from '../../kernel/schemas.ts';

const score = z
  .number()
  .int('must be a whole number')
  .min(scoreRange.min, 'must be 1 to 10')
  .max(scoreRange.max, 'must be 1 to 10');
const recommend = z
  .number()
  .int('must be a whole number')
  .min(recommendRange.min, 'must be 0 to 10')
  .max(recommendRange.max, 'must be 0 to 10');
const text = (max: number) => z.string().trim().max(max, `must be ${max} characters or fewer`);
const cents = z
  .number()
  .int('must be whole cents')
  .min(0, 'must be 0 or more')
  .max(100_000_000_000, 'is too large');

const aspectShape = Object.fromEntries(
  evaluationAspects.map((aspect) => [aspect, score.nullable().optional()]),
) as Record<(typeof evaluationAspects)[number], z.ZodOptional<z.ZodNullable<typeof score>>>;

const scoresSchema = z
  .object(aspectShape)
  .strict()
  .openapi({
    description:
      'Per aspect a score 1–10, or null when not asked: the end result and the firm’s ' +
      'functioning (reachability, keeping promises, expertise, communication, invoicing)',
  });

export const improvementPlanSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    evaluationId: z.uuid(),
    openedOn: z.string().openapi({ description: 'The day of the evaluation that opened it' }),
    openingScore: z.number().int(),
    norm: z.number().int().openapi({ description: 'The firm’s norm when it opened' }),
    what: z.string().nullable(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    responsibleId: z.uuid().nullable().openapi({
      description: 'Who answers for it: its owner, else the relationship manager',
    }),
    dueOn: z.string(),
    costCents: z.number().int().nullable(),
    status: z.enum(['open', 'closed']),
    closedOn: z.string().nullable(),
    closedByEvaluationId: z.uuid().nullable().openapi({
      description: 'The re-evaluation at or above the norm that closed it; null: open or by hand',
    }),
    overdue: z.boolean(),
  })
  .openapi('ImprovementPlan');

export const improvementPlanListSchema = z
  .object({ items: z.array(improvementPlanSchema) })
  .openapi('ImprovementPlanList');

export const evaluationSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    assignmentId: z.uuid().nullable(),
    assignmentTitle: z.string().nullable(),
    contactId: z.uuid(),
    contactName: z.string(),
    method: z.enum(evaluationMethods),
    evaluatedOn: z.string(),
    scores: z.object(
      Object.fromEntries(evaluationAspects.map((aspect) => [aspect, z.number().int().nullable()])),
    ),
    aspectAverage: z.number().nullable(),
    overall: z.number().int(),
    recommend: z.number().int().nullable(),
    trust: z.enum(trustIntentions).nullable(),
    comments: z.string().nullable(),
    norm: z.number().int().openapi({ description: 'The firm’s norm today' }),
    belowNorm: z.boolean(),
    recommendsFirm: z
      .boolean()
      .openapi({ description: 'A 9 or 10 on recommend: the contact is an ambassador candidate' }),
    // the plan this evaluation opened; null when it was at or above the norm. A union, not
    // .nullable(): that would write the null onto the plan's own schema in the document, and make
    // every plan of /improvement-plans nullable
    improvementPlan: z.union([improvementPlanSchema, z.null()]),
  })
  .openapi('Evaluation');

export const evaluationListSchema = z
  .object({ items: z.array(evaluationSchema) })
  .openapi('EvaluationList');

const planFields = {
  what: text(2000).nullable().optional().openapi({ description: 'What the firm will do' }),
  ownerId: z.uuid().nullable().optional().openapi({
    description:
      "Who carries it out; default: the client's relationship manager; null: whoever manages the client",
  }),
  dueOn: isoDate.optional().openapi({ description: 'By when; default 30 days after opening' }),
  costCents: cents.nullable().optional().openapi({ description: 'Cost to the firm, in cents' }),
};

export const evaluationCreateSchema = z
  .object({
    contactId: z.uuid().openapi({ description: 'Who answered: a contact person of the client' }),
    assignmentId: z.uuid().nullable().optional().openapi({
      description: 'The assignment evaluated; null: the relationship as a whole',
    }),
    method: z.enum(evaluationMethods),
    evaluatedOn: isoDate.optional().openapi({ description: 'Default: today' }),
    scores: scoresSchema.optional(),
    overall: score,
    recommend: recommend.nullable().optional(),
    trust: z.enum(trustIntentions).nullable().optional().openapi({
      description: 'The intention to continue or expand: expand, continue, undecided or leave',
    }),
    comments: text(4000).nullable().optional(),
    improvementPlan: z.object(planFields).strict().optional().openapi({
      description: 'The plan, when the overall score is below the norm',
    }),
  })
  .strict()
  .openapi('EvaluationCreate');

export const evaluationUpdateSchema = z
  .object({
    contactId: z.uuid().optional(),
    assignmentId: z.uuid().nullable().optional(),
    method: z.enum(evaluationMethods).optional(),
    evaluatedOn: isoDate.optional(),
    scores: scoresSchema.optional(),
    overall: score.optional(),
    recommend: recommend.nullable().optional(),
    trust: z.enum(trustIntentions).nullable().optional(),
    comments: text(4000).nullable().optional(),
  })
  .strict()
  .openapi('EvaluationUpdate');

export const improvementPlanUpdateSchema = z
  .object({
    ...planFields,
    closedOn: isoDate.nullable().optional().openapi({
      description: 'Close it by hand on this day; null: open it again',
    }),
  })
  .strict()
  .openapi('ImprovementPlanUpdate');

export const improvementPlanQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  organizationId: z.uuid().optional(),
  userId: z
    .uuid()
    .optional()
    .openapi({ description: 'Only the plans this professional answers for' }),
});

export const evaluationDueSchema = z
  .object({
    assignmentId: z.uuid(),
    assignmentTitle: z.string(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    relationshipManagerId: z.uuid().nullable(),
    endDate: z.string(),
    dueFrom: z.string(),
    deadline: z.string(),
    status: z.enum(['open', 'overdue']),
    daysOverdue: z.number().int(),
  })
  .openapi('EvaluationDue');

export const evaluationDueListSchema = z
  .object({ items: z.array(evaluationDueSchema) })
  .openapi('EvaluationDueList');

export const evaluationDueQuery = z.object({
  userId: z.uuid().optional().openapi({
    description: "Only this relationship manager's clients; default: the whole firm",
  }),
});

export const ambassadorCandidateSchema = z
  .object({
    contactId: z.uuid(),
    contactName: z.string(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    recommend: z.number().int(),
    evaluatedOn: z.string(),
    evaluationId: z.uuid(),
  })
  .openapi('AmbassadorCandidate');

export const ambassadorCandidateListSchema = z
  .object({ items: z.array(ambassadorCandidateSchema) })
  .openapi('AmbassadorCandidateList');
