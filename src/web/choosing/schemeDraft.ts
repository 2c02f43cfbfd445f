// A category scheme as the firm types it (method.md §3.3–3.4): its name, its kind, its own
// categories best first, and the ranking method with a level per category. Checked as it is
// typed, so every field says what is wrong, and turned into exactly what the API takes.
import type { Schemas } from '../api/client.ts';
import type { Criterion, GradeBound, Scheme } from './queries.ts';

export type RankingMethod = Schemas['RankingMethod'];
export type RankingMethodKind = RankingMethod['kind'];
export type SchemeKind = Scheme['kind'];

export const rankingMethodKinds: readonly RankingMethodKind[] = [
  'weightedGrade',
  'meetsAll',
  'meetsXofY',
];
export const schemeKinds: readonly SchemeKind[] = ['value', 'warmth'];
export type PresetScheme = Extract<Schemas['CategorySchemeCreate'], { preset: string }>['preset'];

/** The presets the API offers (method.md §3.4). */
export const presetSchemes: readonly PresetScheme[] = [
  'abc',
  'sabc',
  'koesterBehoudBewaar',
  'redYellowBlue',
];

export const fewestCategories = 2;
export const mostCategories = 12;
export const longestSchemeName = 120;
export const longestCategoryName = 80;

/** A category's minimum scores: per criterion key a score, null where it does not count. */
export type LevelDraft = { minimums: Record<string, number | null>; atLeast: number | null };

/** The method with a level per category, in the categories' order; the lowest takes the rest. */
export type MethodDraft = { kind: RankingMethodKind; levels: LevelDraft[] };

export type SchemeDraft = {
  name: string;
  kind: SchemeKind;
  /** Best first. */
  categoryNames: string[];
  method: MethodDraft;
};

export type DraftProblemCode =
  | 'nameMissing'
  | 'nameTooLong'
  | 'tooFewCategories'
  | 'tooManyCategories'
  | 'categoryNameMissing'
  | 'categoryNameTooLong'
  | 'categoryNameDuplicate'
  | 'noCriteria'
  | 'levelEmpty'
  | 'minimumOutOfRange'
  | 'atLeastOutOfRange';

/** A problem and the field it sits on: 'name', 'categories', 'categories.1', 'levels.0.atLeast'… */
export type DraftProblem = { code: DraftProblemCode; field: string };

const isWholeBetween = (value: number | null, min: number, max: number) =>
  value !== null && Number.isInteger(value) && value >= min && value <= max;

/**
 * A start for a category's level: the best category asks most, each next one a point less, never
 * below 1 or above the criterion's scale; x of y starts at all but one.
 */
export function defaultLevel(
  index: number,
  categoryCount: number,
  criteria: readonly Criterion[],
): LevelDraft {
  const asked = categoryCount - 1 - index;
  return {
    minimums: Object.fromEntries(
      criteria.map((criterion) => [
        criterion.key,
        Math.min(Math.max(asked, 1), criterion.scaleMax),
      ]),
    ),
    atLeast: Math.max(criteria.length - 1, 1),
  };
}

export function defaultLevels(categoryCount: number, criteria: readonly Criterion[]): LevelDraft[] {
  return Array.from({ length: categoryCount }, (_, index) =>
    defaultLevel(index, categoryCount, criteria),
  );
}

export function emptyDraft(criteria: readonly Criterion[]): SchemeDraft {
  const categoryNames = ['', '', ''];
  return {
    name: '',
    kind: 'value',
    categoryNames,
    method: { kind: 'weightedGrade', levels: defaultLevels(categoryNames.length, criteria) },
  };
}

/** A scheme's method as a draft to edit; criteria a level does not name do not count for it. */
export function methodDraftOf(scheme: Scheme, criteria: readonly Criterion[]): MethodDraft {
  const { method, categories } = scheme;
  const defaults = defaultLevels(categories.length, criteria);
  if (method.kind === 'weightedGrade') return { kind: method.kind, levels: defaults };
  const levels = categories.map((category, index): LevelDraft => {
    const fallback = defaults[index]!;
    const level = method.levels.find((candidate) => candidate.categoryKey === category.key);
    if (!level) return fallback;
    const minimums: Readonly<Record<string, number>> = level.minimums;
    const atLeast = 'atLeast' in level && typeof level.atLeast === 'number' ? level.atLeast : null;
    return {
      minimums: Object.fromEntries(
        criteria.map((criterion) => [criterion.key, minimums[criterion.key] ?? null]),
      ),
      atLeast: atLeast ?? fallback.atLeast,
    };
  });
  return { kind: method.kind, levels };
}

/** The minimums of a level that count. */
export function minimumsSet(level: LevelDraft): [string, number][] {
  return Object.entries(level.minimums).filter(
    (entry): entry is [string, number] => entry[1] !== null,
  );
}

/** Every problem with a method's levels; the lowest category has none, it takes the rest. */
export function methodDraftProblems(
  method: MethodDraft,
  categoryCount: number,
  criteria: readonly Criterion[],
): DraftProblem[] {
  if (method.kind === 'weightedGrade') return [];
  if (criteria.length === 0) return [{ code: 'noCriteria', field: 'method' }];
  const problems: DraftProblem[] = [];
  method.levels.slice(0, Math.max(categoryCount - 1, 0)).forEach((level, index) => {
    const set = minimumsSet(level);
    if (set.length === 0) problems.push({ code: 'levelEmpty', field: `levels.${index}` });
    for (const [key, minimum] of set) {
      const criterion = criteria.find((candidate) => candidate.key === key);
      if (criterion && !isWholeBetween(minimum, 1, criterion.scaleMax))
        problems.push({ code: 'minimumOutOfRange', field: `levels.${index}.minimums.${key}` });
    }
    if (
      method.kind === 'meetsXofY' &&
      set.length > 0 &&
      !isWholeBetween(level.atLeast, 1, set.length)
    )
      problems.push({ code: 'atLeastOutOfRange', field: `levels.${index}.atLeast` });
  });
  return problems;
}

export function schemeNameProblems(name: string): DraftProblem[] {
  const trimmed = name.trim();
  if (trimmed === '') return [{ code: 'nameMissing', field: 'name' }];
  if (trimmed.length > longestSchemeName) return [{ code: 'nameTooLong', field: 'name' }];
  return [];
}

/** Every problem with the firm's own categories: two to twelve, each named, no name twice. */
export function categoryNameProblems(names: readonly string[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (names.length < fewestCategories)
    problems.push({ code: 'tooFewCategories', field: 'categories' });
  if (names.length > mostCategories)
    problems.push({ code: 'tooManyCategories', field: 'categories' });
  const seen = new Set<string>();
  names.forEach((name, index) => {
    const field = `categories.${index}`;
    const trimmed = name.trim();
    if (trimmed === '') problems.push({ code: 'categoryNameMissing', field });
    else if (trimmed.length > longestCategoryName)
      problems.push({ code: 'categoryNameTooLong', field });
    else if (seen.has(trimmed.toLocaleLowerCase()))
      problems.push({ code: 'categoryNameDuplicate', field });
    seen.add(trimmed.toLocaleLowerCase());
  });
  return problems;
}

export function draftProblems(draft: SchemeDraft, criteria: readonly Criterion[]): DraftProblem[] {
  return [
    ...schemeNameProblems(draft.name),
    ...categoryNameProblems(draft.categoryNames),
    ...methodDraftProblems(draft.method, draft.categoryNames.length, criteria),
  ];
}

/** The first problem on a field, for the field to show. */
export function problemAt(problems: readonly DraftProblem[], field: string) {
  return problems.find((problem) => problem.field === field)?.code;
}

/** Stable keys from the names: lower case, letters and digits, never the same key twice. */
export function categoryKeysFor(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const base =
      name
        .trim()
        .toLocaleLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 32) || `category-${index + 1}`;
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  });
}

/** Boundaries spread evenly over the 0–10 grade, the lowest category taking the rest. */
export function evenBounds(categoryCount: number): GradeBound[] {
  return Array.from({ length: categoryCount }, (_, index) => ({
    tenths: Math.round((100 * (categoryCount - 1 - index)) / categoryCount),
    inclusive: true,
  }));
}

/** The method as the API takes it: a level for every category but the lowest. */
export function methodOf(
  method: MethodDraft,
  categoryKeys: readonly string[],
  criteria: readonly Criterion[],
): RankingMethod {
  if (method.kind === 'weightedGrade') return { kind: 'weightedGrade' };
  const known = new Set(criteria.map((criterion) => criterion.key));
  const levels = categoryKeys.slice(0, -1).map((categoryKey, index) => {
    const level = method.levels[index] ?? { minimums: {}, atLeast: null };
    const minimums = Object.fromEntries(minimumsSet(level).filter(([key]) => known.has(key)));
    return { categoryKey, minimums, atLeast: level.atLeast ?? 0 };
  });
  if (method.kind === 'meetsXofY') return { kind: 'meetsXofY', levels };
  return {
    kind: 'meetsAll',
    levels: levels.map(({ categoryKey, minimums }) => ({ categoryKey, minimums })),
  };
}

export type OwnSchemeCreate = Exclude<Schemas['CategorySchemeCreate'], { preset: string }>;

/** What POST /category-schemes takes for the firm's own scheme. */
export function schemeCreateBody(
  draft: SchemeDraft,
  criteria: readonly Criterion[],
): OwnSchemeCreate {
  const keys = categoryKeysFor(draft.categoryNames);
  const bounds = evenBounds(keys.length);
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    categories: keys.map((key, index) => ({
      key,
      name: draft.categoryNames[index]!.trim(),
      lowerBound: bounds[index]!,
    })),
    method: methodOf(draft.method, keys, criteria),
  };
}

/** Adds, removes or moves a category with its level, so each level stays with its category. */
export function addCategory(draft: SchemeDraft, criteria: readonly Criterion[]): SchemeDraft {
  const count = draft.categoryNames.length + 1;
  return {
    ...draft,
    categoryNames: [...draft.categoryNames, ''],
    method: {
      ...draft.method,
      levels: [...draft.method.levels, defaultLevel(count - 1, count, criteria)],
    },
  };
}

export function removeCategory(draft: SchemeDraft, index: number): SchemeDraft {
  const without = <T>(list: readonly T[]) => list.filter((_, i) => i !== index);
  return {
    ...draft,
    categoryNames: without(draft.categoryNames),
    method: { ...draft.method, levels: without(draft.method.levels) },
  };
}

export function moveCategory(draft: SchemeDraft, from: number, to: number): SchemeDraft {
  if (to < 0 || to >= draft.categoryNames.length) return draft;
  const moved = <T>(list: readonly T[]) => {
    const copy = [...list];
    const [item] = copy.splice(from, 1);
    if (item !== undefined) copy.splice(to, 0, item);
    return copy;
  };
  return {
    ...draft,
    categoryNames: moved(draft.categoryNames),
    method: { ...draft.method, levels: moved(draft.method.levels) },
  };
}
