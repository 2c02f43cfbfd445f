// The criteria a firm chooses its clients by, method.md §3.1: the standard catalogue of fifteen
// in three groups, the freelancer's short list, and the firm's own criteria in the same shape.
import { isWholeBetween, repeatedIndexes, type Problem } from './problems.ts';

export const criterionGroups = ['business', 'professional', 'strategic'] as const;
export type CriterionGroup = (typeof criterionGroups)[number];

/** 'data' when figures can answer the criterion, 'judgement' when people score it. */
export const criterionSources = ['data', 'judgement'] as const;
export type CriterionSource = (typeof criterionSources)[number];

/** The fifteen standard criteria in the method's order; the web translates the keys. */
export const standardCriterionKeys = [
  'revenue',
  'margin',
  'clientGrowth',
  'priceSensitivity',
  'paymentBehaviour',
  'challengingWork',
  'cooperation',
  'learning',
  'appreciation',
  'reputation',
  'newServices',
  'reference',
  'image',
  'fit',
  'partnership',
] as const;
export type StandardCriterionKey = (typeof standardCriterionKeys)[number];

/** Weights run from 1 (hardly matters) to 5 (matters most). */
export const minimumWeight = 1;
export const maximumWeight = 5;
/** Scores run from 0 (poor) to the criterion's scale maximum, 3 (very good) by default. */
export const defaultScaleMax = 3;
/** The largest scale maximum: scores must fit the compact score form (one byte per score). */
export const largestScaleMax = 10;

/** One criterion as a firm uses it: the standard ones and the firm's own share this shape. */
export type Criterion = {
  /** Stable key: a standard key, or the firm's own key for its own criterion. */
  key: string;
  group: CriterionGroup;
  source: CriterionSource;
  /** How much the criterion counts, a whole number from 1 to 5. */
  weight: number;
  /** The best score; scores are whole numbers from 0 to this. */
  scaleMax: number;
  /** The firm's name for its own criterion; null for a standard one (the web translates the key). */
  name: string | null;
};

// Revenue, margin, growth and payment behaviour can be read from the books; satisfaction joins
// them once surveys are recorded. Everything else is judged by people.
const catalogue: Record<StandardCriterionKey, { group: CriterionGroup; source: CriterionSource }> =
  {
    revenue: { group: 'business', source: 'data' },
    margin: { group: 'business', source: 'data' },
    clientGrowth: { group: 'business', source: 'data' },
    priceSensitivity: { group: 'business', source: 'judgement' },
    paymentBehaviour: { group: 'business', source: 'data' },
    challengingWork: { group: 'professional', source: 'judgement' },
    cooperation: { group: 'professional', source: 'judgement' },
    learning: { group: 'professional', source: 'judgement' },
    appreciation: { group: 'professional', source: 'judgement' },
    reputation: { group: 'professional', source: 'judgement' },
    newServices: { group: 'strategic', source: 'judgement' },
    reference: { group: 'strategic', source: 'judgement' },
    image: { group: 'strategic', source: 'judgement' },
    fit: { group: 'strategic', source: 'judgement' },
    partnership: { group: 'strategic', source: 'judgement' },
  };

/** Whether the key names a criterion of the standard catalogue. */
export function isStandardCriterionKey(key: string): key is StandardCriterionKey {
  return Object.hasOwn(catalogue, key);
}

/** A standard criterion (method.md §3.1) with its group and source, at the given weight and scale. */
export function standardCriterion(
  key: StandardCriterionKey,
  weight: number,
  scaleMax = defaultScaleMax,
): Criterion {
  return { key, ...catalogue[key], weight, scaleMax, name: null };
}

/** The whole standard catalogue, every criterion at the middle weight 3: the firm's start. */
export function standardCriteria(): Criterion[] {
  return standardCriterionKeys.map((key) => standardCriterion(key, 3));
}

/**
 * The freelancer's "poen, pret & prestige" (method.md §3.1): revenue plus strengthens my
 * portfolio (image), pleasant to work with (cooperation), large network (reference) and develops
 * new services with me (newServices). The first four carry the weights of the method's worked
 * example (5, 2, 3, 1); the method takes three of the last four, so a freelancer drops one.
 */
export function moneyFunPrestigeCriteria(): Criterion[] {
  return [
    standardCriterion('revenue', 5),
    standardCriterion('image', 2),
    standardCriterion('reference', 3),
    standardCriterion('cooperation', 1),
    standardCriterion('newServices', 1),
  ];
}

export type CriterionProblemCode =
  | 'no_criteria'
  | 'key_missing'
  | 'key_duplicate'
  | 'weight_out_of_range'
  | 'scale_max_out_of_range'
  | 'name_missing'
  | 'group_unknown'
  | 'source_unknown';

/**
 * Every problem with a firm's criteria: at least one criterion, keys present and unique, whole
 * weights from 1 to 5, whole scale maxima from 1 to 10, and a name for every criterion that is
 * not from the standard catalogue (standard ones may carry a name of the firm's own).
 */
export function criteriaProblems(criteria: readonly Criterion[]): Problem<CriterionProblemCode>[] {
  const problems: Problem<CriterionProblemCode>[] = [];
  if (criteria.length === 0) problems.push({ code: 'no_criteria', path: ['criteria'] });
  criteria.forEach((criterion, index) => {
    const at = (field: string): Problem<CriterionProblemCode>['path'] => ['criteria', index, field];
    if (criterion.key.trim() === '') problems.push({ code: 'key_missing', path: at('key') });
    if (!(criterionGroups as readonly string[]).includes(criterion.group))
      problems.push({ code: 'group_unknown', path: at('group') });
    if (!(criterionSources as readonly string[]).includes(criterion.source))
      problems.push({ code: 'source_unknown', path: at('source') });
    if (!isWholeBetween(criterion.weight, minimumWeight, maximumWeight))
      problems.push({ code: 'weight_out_of_range', path: at('weight') });
    if (!isWholeBetween(criterion.scaleMax, 1, largestScaleMax))
      problems.push({ code: 'scale_max_out_of_range', path: at('scaleMax') });
    if (!isStandardCriterionKey(criterion.key) && (criterion.name ?? '').trim() === '')
      problems.push({ code: 'name_missing', path: at('name') });
  });
  for (const index of repeatedIndexes(criteria.map((criterion) => criterion.key)))
    problems.push({ code: 'key_duplicate', path: ['criteria', index, 'key'] });
  return problems;
}
