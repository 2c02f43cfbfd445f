// Choosing clients over HTTP (method §3): criteria, category schemes, scores, the scoring
// matrix, the preview and commit of a classification, a client's explanation and override.
// Keys of standard criteria, presets and categories are codes the web app translates.
import { z } from '@hono/zod-openapi';
import {
  criterionGroups,
  dataMeasures,
  largestScaleMax,
  maximumWeight,
  minimumWeight,
  presetSchemeKeys,
  rankingMethodKinds,
  schemeKinds,
} from '../../core/choosing/index.ts';
import { criteriaPresets } from './criteria.service.ts';

const name = (what: string) =>
  z
    .string({ error: `must be the ${what}'s name` })
    .trim()
    .min(1, 'must not be empty')
    .max(120, 'must be 120 characters or fewer');

const weight = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(minimumWeight, `must be ${minimumWeight} or more`)
  .max(maximumWeight, `must be ${maximumWeight} or less`);

const scaleMax = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(largestScaleMax, `must be ${largestScaleMax} or less`);

export const dataMappingSchema = z
  .object({
    measure: z.enum(dataMeasures),
    direction: z.enum(['higherIsBetter', 'lowerIsBetter']),
    thresholds: z
      .array(z.number().int('must be a whole number'))
      .max(largestScaleMax)
      .readonly()
      .openapi({ description: 'thresholds[k] earns score k + 1: cents, basis points or days' }),
  })
  .openapi('DataMapping');

export const criterionSchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    name: z.string().nullable().openapi({ description: "The firm's own criterion's name" }),
    group: z.enum(criterionGroups),
    source: z.enum(['data', 'judgement']),
    weight: z.number().int(),
    scaleMax: z.number().int(),
    active: z.boolean(),
    standard: z.boolean(),
    dataMapping: dataMappingSchema.nullable(),
  })
  .openapi('Criterion');

export const criterionListSchema = z
  .object({ items: z.array(criterionSchema) })
  .openapi('CriterionList');

export const criterionCreateSchema = z
  .object({ name: name('criterion'), group: z.enum(criterionGroups), weight, scaleMax })
  .strict()
  .openapi('CriterionCreate');

export const criterionUpdateSchema = z
  .object({
    name: name('criterion').nullable().optional(),
    weight: weight.optional(),
    scaleMax: scaleMax.optional(),
    active: z.boolean().optional(),
    source: z.enum(['data', 'judgement']).optional(),
    dataMapping: dataMappingSchema.nullable().optional(),
  })
  .strict()
  .openapi('CriterionUpdate');

export const criteriaPresetSchema = z
  .object({ preset: z.enum(criteriaPresets) })
  .strict()
  .openapi('CriteriaPreset');

export const criteriaOrderSchema = z
  .object({ ids: z.array(z.uuid()).max(500) })
  .strict()
  .openapi('CriteriaOrder');

const gradeBound = z.object({
  tenths: z.number().int().min(0).max(100).openapi({ description: 'The grade × 10: 80 is 8.0' }),
  inclusive: z.boolean().openapi({ description: 'from (true) or above (false) the grade' }),
});

export const categorySchema = z.object({
  key: z.string().trim().min(1).max(40),
  name: z.string().trim().max(80).nullable(),
  lowerBound: gradeBound,
});

const minimums = z.record(z.string(), z.number().int());

export const rankingMethodSchema = z
  .union([
    z.object({ kind: z.literal('weightedGrade') }),
    z.object({
      kind: z.literal('meetsAll'),
      levels: z
        .array(z.object({ categoryKey: z.string(), minimums }))
        .max(20)
        .readonly(),
    }),
    z.object({
      kind: z.literal('meetsXofY'),
      levels: z
        .array(z.object({ categoryKey: z.string(), minimums, atLeast: z.number().int() }))
        .max(20)
        .readonly(),
    }),
  ])
  .openapi('RankingMethod', { description: `One of ${rankingMethodKinds.join(', ')}` });

export const schemeSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    preset: z.string().nullable(),
    kind: z.enum(schemeKinds),
    categories: z.array(categorySchema),
    method: rankingMethodSchema,
    isPrimary: z.boolean(),
  })
  .openapi('CategoryScheme');

export const schemeListSchema = z
  .object({ items: z.array(schemeSchema) })
  .openapi('CategorySchemeList');

export const schemeCreateSchema = z
  .union([
    z.object({ preset: z.enum(presetSchemeKeys), name: name('scheme').optional() }).strict(),
    z
      .object({
        name: name('scheme'),
        kind: z.enum(schemeKinds),
        categories: z.array(categorySchema).min(2).max(12),
        method: rankingMethodSchema,
      })
      .strict(),
  ])
  .openapi('CategorySchemeCreate');

export const schemeUpdateSchema = z
  .object({
    name: name('scheme').optional(),
    categories: z.array(categorySchema).min(2).max(12).optional(),
    method: rankingMethodSchema.optional(),
  })
  .strict()
  .openapi('CategorySchemeUpdate');

export const setupChangesSchema = z
  .object({
    weights: z.record(z.uuid(), weight).optional().openapi({ description: 'By criterion id' }),
    categories: z.array(categorySchema).min(2).max(12).optional(),
    method: rankingMethodSchema.optional(),
  })
  .strict()
  .openapi('ClassificationChanges');

export const commitSchema = setupChangesSchema
  .extend({
    note: z.string().trim().max(2000).nullable().optional(),
    acceptDemotionsFromMissingScores: z
      .boolean()
      .optional()
      .openapi({
        description:
          'Commit even when clients move down only because scores are missing (the preview ' +
          'counts them); without it such a commit is refused',
      }),
  })
  .strict()
  .openapi('ClassificationCommit');

export const schemeQuery = z.object({
  schemeId: z.uuid().optional().openapi({ description: "Default: the firm's primary scheme" }),
});

export const matrixQuery = schemeQuery.extend({
  year: z.coerce.number().int().min(1900).max(2999).optional().openapi({
    description: 'The fiscal year whose figures score the data criteria; default the latest',
  }),
});

const categoryKey = z.string().nullable();

export const matrixSchema = z
  .object({
    scheme: schemeSchema,
    year: z.number().int(),
    criteria: z.array(criterionSchema).openapi({ description: 'The active criteria, in order' }),
    clients: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        sector: z.string().nullable(),
        sizeClass: z.string().nullable(),
        region: z.string().nullable(),
        relationshipManagerId: z.uuid().nullable(),
        scores: z.array(z.number().int().nullable()).openapi({
          description: 'Per criterion, in the order of criteria: the score that counts',
        }),
        flags: z.array(z.number().int()).openapi({
          description: 'Per criterion: 2 = agreed, 1 = scorers 2 or more points apart',
        }),
        total: z.number().int(),
        maximum: z.number().int().openapi({
          description: 'Σ weight × scale maximum over the criteria the client is scored on',
        }),
        grade: z.number(),
        unscoredCriteria: z.number().int().openapi({
          description: 'Criteria without a score, left out of the total and the maximum',
        }),
        computedCategory: categoryKey,
        category: categoryKey,
        overridden: z.boolean(),
        overrideReason: z.string().nullable(),
        committedCategory: categoryKey,
      }),
    ),
  })
  .openapi('ScoringMatrix');

const moveCount = z.object({ from: categoryKey, to: categoryKey, clients: z.number().int() });

export const previewSchema = z
  .object({
    clients: z.number().int(),
    counts: z.array(moveCount),
    moved: z.number().int(),
    unchanged: z.number().int(),
    withoutCategory: z.number().int(),
    heldByOverride: z.number().int(),
    byDirection: z
      .object({
        up: z.number().int(),
        down: z.number().int(),
        new: z.number().int(),
        unclassified: z.number().int(),
        otherScheme: z.number().int(),
      })
      .openapi({ description: 'How many clients move in each direction' }),
    notFullyScored: z.number().int().openapi({
      description: 'Clients with a criterion not scored, left out of their grade',
    }),
    downFromMissingScores: z.number().int().openapi({
      description:
        'Clients moving down who would not were their missing scores at the top of the scale',
    }),
    moves: z.array(
      z.object({
        clientId: z.uuid(),
        name: z.string(),
        from: categoryKey,
        to: categoryKey,
        direction: z.enum(['up', 'down', 'new', 'unclassified', 'otherScheme']),
        overridden: z.boolean(),
        fullyScored: z.boolean(),
        downFromMissingScores: z.boolean(),
      }),
    ),
  })
  .openapi('ClassificationPreview');

export const committedSchema = z
  .object({
    id: z.uuid(),
    clientCount: z.number().int(),
    moved: z.number().int(),
    downFromMissingScores: z.number().int(),
    counts: z.array(moveCount),
  })
  .openapi('ClassificationCommitted');

export const classificationListSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        schemeId: z.uuid(),
        clientCount: z.number().int(),
        note: z.string().nullable(),
        userId: z.uuid().nullable(),
        userName: z.string().nullable(),
        createdAt: z.string(),
        categories: z
          .array(z.object({ category: categoryKey, clients: z.number().int() }))
          .openapi({ description: 'Clients per category, best first; null: no category' }),
      }),
    ),
  })
  .openapi('ClassificationList');

export const scoreParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  criterionId: z.uuid().openapi({ param: { name: 'criterionId', in: 'path' } }),
});

export const scoreInputSchema = z
  .object({
    score: z.number().int('must be a whole number').min(0, 'must be 0 or more').nullable(),
    agreed: z.boolean().default(false),
  })
  .strict()
  .openapi('ScoreInput');

export const clientScoresSchema = z
  .object({
    items: z.array(
      z.object({
        criterion: criterionSchema,
        scorers: z.array(z.object({ userId: z.uuid(), name: z.string(), score: z.number().int() })),
        mine: z.number().int().nullable(),
        agreed: z.number().int().nullable(),
        score: z.number().int().nullable(),
        basis: z.enum(['agreed', 'median', 'none']),
        disagreement: z.boolean(),
      }),
    ),
  })
  .openapi('ClientScores');

export const explanationSchema = z
  .object({
    scheme: schemeSchema,
    year: z.number().int(),
    clientId: z.uuid(),
    criteria: z.array(
      z.object({
        criterion: criterionSchema,
        criterionKey: z.string(),
        weight: z.number().int(),
        scaleMax: z.number().int(),
        score: z.number().int().nullable(),
        contribution: z.number().int(),
        maxContribution: z.number().int(),
      }),
    ),
    total: z.number().int(),
    maximum: z.number().int(),
    grade: z.number(),
    missingCriteria: z.array(z.string()),
    computedCategory: categoryKey,
    category: categoryKey,
    overridden: z.boolean(),
    overrideReason: z.string().nullable(),
    ranking: z.unknown().openapi({
      description:
        'weightedGrade: the bound passed and the next category (points missing, scores enough ' +
        'alone); meetsAll / meetsXofY: every level with the minimums missed',
    }),
  })
  .openapi('CategoryExplanation');

export const clientCategoriesSchema = z
  .object({
    history: z.array(
      z.object({
        classificationId: z.uuid(),
        schemeId: z.uuid(),
        category: categoryKey,
        total: z.number().int(),
        maximum: z.number().int(),
        grade: z.number(),
        createdAt: z.string(),
        userName: z.string().nullable(),
      }),
    ),
    overrides: z.array(
      z.object({
        schemeId: z.uuid(),
        category: z.string(),
        reason: z.string(),
        createdAt: z.string(),
      }),
    ),
    endedOverrides: z
      .array(
        z.object({
          schemeId: z.uuid(),
          category: z.string(),
          reason: z.string(),
          setAt: z.string(),
          endedAt: z.string(),
        }),
      )
      .openapi({
        description:
          'Categories set by hand that were replaced or removed, newest first, with when they ' +
          'stood: the past is judged by them',
      }),
  })
  .openapi('ClientCategories');

export const overrideInputSchema = z
  .object({
    schemeId: z.uuid(),
    category: z.string().trim().min(1).max(40),
    reason: z.string().trim().min(1, 'must say why').max(2000),
  })
  .strict()
  .openapi('CategoryOverrideInput');

export const overrideSchema = z
  .object({ schemeId: z.uuid(), category: z.string(), reason: z.string() })
  .openapi('CategoryOverride');
