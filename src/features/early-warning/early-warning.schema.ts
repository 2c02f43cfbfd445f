// Early warning over HTTP (method §8): the clients at risk with every signal and its evidence,
// a client's signals, the acute signals professionals record, dismissals and the firm's weights.
import { z } from '@hono/zod-openapi';
import { acuteSignalKinds, signalKinds, type SignalKind } from '../../core/early-warning/signal.ts';
import { signalWeightRange } from '../../core/early-warning/risk.ts';
import { fourPs } from '../../core/servicing/four-ps.ts';
import { isoDate } from '../../kernel/schemas.ts';

const words = z.object({ nl: z.string(), en: z.string() });

export const signalSchema = z
  .object({
    kind: z.enum(signalKinds),
    acute: z.boolean().openapi({ description: 'Recorded by a professional rather than derived' }),
    evidence: z.record(z.string(), z.union([z.number(), z.string(), z.null()])).openapi({
      description: 'The numbers and dates the signal is derived from (cents, days, counts)',
    }),
    textKey: z.string(),
    text: words.openapi({ description: 'The evidence in words, in Dutch and English' }),
    weight: z.number().int(),
    fingerprint: z.string(),
    dismissal: z
      .object({ reason: z.string(), dismissedOn: z.string(), dismissedBy: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Set while a dismissal covers the signal; it does not count then' }),
  })
  .openapi('RiskSignal');

const actionSchema = z
  .object({ p: z.enum(fourPs), words })
  .nullable()
  .openapi({ description: 'What to do first: for the weightiest signal that counts' });

export const clientRiskSchema = z
  .object({
    organizationId: z.uuid(),
    name: z.string(),
    categoryKey: z.string().nullable(),
    relationshipManagerId: z.uuid().nullable(),
    valueCents: z
      .number()
      .int()
      .openapi({ description: 'Revenue of the last complete fiscal year' }),
    risk: z.number().int().openapi({ description: 'The weights of the signals that count, added' }),
    categoryWeight: z.number().int(),
    priority: z.number().int().openapi({ description: 'The risk times the category weight' }),
    signals: z.array(signalSchema),
    suggestedAction: actionSchema,
  })
  .openapi('ClientRisk');

export const atRiskQuery = z.object({
  managerId: z
    .uuid()
    .optional()
    .openapi({ description: 'Only the clients this professional manages' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const atRiskListSchema = z
  .object({ today: z.string(), total: z.number().int(), clients: z.array(clientRiskSchema) })
  .openapi('AtRiskList');

export const recordedSignalSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(acuteSignalKinds),
    recordedOn: z.string(),
    note: z.string().nullable(),
    recordedBy: z.string().nullable(),
  })
  .openapi('RecordedSignal');

export const clientSignalsSchema = z
  .object({
    today: z.string(),
    client: clientRiskSchema.nullable().openapi({
      description: 'Null for an organisation that is not a current client',
    }),
    recorded: z.array(recordedSignalSchema),
  })
  .openapi('ClientSignals');

export const recordSignalSchema = z
  .object({
    kind: z.enum(acuteSignalKinds),
    recordedOn: isoDate.optional().openapi({ description: 'Default: today' }),
    note: z.string().trim().max(2000, 'must be 2000 characters or fewer').nullable().optional(),
  })
  .strict();

export const dismissSchema = z
  .object({
    kind: z.enum(signalKinds),
    reason: z
      .string()
      .trim()
      .min(1, 'says why the signal is dismissed')
      .max(2000, 'must be 2000 characters or fewer'),
  })
  .strict();

export const kindParam = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  kind: z.enum(signalKinds).openapi({ param: { name: 'kind', in: 'path' } }),
});

const weight = z
  .number()
  .int('must be a whole number')
  .min(signalWeightRange.min, 'must be 0 to 100')
  .max(signalWeightRange.max, 'must be 0 to 100');

const weightsShape = Object.fromEntries(signalKinds.map((kind) => [kind, weight])) as Record<
  SignalKind,
  typeof weight
>;

export const weightsSchema = z
  .object({ weights: z.object(weightsShape), defaults: z.object(weightsShape) })
  .openapi('SignalWeights');

export const weightsUpdateSchema = z
  .object({ weights: z.object(weightsShape).partial().strict() })
  .strict();
