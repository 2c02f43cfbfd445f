import { describe, expect, it } from 'vitest';
import { likePattern, searchKey } from './search-key.ts';

describe('searchKey', () => {
  it('folds case and diacritics', () => {
    expect(searchKey('Café Ölçü', 'Tûrk B.V.')).toBe('cafe olcu turk b.v.');
    expect(searchKey('Ærø  Straße')).toBe('aero strasse');
  });
  it('skips missing parts', () => {
    expect(searchKey(null, 'A', undefined, '')).toBe('a');
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_x')).toBe('%50\\%\\_x%');
  });
});
