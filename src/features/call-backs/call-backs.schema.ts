// Call-back requests over HTTP (method §5): who called, when, for whom, and whether the call was
// returned within the category's call-back norm.
import { z } from '@hono/zod-openapi';
import { isoDate } from '../../kernel/schemas.ts';

const note = z.string().trim().max(2000, 'must be 2000 characters or fewer');

export const callBackSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    organizationName: z.string(),
    contactId: z.uuid().nullable(),
    contactName: z.string().nullable(),
    callerName: z.string().nullable(),
    calledOn: z.string(),
    forUserId: z.uuid(),
    forUserName: z.string().nullable(),
    note: z.string().nullable(),
    returnedOn: z.string().nullable(),
    category: z.string().nullable(),
    check: z.object({
      norm: z.enum(['sameWorkingDay', 'nextWorkingDay', 'asSoonAsPossible', 'none']),
      deadline: z.string().nullable(),
      status: z.enum(['onTime', 'late', 'open', 'overdue', 'noNorm']),
      workingDaysOverdue: z.number().int().openapi({
        description: 'Working days past the deadline it was returned, or is still open at today',
      }),
    }),
  })
  .openapi('CallBack');

export const callBackListSchema = z
  .object({ items: z.array(callBackSchema) })
  .openapi('CallBackList');

export const callBackCreateSchema = z
  .object({
    contactId: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: "One of the client's contacts" }),
    callerName: z.string().trim().max(200).nullable().optional().openapi({
      description: 'Who called, when not a known contact',
    }),
    calledOn: isoDate.optional().openapi({ description: 'Default: today' }),
    forUserId: z.uuid().optional().openapi({
      description: "Default: the client's relationship manager, else whoever records it",
    }),
    note: note.nullable().optional(),
  })
  .strict()
  .openapi('CallBackCreate');

export const callBackUpdateSchema = z
  .object({
    returnedOn: isoDate.nullable().optional().openapi({ description: 'null: not returned yet' }),
    forUserId: z.uuid().optional(),
    note: note.nullable().optional(),
  })
  .strict()
  .openapi('CallBackUpdate');

export const callBackQuery = z.object({
  forUserId: z.uuid().optional(),
  open: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: only calls not returned yet' }),
});
