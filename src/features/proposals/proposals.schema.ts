// Proposals over HTTP (method §5, §11): a client's proposals with their stage, value, owner and
// acquisition angle, and the turnaround of each against its category's norm.
import { z } from '@hono/zod-openapi';
import { acquisitionAngles, proposalStages } from '../../core/servicing/proposal-stages.ts';
import { isoDate } from '../../kernel/schemas.ts';

const cents = z
  .number({ error: 'must be a number' })
  .int('must be whole cents')
  .min(0, 'cannot be negative')
  .max(1e13, 'is too large');
const title = z.string().trim().min(1, 'is required').max(200, 'must be 200 characters or fewer');
const lostReason = z.string().trim().max(500, 'must be 500 characters or fewer');

export const proposalSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    title: z.string(),
    stage: z.enum(proposalStages),
    requestedOn: z.string(),
    sentOn: z.string().nullable(),
    decidedOn: z.string().nullable(),
    valueCents: z.number().int().nullable(),
    lostReason: z.string().nullable(),
    ownerId: z.uuid().nullable(),
    ownerName: z.string().nullable(),
    angle: z.enum(acquisitionAngles).nullable(),
    position: z.number().int(),
    /** The client's category now in the primary scheme; null: a new client. */
    category: z.string().nullable(),
    turnaround: z.object({
      normWorkingDays: z.number().int().nullable(),
      deadline: z.string().nullable(),
      workingDaysTaken: z.number().int().nullable().openapi({
        description: 'Working days after the request day up to the day it was sent',
      }),
      status: z.enum(['onTime', 'late', 'open', 'overdue', 'noNorm']),
      workingDaysOverdue: z.number().int().openapi({
        description: 'Working days past the deadline it was sent, or is still unsent at today',
      }),
    }),
  })
  .openapi('Proposal');

export const proposalListSchema = z
  .object({ items: z.array(proposalSchema) })
  .openapi('ProposalList');

export const proposalCreateSchema = z
  .object({
    title,
    stage: z.enum(proposalStages).optional().openapi({ description: 'Default: request' }),
    requestedOn: isoDate.optional().openapi({ description: 'Default: today' }),
    sentOn: isoDate.nullable().optional(),
    decidedOn: isoDate.nullable().optional(),
    valueCents: cents.nullable().optional(),
    lostReason: lostReason.nullable().optional(),
    ownerId: z.uuid().nullable().optional().openapi({ description: 'Default: the creator' }),
    angle: z.enum(acquisitionAngles).nullable().optional(),
  })
  .strict()
  .openapi('ProposalCreate');

export const proposalUpdateSchema = z
  .object({
    title: title.optional(),
    stage: z.enum(proposalStages).optional(),
    requestedOn: isoDate.optional(),
    sentOn: isoDate.nullable().optional(),
    decidedOn: isoDate.nullable().optional(),
    valueCents: cents.nullable().optional(),
    lostReason: lostReason.nullable().optional(),
    ownerId: z.uuid().nullable().optional(),
    angle: z.enum(acquisitionAngles).nullable().optional(),
    position: z.number().int().min(0).max(1_000_000).optional().openapi({
      description: "The card's place in its column on the board",
    }),
  })
  .strict()
  .openapi('ProposalUpdate');

export const boardQuery = z.object({
  ownerId: z.uuid().optional(),
  decidedSince: isoDate.optional().openapi({
    description: 'Won and lost proposals decided on or after this day (default: 90 days ago)',
  }),
});
