// The words for choosing clients' codes: standard criteria, preset schemes and preset
// categories are keys the app translates; the firm's own carry their name.
import type { TFunction } from 'i18next';
import { en } from '../i18n/en.ts';
import type { Category, Criterion, Scheme } from './queries.ts';

type Texts = typeof en.choosing;

function isKeyOf<T extends object>(texts: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(texts, key);
}

export function criterionLabel(criterion: Pick<Criterion, 'key' | 'name'>, t: TFunction): string {
  if (criterion.name) return criterion.name;
  const key = criterion.key;
  return isKeyOf<Texts['criteria']>(en.choosing.criteria, key)
    ? t(`choosing.criteria.${key}`)
    : key;
}

export function schemeLabel(scheme: Pick<Scheme, 'preset' | 'name'>, t: TFunction): string {
  const preset = scheme.preset;
  if (preset && isKeyOf<Texts['schemes']>(en.choosing.schemes, preset))
    return t(`choosing.schemes.${preset}`);
  return scheme.name;
}

/** A category by its key in a scheme; the key itself for one the scheme no longer has. */
export function categoryLabel(
  key: string,
  categories: readonly Pick<Category, 'key' | 'name'>[],
  t: TFunction,
): string {
  const category = categories.find((candidate) => candidate.key === key);
  if (category?.name) return category.name;
  return isKeyOf<Texts['categories']>(en.choosing.categories, key)
    ? t(`choosing.categories.${key}`)
    : key;
}
