// Goals per category over HTTP (method §4): the goals of a scheme's categories, on the method's
// measures or the firm's own, and their progress in a year. Measure keys are codes the web app
// translates; every measure is a whole number in its unit.
import { z } from '@hono/zod-openapi';
import { goalKinds, goalMeasures, measureUnits } from '../../core/choosing/index.ts';

const direction = z.enum(['atLeast', 'atMost']).openapi({
  description: 'atLeast: met at the target or more; atMost: at the target or less',
});
const target = z
  .number({ error: 'must be a number' })
  .openapi({ description: "A whole number in the measure's unit: basis points, cents, …" });
const goalName = z.string().trim().max(120, 'must be 120 characters or fewer');

export const goalSchema = z
  .object({
    id: z.uuid(),
    schemeId: z.uuid(),
    categoryKey: z.string(),
    kind: z.enum(goalKinds),
    measureKey: z.string().openapi({
      description: `One of ${Object.keys(goalMeasures).join(', ')}; the firm's own for custom`,
    }),
    name: z.string().nullable().openapi({ description: "The firm's own goal's name" }),
    unit: z.enum(measureUnits),
    direction,
    target: z.number().int(),
  })
  .openapi('CategoryGoal');

export const goalListSchema = z.object({ items: z.array(goalSchema) }).openapi('CategoryGoalList');

export const goalCreateSchema = z
  .object({
    categoryKey: z.string().trim().min(1).max(40),
    kind: z.enum(goalKinds),
    measureKey: z
      .string()
      .trim()
      .max(80)
      .optional()
      .openapi({ description: "The method's measure; not for the firm's own (custom) goals" }),
    name: goalName.nullable().optional().openapi({ description: 'Custom goals only' }),
    unit: z
      .enum(measureUnits)
      .optional()
      .openapi({ description: "Custom goals only (default count); else the measure's own" }),
    direction: direction.optional().openapi({ description: "Default: the measure's usual one" }),
    target,
  })
  .strict()
  .openapi('CategoryGoalCreate');

export const goalUpdateSchema = z
  .object({
    target: target.optional(),
    direction: direction.optional(),
    name: goalName.nullable().optional().openapi({ description: 'Custom goals only' }),
    unit: z.enum(measureUnits).optional().openapi({ description: 'Custom goals only' }),
  })
  .strict()
  .openapi('CategoryGoalUpdate');

export const progressQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2999).optional().openapi({
    description: 'The fiscal year to measure; default the latest with figures',
  }),
});

const goalStatus = z.enum(['met', 'notMet', 'notMeasured']);

export const goalProgressSchema = z
  .object({
    schemeId: z.uuid(),
    year: z.number().int(),
    categories: z.array(
      z.object({
        categoryKey: z.string(),
        clients: z.number().int().openapi({ description: 'Clients holding it with revenue' }),
        actuals: z
          .record(z.string(), z.number().int().nullable())
          .openapi({ description: 'Per measure; null: not measured yet' }),
      }),
    ),
    goals: z.array(
      z.object({
        goal: goalSchema,
        actual: z.number().int().nullable(),
        status: goalStatus,
        difference: z.number().int().nullable().openapi({ description: 'actual − target' }),
      }),
    ),
  })
  .openapi('CategoryGoalProgress');
