// A professional's worklist over HTTP: what is due and overdue, most valuable client first.
import { z } from '@hono/zod-openapi';
import { worklistItemKinds } from '../../core/servicing/worklist.ts';
import { isoDate } from '../../kernel/schemas.ts';
import { fourPs } from '../../core/servicing/four-ps.ts';

export const worklistQuery = z.object({
  userId: z.uuid().optional().openapi({ description: 'Default: the one asking' }),
  until: isoDate
    .optional()
    .openapi({ description: 'Also what falls due up to this day; default today' }),
});

export const worklistSchema = z
  .object({
    userId: z.uuid(),
    today: z.string(),
    until: z.string(),
    items: z.array(
      z.object({
        kind: z.enum(worklistItemKinds),
        organizationId: z.uuid(),
        organizationName: z.string(),
        categoryKey: z.string().nullable(),
        valueCents: z.number().int(),
        itemId: z.uuid().nullable().openapi({
          description:
            'The call-back, proposal, activity, assignment to evaluate, improvement plan or complaint; null for a personal contact',
        }),
        label: z.string().nullable(),
        dueDate: z.string(),
        overdue: z.boolean(),
        daysOverdue: z.number().int().openapi({ description: 'Calendar days past the due date' }),
        workingDaysOverdue: z.number().int().nullable().openapi({
          description:
            'For a call-back, proposal or complaint with a norm in working days: the working days past its deadline',
        }),
        warning: z
          .object({
            risk: z.number().int(),
            priority: z.number().int(),
            signal: z.object({ nl: z.string(), en: z.string() }),
            action: z
              .object({
                p: z.enum(fourPs),
                words: z.object({ nl: z.string(), en: z.string() }),
              })
              .nullable(),
          })
          .nullable()
          .openapi({
            description:
              'For a client at risk (kind atRisk): its risk, priority, weightiest signal in words and the suggested four-P action; null for other kinds',
          }),
      }),
    ),
    setUpFirst: z
      .enum(['categories', 'serviceConcepts'])
      .nullable()
      .openapi({
        description:
          "What the firm lacks before any personal contact can fall due: 'categories' while no " +
          "client has a category, 'serviceConcepts' while no category has a service concept; " +
          'null when both are there',
      }),
  })
  .openapi('Worklist');

export const todaySchema = z
  .object({
    today: z.string().openapi({ example: '2026-11-26' }),
    timeZone: z.string().openapi({ example: 'Europe/Amsterdam' }),
  })
  .openapi('Today');
