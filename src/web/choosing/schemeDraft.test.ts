import { describe, expect, it } from 'vitest';
import type { Criterion, Scheme } from './queries.ts';
import {
  addCategory,
  categoryKeysFor,
  categoryNameProblems,
  defaultLevels,
  draftProblems,
  emptyDraft,
  evenBounds,
  methodDraftOf,
  methodDraftProblems,
  moveCategory,
  removeCategory,
  schemeCreateBody,
  schemeNameProblems,
  type MethodDraft,
  type SchemeDraft,
} from './schemeDraft.ts';

const criterion = (key: string, scaleMax = 3): Criterion => ({
  id: `00000000-0000-4000-8000-00000000000${key.length}`,
  key,
  name: null,
  group: 'business',
  source: 'judgement',
  weight: 3,
  scaleMax,
  active: true,
  standard: true,
  dataMapping: null,
});
const criteria = [criterion('revenue'), criterion('image'), criterion('reference', 5)];

const draft = (change: Partial<SchemeDraft> = {}): SchemeDraft => ({
  ...emptyDraft(criteria),
  name: 'Strategic fit',
  categoryNames: ['Gold', 'Silver', 'Bronze'],
  ...change,
});

const codes = (problems: { code: string; field: string }[]) =>
  problems.map((problem) => `${problem.field}:${problem.code}`);

describe('a scheme draft', () => {
  it('needs a name of at most 120 characters', () => {
    expect(codes(schemeNameProblems('  '))).toEqual(['name:nameMissing']);
    expect(codes(schemeNameProblems('x'.repeat(121)))).toEqual(['name:nameTooLong']);
    expect(schemeNameProblems('Warmth')).toEqual([]);
  });

  it('needs two to twelve categories, each named once, whatever the case', () => {
    expect(codes(categoryNameProblems(['Only']))).toEqual(['categories:tooFewCategories']);
    expect(codes(categoryNameProblems(Array.from({ length: 13 }, (_, i) => `C${i}`)))).toEqual([
      'categories:tooManyCategories',
    ]);
    expect(codes(categoryNameProblems(['Gold', ' ', 'gold ', 'x'.repeat(81)]))).toEqual([
      'categories.1:categoryNameMissing',
      'categories.2:categoryNameDuplicate',
      'categories.3:categoryNameTooLong',
    ]);
    expect(categoryNameProblems(['Gold', 'Silver'])).toEqual([]);
  });

  it('starts the levels at the method example: the best asks most, never beyond the scale', () => {
    const { levels } = emptyDraft(criteria).method;
    expect(levels[0]).toEqual({ minimums: { revenue: 2, image: 2, reference: 2 }, atLeast: 2 });
    expect(levels[1]).toEqual({ minimums: { revenue: 1, image: 1, reference: 1 }, atLeast: 2 });
    expect(defaultLevels(5, criteria)[0]?.minimums).toEqual({ revenue: 3, image: 3, reference: 4 });
    // a category added at the bottom asks least of the levels
    const four = addCategory(draft(), criteria);
    expect(four.categoryNames).toEqual(['Gold', 'Silver', 'Bronze', '']);
    expect(four.method.levels[3]?.minimums).toEqual({ revenue: 1, image: 1, reference: 1 });
  });

  it('refuses a level without minimums, a minimum beyond the scale and x above y', () => {
    const base = emptyDraft(criteria).method;
    const method: MethodDraft = {
      kind: 'meetsXofY',
      levels: [
        { minimums: { revenue: null, image: 4, reference: 5 }, atLeast: 3 },
        { minimums: { revenue: null, image: null, reference: null }, atLeast: 1 },
        // the lowest category takes the rest: its level is never checked
        { minimums: {}, atLeast: null },
      ],
    };
    expect(codes(methodDraftProblems(method, 3, criteria))).toEqual([
      'levels.0.minimums.image:minimumOutOfRange',
      'levels.0.atLeast:atLeastOutOfRange',
      'levels.1:levelEmpty',
    ]);
    expect(methodDraftProblems({ ...method, kind: 'weightedGrade' }, 3, criteria)).toEqual([]);
    expect(codes(methodDraftProblems({ ...base, kind: 'meetsAll' }, 3, []))).toEqual([
      'method:noCriteria',
    ]);
    expect(methodDraftProblems({ ...base, kind: 'meetsXofY' }, 3, criteria)).toEqual([]);
  });

  it('makes stable keys from names, never the same twice', () => {
    expect(categoryKeysFor(['Koester', 'Béhoud!', 'béhoud', '***'])).toEqual([
      'koester',
      'behoud',
      'behoud-2',
      'category-4',
    ]);
  });

  it('spreads boundaries evenly, the lowest from 0', () => {
    expect(evenBounds(2)).toEqual([
      { tenths: 50, inclusive: true },
      { tenths: 0, inclusive: true },
    ]);
    expect(evenBounds(4).map((bound) => bound.tenths)).toEqual([75, 50, 25, 0]);
  });

  it('becomes the body the API takes: x of y with a level for all but the lowest', () => {
    const ready = draft({
      method: {
        kind: 'meetsXofY',
        levels: [
          { minimums: { revenue: 3, image: null, reference: 4 }, atLeast: 1 },
          { minimums: { revenue: 1, image: 1, reference: null }, atLeast: 2 },
          { minimums: { revenue: 1 }, atLeast: 1 },
        ],
      },
    });
    expect(draftProblems(ready, criteria)).toEqual([]);
    expect(schemeCreateBody(ready, criteria)).toEqual({
      name: 'Strategic fit',
      kind: 'value',
      categories: [
        { key: 'gold', name: 'Gold', lowerBound: { tenths: 67, inclusive: true } },
        { key: 'silver', name: 'Silver', lowerBound: { tenths: 33, inclusive: true } },
        { key: 'bronze', name: 'Bronze', lowerBound: { tenths: 0, inclusive: true } },
      ],
      method: {
        kind: 'meetsXofY',
        levels: [
          { categoryKey: 'gold', minimums: { revenue: 3, reference: 4 }, atLeast: 1 },
          { categoryKey: 'silver', minimums: { revenue: 1, image: 1 }, atLeast: 2 },
        ],
      },
    });
    const meetsAll = schemeCreateBody(
      { ...ready, method: { ...ready.method, kind: 'meetsAll' } },
      criteria,
    );
    expect(meetsAll.method).toEqual({
      kind: 'meetsAll',
      levels: [
        { categoryKey: 'gold', minimums: { revenue: 3, reference: 4 } },
        { categoryKey: 'silver', minimums: { revenue: 1, image: 1 } },
      ],
    });
  });

  it('keeps each level with its category when categories move or go', () => {
    const ready = draft();
    const gold = ready.method.levels[0];
    const moved = moveCategory(ready, 0, 1);
    expect(moved.categoryNames).toEqual(['Silver', 'Gold', 'Bronze']);
    expect(moved.method.levels[1]).toBe(gold);
    expect(moveCategory(ready, 0, -1)).toBe(ready);
    const removed = removeCategory(ready, 1);
    expect(removed.categoryNames).toEqual(['Gold', 'Bronze']);
    expect(removed.method.levels).toHaveLength(2);
    expect(removed.method.levels[0]).toBe(gold);
  });

  it('reads a scheme’s levels back, with criteria it does not name left out', () => {
    const scheme: Scheme = {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Fit',
      preset: null,
      kind: 'value',
      isPrimary: false,
      categories: ['gold', 'silver'].map((key, index) => ({
        key,
        name: key,
        lowerBound: evenBounds(2)[index]!,
      })),
      method: {
        kind: 'meetsXofY',
        levels: [{ categoryKey: 'gold', minimums: { revenue: 2, gone: 1 }, atLeast: 1 }],
      },
    };
    expect(methodDraftOf(scheme, criteria)).toEqual({
      kind: 'meetsXofY',
      levels: [
        { minimums: { revenue: 2, image: null, reference: null }, atLeast: 1 },
        { minimums: { revenue: 1, image: 1, reference: 1 }, atLeast: 2 },
      ],
    });
  });
});
