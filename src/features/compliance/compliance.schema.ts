// The firm's compliance with its service concepts over HTTP.
import { z } from '@hono/zod-openapi';
import { fourPs } from '../../core/servicing/four-ps.ts';
import { checkedDutyKeys } from '../../core/servicing/yearly-duties.ts';

const fiscalYear = z.coerce
  .number()
  .int('must be a whole year')
  .min(1000, 'must be a year from 1000 to 9998')
  .max(9998, 'must be a year from 1000 to 9998')
  .optional()
  .openapi({ description: 'Default: the fiscal year of today' });

export const complianceQuery = z.object({
  fiscalYear,
  limit: z.coerce
    .number()
    .int()
    .min(0)
    .max(1000)
    .default(100)
    .openapi({ description: 'At most this many clients that fall short' }),
});

const summary = z.object({
  judged: z.number().int(),
  withinNorm: z.number().int(),
  withinNormBasisPoints: z.number().int().nullable(),
  done: z.number().int(),
  averageWorkingDaysHundredths: z.number().int().nullable(),
});

const normTally = z.object({
  met: z.number().int(),
  notMet: z.number().int(),
  notYet: z.number().int().openapi({
    description:
      'Not to be judged yet: a duty or minimum on track while the year runs, a request open within its deadline',
  }),
});

const rollup = {
  clients: z.number().int(),
  delivered: z.number().int(),
  withInterval: z.number().int(),
  contactOverdue: z.number().int(),
  withMinimum: z.number().int(),
  contactsOnTrack: z.number().int(),
  callBacks: summary,
  proposals: summary,
  dutiesRequired: z.number().int(),
  dutiesDone: z.number().int(),
  assignmentsRunning: z.number().int().openapi({
    description: 'Running assignments of clients whose concept asks a second professional',
  }),
  assignmentsCovered: z
    .number()
    .int()
    .openapi({ description: 'Of them, those with a second professional to reach' }),
  norms: normTally
    .extend({
      shareBasisPoints: normTally.openapi({
        description: 'The three in basis points, adding up to 10,000; all 0 without norms',
      }),
    })
    .openapi({
      description:
        'Every norm above counted once: per client the interval, the minimum and each duty, per assignment the second professional, per call-back or proposal with a norm',
    }),
};

export const shortfallSchema = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('contactOverdue'), daysOverdue: z.number().int() }),
    z.object({
      code: z.literal('tooFewContacts'),
      count: z.number().int(),
      expected: z.number().int(),
    }),
    z.object({ code: z.literal('callBacksLate'), count: z.number().int() }),
    z.object({ code: z.literal('proposalsLate'), count: z.number().int() }),
    z.object({ code: z.literal('dutyMissed'), duty: z.enum(checkedDutyKeys) }),
    z.object({ code: z.literal('secondProfessionalMissing'), count: z.number().int() }),
    z.object({ code: z.literal('evaluationsMissed'), count: z.number().int() }),
    z.object({ code: z.literal('complaintsAcknowledgedLate'), count: z.number().int() }),
    z.object({ code: z.literal('complaintsSolvedLate'), count: z.number().int() }),
  ])
  .openapi('ComplianceShortfall');

export const complianceReportSchema = z
  .object({
    fiscalYear: z.number().int(),
    from: z.string(),
    to: z.string(),
    judgedAt: z.string(),
    firm: z.object(rollup),
    categories: z.array(z.object({ categoryKey: z.string().nullable(), ...rollup })),
    professionals: z.array(z.object({ userId: z.uuid(), name: z.string(), ...rollup })),
    shortfallClients: z.array(
      z.object({
        organizationId: z.uuid(),
        name: z.string(),
        categoryKey: z.string().nullable(),
        relationshipManagerId: z.uuid().nullable(),
        valueCents: z.number().int(),
        lastPersonalContact: z.string().nullable(),
        shortfalls: z.array(shortfallSchema),
      }),
    ),
    shortfallClientCount: z.number().int(),
    setUpFirst: z.enum(['categories', 'serviceConcepts']).nullable().openapi({
      description:
        'What the firm lacks for any norm to be judged: no client has a category, or no category a service concept',
    }),
  })
  .openapi('ComplianceReport');

export const fourPsByCategoryQuery = z.object({ fiscalYear });

const perP = z.object({
  project: z.number().int(),
  person: z.number().int(),
  process: z.number().int(),
  partnership: z.number().int(),
});
const categoryFourPs = z.object({
  categoryKey: z.string().nullable().openapi({ description: 'null: clients without a category' }),
  counts: perP,
  total: z.number().int().openapi({ description: 'Done activities in the period with a P' }),
  withoutP: z.number().int().openapi({ description: 'Done activities in the period without' }),
  shareBasisPoints: perP.openapi({ description: 'Adding up to 10,000 when total > 0' }),
  firstMissing: z.enum(fourPs).nullable(),
  clientsWithActivities: z.number().int(),
});

export const fourPsByCategorySchema = z
  .object({
    fiscalYear: z.number().int(),
    from: z.string(),
    to: z.string(),
    judgedAt: z.string(),
    advisedOrder: z.array(z.enum(fourPs)),
    firm: categoryFourPs,
    categories: z.array(categoryFourPs),
  })
  .openapi('FourPsByCategory');
