// Complaints over HTTP (method §7, §15): who complained, about what, how heavily, whom it
// concerns, each step's day, and each step against the norms of the client's category.
import { z } from '@hono/zod-openapi';
import { complaintSeverities, complaintStatuses } from '../../core/satisfaction/complaint.ts';
import { isoDate } from '../../kernel/schemas.ts';

const subject = z
  .string()
  .trim()
  .min(1, 'say what the complaint is about')
  .max(200, 'must be 200 characters or fewer');
const description = z.string().trim().max(4000, 'must be 4000 characters or fewer');

const requestCheck = z.object({
  deadline: z.string().nullable(),
  status: z.enum(['onTime', 'late', 'open', 'overdue', 'noNorm']),
  workingDaysOverdue: z.number().int(),
});

export const complaintSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    professionalId: z.uuid().nullable(),
    professionalName: z.string().nullable(),
    followedUpById: z.uuid().nullable().openapi({
      description: 'Who follows it up: the professional concerned, else the relationship manager',
    }),
    followedUpByName: z.string().nullable(),
    subject: z.string(),
    description: z.string().nullable(),
    severity: z.enum(complaintSeverities),
    status: z.enum(complaintStatuses),
    receivedOn: z.string(),
    acknowledgedOn: z.string().nullable(),
    solvedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    category: z.string().nullable().openapi({
      description: 'The category the client had on the day the complaint came in',
    }),
    check: z.object({
      acknowledgeWorkingDays: z.number().int().nullable(),
      solveWorkingDays: z.number().int().nullable(),
      acknowledge: requestCheck,
      solve: requestCheck,
      resolutionWorkingDays: z.number().int().nullable().openapi({
        description: 'Working days after the day it came in up to the day it was solved',
      }),
      nextStep: z.enum(['acknowledge', 'solve', 'close']).nullable(),
      nextDeadline: z.string().nullable(),
      workingDaysOverdue: z.number().int(),
    }),
  })
  .openapi('Complaint');

export const complaintListSchema = z
  .object({ items: z.array(complaintSchema) })
  .openapi('ComplaintList');

export const complaintCreateSchema = z
  .object({
    contactId: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: "One of the client's contacts" }),
    subject,
    description: description.nullable().optional(),
    severity: z.enum(complaintSeverities).optional().openapi({ description: 'Default: serious' }),
    professionalId: z.uuid().nullable().optional().openapi({
      description: 'The professional it concerns; left out or null: none named',
    }),
    receivedOn: isoDate.optional().openapi({ description: "Default: the firm's today" }),
  })
  .strict()
  .openapi('ComplaintCreate');

export const complaintUpdateSchema = z
  .object({
    status: z
      .enum(complaintStatuses)
      .optional()
      .openapi({
        description:
          'Move the complaint to this step: the steps up to it not taken yet are taken on `on`, ' +
          'the later ones undone',
      }),
    on: isoDate
      .optional()
      .openapi({ description: "The day of the move; default: the firm's today" }),
    contactId: z.uuid().nullable().optional(),
    subject: subject.optional(),
    description: description.nullable().optional(),
    severity: z.enum(complaintSeverities).optional(),
    professionalId: z.uuid().nullable().optional(),
    receivedOn: isoDate.optional(),
    acknowledgedOn: isoDate.nullable().optional(),
    solvedOn: isoDate.nullable().optional(),
    closedOn: isoDate.nullable().optional(),
  })
  .strict()
  .openapi('ComplaintUpdate');

const truth = z.enum(['true', 'false']).optional();

export const complaintQuery = z.object({
  status: z.enum(complaintStatuses).optional(),
  category: z.string().min(1).max(40).optional().openapi({
    description: 'The category the client had when the complaint came in',
  }),
  professionalId: z.uuid().optional().openapi({
    description: 'Complaints concerning this professional, or followed up by them',
  }),
  open: truth.openapi({ description: 'true: only complaints not closed yet' }),
  from: isoDate.optional().openapi({ description: 'Came in on or after this day' }),
  to: isoDate.optional().openapi({ description: 'Came in on or before this day' }),
});

const tally = z.object({
  count: z.number().int(),
  open: z.number().int(),
  solved: z.number().int(),
  averageResolutionWorkingDays: z.number().nullable(),
  medianResolutionWorkingDays: z.number().nullable(),
  acknowledgedWithinNorm: z.number().int(),
  acknowledgedJudged: z.number().int(),
  solvedWithinNorm: z.number().int(),
  solvedJudged: z.number().int(),
});

export const complaintReportSchema = z
  .object({
    from: z.string().nullable(),
    to: z.string(),
    firm: tally,
    byCategory: z.array(tally.extend({ category: z.string().nullable() })),
    byProfessional: z.array(
      tally.extend({
        professionalId: z.uuid().nullable(),
        professionalName: z.string().nullable(),
      }),
    ),
    byClient: z.array(tally.extend({ organizationId: z.uuid(), organizationName: z.string() })),
  })
  .openapi('ComplaintReport', {
    description:
      'Complaints per category, professional and client: counts, resolution time in working ' +
      'days, and the steps taken within the norm',
  });

export const complaintReportQuery = z.object({
  from: isoDate.optional().openapi({ description: 'Came in on or after this day; default: all' }),
  to: isoDate.optional().openapi({ description: 'Came in on or before this day; default: today' }),
});
