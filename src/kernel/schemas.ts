// Request pieces every feature uses: a row's id in the path and a calendar day.
import { z } from '@hono/zod-openapi';
import { ownReason } from '../core/field-reasons.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    { message: 'is not a real date', params: ownReason('realDate') },
  )
  .openapi({ example: '2024-12-31' });

export const idParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
