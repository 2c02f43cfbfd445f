// Category schemes, method.md §3.4: the ordered categories a firm sorts its clients into, best
// first, each with the lower boundary on the 0–10 grade where it starts. Ordered lower bounds
// partition the grade range by construction: a grade belongs to the first category whose bound
// it passes, and the lowest category starts at 0, so there is no gap and no overlap.
import {
  compareBounds,
  fullGradeTenths,
  lowestBound,
  passesBound,
  type GradeBound,
} from './grade.ts';
import { isWholeBetween, repeatedIndexes, type Problem } from './problems.ts';

/** A value scheme ranks what a relationship is worth; a warmth scheme how warm it is. */
export const schemeKinds = ['value', 'warmth'] as const;
export type SchemeKind = (typeof schemeKinds)[number];

export type Category = {
  /** Stable key: a preset key (e.g. 'A', 'koester') or the firm's own. */
  key: string;
  /** The firm's name for its own category; null for a preset one (the web translates the key). */
  name: string | null;
  /** Where the category starts on the grade; the lowest category starts at 0, inclusive. */
  lowerBound: GradeBound;
};

export type CategoryScheme = {
  /** Stable key: a preset key (e.g. 'abc') or the firm's own. */
  key: string;
  /** The firm's name for its own scheme; null for a preset (the web translates the key). */
  name: string | null;
  kind: SchemeKind;
  /** Best first. */
  categories: Category[];
};

export const presetSchemeKeys = ['abc', 'sabc', 'koesterBehoudBewaar', 'redYellowBlue'] as const;
export type PresetSchemeKey = (typeof presetSchemeKeys)[number];

const above = (grade: number): GradeBound => ({ tenths: grade * 10, inclusive: false });
const from = (grade: number): GradeBound => ({ tenths: grade * 10, inclusive: true });

/** Three categories by the method's example: above 8, from 6 up to and including 8, below 6. */
function threeCategories(keys: readonly [string, string, string]): Category[] {
  const bounds = [above(8), from(6), lowestBound];
  return keys.map((key, index) => ({ key, name: null, lowerBound: bounds[index] ?? lowestBound }));
}

/**
 * The preset schemes (method.md §3.4), with the method's boundaries (above 8, 6–8, below 6) as a
 * start; S/A/B/C puts S at 9 or more. Red/yellow/blue describes warmth and sits beside a value
 * scheme.
 */
export function presetScheme(key: PresetSchemeKey): CategoryScheme {
  switch (key) {
    case 'abc':
      return { key, name: null, kind: 'value', categories: threeCategories(['A', 'B', 'C']) };
    case 'sabc':
      return {
        key,
        name: null,
        kind: 'value',
        categories: [
          { key: 'S', name: null, lowerBound: from(9) },
          ...threeCategories(['A', 'B', 'C']),
        ],
      };
    case 'koesterBehoudBewaar':
      return {
        key,
        name: null,
        kind: 'value',
        categories: threeCategories(['koester', 'behoud', 'bewaar']),
      };
    case 'redYellowBlue':
      return {
        key,
        name: null,
        kind: 'warmth',
        categories: threeCategories(['red', 'yellow', 'blue']),
      };
  }
}

/** The category keys of the presets, which the web can translate. */
export const presetCategoryKeys: ReadonlySet<string> = new Set(
  presetSchemeKeys.flatMap((key) => presetScheme(key).categories.map((category) => category.key)),
);

export type SchemeProblemCode =
  | 'too_few_categories'
  | 'key_missing'
  | 'name_missing'
  | 'kind_unknown'
  | 'category_key_missing'
  | 'category_key_duplicate'
  | 'category_name_missing'
  | 'category_name_duplicate'
  | 'bound_out_of_range'
  | 'bounds_not_descending'
  | 'lowest_bound_not_zero';

/**
 * Every problem with a scheme: at least two categories with unique keys and names, names where
 * the key is not a preset's, boundaries in whole tenths within 0–10 (never "above 10"), each
 * strictly below the one before, and the lowest category starting at 0, inclusive.
 */
export function schemeProblems(scheme: CategoryScheme): Problem<SchemeProblemCode>[] {
  const problems: Problem<SchemeProblemCode>[] = [];
  const isPreset = (presetSchemeKeys as readonly string[]).includes(scheme.key);
  if (scheme.key.trim() === '') problems.push({ code: 'key_missing', path: ['scheme', 'key'] });
  if (!isPreset && (scheme.name ?? '').trim() === '')
    problems.push({ code: 'name_missing', path: ['scheme', 'name'] });
  if (!(schemeKinds as readonly string[]).includes(scheme.kind))
    problems.push({ code: 'kind_unknown', path: ['scheme', 'kind'] });
  const { categories } = scheme;
  if (categories.length < 2)
    problems.push({ code: 'too_few_categories', path: ['scheme', 'categories'] });
  categories.forEach((category, index) => {
    const at = (...field: string[]) => ['scheme', 'categories', index, ...field];
    if (category.key.trim() === '')
      problems.push({ code: 'category_key_missing', path: at('key') });
    if (!presetCategoryKeys.has(category.key) && (category.name ?? '').trim() === '')
      problems.push({ code: 'category_name_missing', path: at('name') });
    const { tenths, inclusive } = category.lowerBound;
    if (!isWholeBetween(tenths, 0, fullGradeTenths) || (tenths === fullGradeTenths && !inclusive))
      problems.push({ code: 'bound_out_of_range', path: at('lowerBound') });
    const higher = categories[index - 1];
    if (higher && compareBounds(category.lowerBound, higher.lowerBound) >= 0)
      problems.push({ code: 'bounds_not_descending', path: at('lowerBound') });
    if (index === categories.length - 1 && compareBounds(category.lowerBound, lowestBound) !== 0)
      problems.push({ code: 'lowest_bound_not_zero', path: at('lowerBound') });
  });
  for (const index of repeatedIndexes(categories.map((category) => category.key)))
    problems.push({ code: 'category_key_duplicate', path: ['scheme', 'categories', index, 'key'] });
  const names = new Set<string>();
  categories.forEach((category, index) => {
    const name = category.name?.trim().toLowerCase();
    if (!name) return;
    if (names.has(name))
      problems.push({
        code: 'category_name_duplicate',
        path: ['scheme', 'categories', index, 'name'],
      });
    names.add(name);
  });
  return problems;
}

/**
 * The index of the category a grade total / maximum falls in: the first (best) category whose
 * lower bound it passes. For a valid scheme this is always found (the lowest starts at 0).
 */
export function categoryIndexForGrade(
  scheme: CategoryScheme,
  total: number,
  maximum: number,
): number {
  const index = scheme.categories.findIndex((category) =>
    passesBound(total, maximum, category.lowerBound),
  );
  return index === -1 ? scheme.categories.length - 1 : index;
}

/**
 * Whether the grade lies in the category's own range: it passes the category's lower bound and
 * not the lower bound of the category above. Used to show the range, and to check that the
 * ranges of a scheme partition the grades.
 */
export function gradeInCategory(
  scheme: CategoryScheme,
  index: number,
  total: number,
  maximum: number,
): boolean {
  const category = scheme.categories[index];
  if (!category) return false;
  const higher = scheme.categories[index - 1];
  return (
    passesBound(total, maximum, category.lowerBound) &&
    (higher === undefined || !passesBound(total, maximum, higher.lowerBound))
  );
}
