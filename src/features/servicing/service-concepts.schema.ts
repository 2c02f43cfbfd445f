// Service concepts over HTTP (method §5): per category of a scheme the norms the firm set for how
// it treats those clients; a category without its own shows the default norms.
import { z } from '@hono/zod-openapi';
import {
  callBackNorms,
  giftPolicies,
  serviceConceptLimits,
} from '../../core/servicing/service-concept.ts';
import { serviceConceptPresetKeys } from '../../core/servicing/service-presets.ts';

const whole = z.number({ error: 'must be a number' });

export const serviceNormsSchema = z
  .object({
    personalContactIntervalDays: whole.nullable().openapi({
      description: `Calendar days between personal contacts at most (1–${serviceConceptLimits.intervalDays}); null: no interval`,
    }),
    callBack: z.enum(callBackNorms),
    proposalTurnaroundWorkingDays: whole.nullable().openapi({
      description: `A proposal sent within this many working days of the request (1–${serviceConceptLimits.turnaroundWorkingDays}); null: no norm`,
    }),
    complaintAcknowledgeWorkingDays: whole.nullable().openapi({
      description: `A complaint acknowledged within this many working days of coming in (1–${serviceConceptLimits.turnaroundWorkingDays}); null: no norm`,
    }),
    complaintSolveWorkingDays: whole.nullable().openapi({
      description: `A complaint solved within this many working days of coming in (1–${serviceConceptLimits.turnaroundWorkingDays}), no fewer than to acknowledge; null: no norm`,
    }),
    mailing: z.boolean(),
    giftPolicy: z.enum(giftPolicies),
    evaluationAfterEachAssignment: z.boolean(),
    yearlyEvaluationConversation: z.boolean(),
    accountPlanRequired: z.boolean(),
    yearlyRevenueForecast: z.boolean(),
    secondProfessionalPerAssignment: z.boolean(),
    minimumPersonalContactsPerYear: whole.openapi({
      description: `Personal contacts a year at least (0–${serviceConceptLimits.personalContactsPerYear})`,
    }),
    ownNorms: z.string().openapi({
      description: `The firm's own norms in its words (at most ${serviceConceptLimits.ownNormsLength} characters)`,
    }),
  })
  .strict()
  .openapi('ServiceNorms');

/**
 * The norms as a firm sends them: the complaint norms may be left out by a client written before
 * they existed, and then take their defaults (decision 0038).
 */
export const serviceNormsInputSchema = serviceNormsSchema
  .extend({
    complaintAcknowledgeWorkingDays: serviceNormsSchema.shape.complaintAcknowledgeWorkingDays
      .optional()
      .openapi({ description: 'Working days to acknowledge a complaint; left out: 2' }),
    complaintSolveWorkingDays: serviceNormsSchema.shape.complaintSolveWorkingDays
      .optional()
      .openapi({ description: 'Working days to solve a complaint; left out: 10' }),
  })
  .strict()
  .openapi('ServiceNormsInput');

export const serviceConceptSchema = serviceNormsSchema
  .extend({
    categoryKey: z.string(),
    /** The firm's name of its own category; null for a preset one. */
    categoryName: z.string().nullable(),
    set: z
      .boolean()
      .openapi({ description: 'false: the firm set nothing, these are the defaults' }),
  })
  .openapi('ServiceConcept');

export const serviceConceptListSchema = z
  .object({ schemeId: z.uuid(), items: z.array(serviceConceptSchema) })
  .openapi('ServiceConceptList', { description: 'One per category of the scheme, best first' });

export const serviceConceptPresetSchema = z
  .object({ preset: z.enum(serviceConceptPresetKeys) })
  .strict()
  .openapi('ServiceConceptPreset', {
    description:
      "A preset's concepts go to the scheme's categories in order, best first; categories beyond " +
      "the preset's keep what they have",
  });

export const categoryParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  category: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: 'category', in: 'path' }, description: "The category's key" }),
});
