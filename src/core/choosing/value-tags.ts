// Kinds of value beside the ordinal category (method.md §3.4): one relationship brings revenue,
// another influence. Tags are plain words the firm chooses; these are suggestions.
import type { Problem } from './problems.ts';

/** Suggested tags: poen, pret & prestige, and revenue against influence. */
export const suggestedValueTags = ['money', 'fun', 'prestige', 'revenue', 'influence'] as const;

/** The longest tag, in characters. */
export const longestValueTag = 40;

/** The tags trimmed, without empty ones and repeats (ignoring case, first spelling kept). */
export function normalizeValueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const normalized: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    normalized.push(trimmed);
  }
  return normalized;
}

/** Every tag longer than the longest allowed, after trimming. */
export function valueTagProblems(tags: readonly string[]): Problem<'tag_too_long'>[] {
  return tags.flatMap((tag, index) =>
    tag.trim().length > longestValueTag
      ? [{ code: 'tag_too_long', path: ['valueTags', index] }]
      : [],
  );
}
