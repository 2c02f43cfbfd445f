import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemeArbitrary } from './choosing.arbitrary.ts';
import { fullGradeTenths } from './grade.ts';
import {
  categoryIndexForGrade,
  gradeInCategory,
  presetScheme,
  presetSchemeKeys,
  schemeProblems,
  type CategoryScheme,
} from './schemes.ts';

const keysOf = (scheme: CategoryScheme) => scheme.categories.map((category) => category.key);

describe('the preset schemes', () => {
  it('are valid, best category first, with the warmth scheme marked as such', () => {
    for (const key of presetSchemeKeys) expect(schemeProblems(presetScheme(key))).toEqual([]);
    expect(keysOf(presetScheme('abc'))).toEqual(['A', 'B', 'C']);
    expect(keysOf(presetScheme('sabc'))).toEqual(['S', 'A', 'B', 'C']);
    expect(keysOf(presetScheme('koesterBehoudBewaar'))).toEqual(['koester', 'behoud', 'bewaar']);
    expect(keysOf(presetScheme('redYellowBlue'))).toEqual(['red', 'yellow', 'blue']);
    expect(presetScheme('redYellowBlue').kind).toBe('warmth');
    expect(presetScheme('abc').kind).toBe('value');
  });
  it('place above 8 in A, 6 to 8 in B and below 6 in C (method.md §3.3)', () => {
    const abc = presetScheme('abc');
    const categoryOf = (total: number, maximum: number) =>
      abc.categories[categoryIndexForGrade(abc, total, maximum)]?.key;
    expect(categoryOf(27, 33)).toBe('A'); // 8.18
    expect(categoryOf(13, 33)).toBe('C'); // 3.94
    expect(categoryOf(81, 100)).toBe('A');
    expect(categoryOf(80, 100)).toBe('B'); // exactly 8 is not above 8
    expect(categoryOf(60, 100)).toBe('B');
    expect(categoryOf(59, 100)).toBe('C');
    expect(categoryOf(0, 100)).toBe('C');
    expect(categoryOf(100, 100)).toBe('A');
    const sabc = presetScheme('sabc');
    expect(sabc.categories[categoryIndexForGrade(sabc, 9, 10)]?.key).toBe('S');
    expect(sabc.categories[categoryIndexForGrade(sabc, 89, 100)]?.key).toBe('A');
  });
});

describe('schemeProblems', () => {
  const custom = (bounds: [number, boolean][]): CategoryScheme => ({
    key: 'tiers',
    name: 'Tiers',
    kind: 'value',
    categories: bounds.map(([tenths, inclusive], index) => ({
      key: `t${index}`,
      name: `Tier ${index}`,
      lowerBound: { tenths, inclusive },
    })),
  });

  it('accepts a custom scheme with its own names', () => {
    expect(
      schemeProblems(
        custom([
          [75, true],
          [40, false],
          [0, true],
        ]),
      ),
    ).toEqual([]);
  });
  it('refuses bounds that leave a gap, overlap or fall outside 0–10', () => {
    const codes = (scheme: CategoryScheme) => schemeProblems(scheme).map((p) => p.code);
    expect(
      codes(
        custom([
          [60, true],
          [60, true],
          [0, true],
        ]),
      ),
    ).toEqual(['bounds_not_descending']);
    expect(
      codes(
        custom([
          [60, true],
          [60, false],
          [0, true],
        ]),
      ),
    ).toEqual(['bounds_not_descending']);
    expect(
      codes(
        custom([
          [40, true],
          [60, true],
          [0, true],
        ]),
      ),
    ).toEqual(['bounds_not_descending']);
    expect(
      codes(
        custom([
          [60, true],
          [10, true],
        ]),
      ),
    ).toEqual(['lowest_bound_not_zero']);
    expect(
      codes(
        custom([
          [60, true],
          [0, false],
        ]),
      ),
    ).toEqual(['lowest_bound_not_zero']);
    expect(
      codes(
        custom([
          [100, false],
          [0, true],
        ]),
      ),
    ).toEqual(['bound_out_of_range']);
    expect(
      codes(
        custom([
          [110, true],
          [0, true],
        ]),
      ),
    ).toEqual(['bound_out_of_range']);
    expect(
      codes(
        custom([
          [7.5, true],
          [0, true],
        ]),
      ),
    ).toEqual(['bound_out_of_range']);
    expect(codes(custom([[0, true]]))).toEqual(['too_few_categories']);
  });
  it('asks for unique keys and names, and names for categories that are not a preset’s', () => {
    const scheme = custom([
      [80, false],
      [60, true],
      [0, true],
    ]);
    const [first, second, third] = scheme.categories;
    if (!first || !second || !third) throw new Error('three categories expected');
    const problems = schemeProblems({
      ...scheme,
      name: null,
      categories: [first, { ...second, key: 't0', name: ' TIER 0 ' }, { ...third, name: null }],
    });
    expect(problems).toEqual([
      { code: 'name_missing', path: ['scheme', 'name'] },
      { code: 'category_name_missing', path: ['scheme', 'categories', 2, 'name'] },
      { code: 'category_key_duplicate', path: ['scheme', 'categories', 1, 'key'] },
      { code: 'category_name_duplicate', path: ['scheme', 'categories', 1, 'name'] },
    ]);
  });
  it('lets a preset keep translated names with the firm’s own boundaries', () => {
    const abc = presetScheme('abc');
    const categories = abc.categories.map((category, index) =>
      index === 0 ? { ...category, lowerBound: { tenths: 75, inclusive: true } } : category,
    );
    expect(schemeProblems({ ...abc, categories })).toEqual([]);
  });

  it('partitions the grade range: every grade in 0–10 lies in exactly one category', () => {
    const grade = fc.oneof(
      // every tenth, the boundaries themselves
      fc.integer({ min: 0, max: fullGradeTenths }).map((tenths) => [tenths, fullGradeTenths]),
      // any fraction total / maximum
      fc
        .integer({ min: 1, max: 1000 })
        .chain((maximum) => fc.tuple(fc.integer({ min: 0, max: maximum }), fc.constant(maximum))),
    );
    fc.assert(
      fc.property(schemeArbitrary, grade, (scheme, [total, maximum]) => {
        expect(schemeProblems(scheme)).toEqual([]);
        const containing = scheme.categories
          .map((_, index) => index)
          .filter((index) => gradeInCategory(scheme, index, total ?? 0, maximum ?? 1));
        expect(containing).toEqual([categoryIndexForGrade(scheme, total ?? 0, maximum ?? 1)]);
      }),
    );
  });
});
