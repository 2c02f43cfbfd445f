// Random valid settings and scores for property tests: criteria with any weight and scale,
// schemes with any ordered boundaries, levels for the meets methods, and scores with gaps.
import fc from 'fast-check';
import type { ClientScores } from './classify.ts';
import { standardCriterionKeys, type Criterion } from './criteria.ts';
import type { GradeBound } from './grade.ts';
import type { ClassificationSetup, RankingMethod } from './ranking.ts';
import type { CategoryScheme } from './schemes.ts';

export const criterionArbitrary: fc.Arbitrary<Criterion> = fc.record({
  key: fc.constantFrom(...standardCriterionKeys),
  group: fc.constantFrom('business', 'professional', 'strategic'),
  source: fc.constantFrom('data', 'judgement'),
  weight: fc.integer({ min: 1, max: 5 }),
  scaleMax: fc.oneof(fc.constant(3), fc.integer({ min: 1, max: 10 })),
  name: fc.constant(null),
});

export const criteriaArbitrary: fc.Arbitrary<Criterion[]> = fc.uniqueArray(criterionArbitrary, {
  selector: (criterion) => criterion.key,
  minLength: 1,
  maxLength: 15,
});

const boundArbitrary: fc.Arbitrary<GradeBound> = fc
  .record({ tenths: fc.integer({ min: 0, max: 100 }), inclusive: fc.boolean() })
  .filter((bound) => !(bound.tenths === 100 && !bound.inclusive))
  .filter((bound) => !(bound.tenths === 0 && bound.inclusive));

/** Schemes of 2 to 6 categories with strictly descending bounds, the lowest at 0 inclusive. */
export const schemeArbitrary: fc.Arbitrary<CategoryScheme> = fc
  .uniqueArray(boundArbitrary, {
    selector: (bound) => `${bound.tenths}${bound.inclusive}`,
    minLength: 1,
    maxLength: 5,
  })
  .map((bounds) => {
    const descending = [...bounds].sort(
      (a, b) => b.tenths - a.tenths || Number(a.inclusive) - Number(b.inclusive),
    );
    const all = [...descending, { tenths: 0, inclusive: true }];
    return {
      key: 'custom',
      name: 'Custom',
      kind: 'value' as const,
      categories: all.map((lowerBound, index) => ({
        key: `c${index}`,
        name: `Category ${index}`,
        lowerBound,
      })),
    };
  });

function methodArbitrary(
  criteria: readonly Criterion[],
  scheme: CategoryScheme,
): fc.Arbitrary<RankingMethod> {
  const levelFor = (categoryKey: string) =>
    fc.subarray([...criteria], { minLength: 1 }).chain((chosen) =>
      fc.record({
        categoryKey: fc.constant(categoryKey),
        minimums: fc
          .tuple(...chosen.map((criterion) => fc.integer({ min: 1, max: criterion.scaleMax })))
          .map((minimums) =>
            Object.fromEntries(chosen.map((criterion, i) => [criterion.key, minimums[i] ?? 1])),
          ),
        atLeast: fc.integer({ min: 1, max: chosen.length }),
      }),
    );
  const levels = fc.tuple(
    ...scheme.categories.slice(0, -1).map((category) => levelFor(category.key)),
  );
  return fc.oneof(
    fc.constant({ kind: 'weightedGrade' as const }),
    levels.map((all) => ({
      kind: 'meetsAll' as const,
      levels: all.map(({ categoryKey, minimums }) => ({ categoryKey, minimums })),
    })),
    levels.map((all) => ({ kind: 'meetsXofY' as const, levels: all })),
  );
}

export const setupArbitrary: fc.Arbitrary<ClassificationSetup> = fc
  .tuple(criteriaArbitrary, schemeArbitrary)
  .chain(([criteria, scheme]) =>
    methodArbitrary(criteria, scheme).map((method) => ({ criteria, scheme, method })),
  );

/** One client's scores for the criteria: each within its scale, or not scored. */
export function scoresArbitrary(
  criteria: readonly Criterion[],
): fc.Arbitrary<Record<string, number | null>> {
  return fc
    .tuple(
      ...criteria.map((criterion) =>
        fc.option(fc.integer({ min: 0, max: criterion.scaleMax }), { freq: 5 }),
      ),
    )
    .map((scores) => Object.fromEntries(criteria.map((c, i) => [c.key, scores[i] ?? null])));
}

export function clientsArbitrary(criteria: readonly Criterion[]): fc.Arbitrary<ClientScores[]> {
  return fc
    .array(scoresArbitrary(criteria), { maxLength: 30 })
    .map((all) => all.map((scores, index) => ({ clientId: `client-${index}`, scores })));
}
