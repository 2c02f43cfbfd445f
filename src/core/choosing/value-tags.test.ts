import { describe, expect, it } from 'vitest';
import { longestValueTag, normalizeValueTags, valueTagProblems } from './value-tags.ts';

describe('value tags', () => {
  it('are trimmed, without empty ones and repeats, keeping the first spelling', () => {
    expect(
      normalizeValueTags([' revenue', 'Influence', '', 'REVENUE', 'influence ', 'fun']),
    ).toEqual(['revenue', 'Influence', 'fun']);
  });
  it('may be at most 40 characters', () => {
    const long = 'x'.repeat(longestValueTag + 1);
    expect(valueTagProblems(['money', long, ` ${'y'.repeat(longestValueTag)} `])).toEqual([
      { code: 'tag_too_long', path: ['valueTags', 1] },
    ]);
  });
});
