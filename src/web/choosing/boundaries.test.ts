import { describe, expect, it } from 'vitest';
import { boundaryKind, formatBoundGrade, formatGrade, parseBoundGrade } from './boundaries.ts';

describe('boundaries', () => {
  it('read as above, from or the rest', () => {
    expect(boundaryKind({ tenths: 80, inclusive: false })).toBe('above');
    expect(boundaryKind({ tenths: 60, inclusive: true })).toBe('from');
    expect(boundaryKind({ tenths: 0, inclusive: true })).toBe('rest');
    expect(boundaryKind({ tenths: 0, inclusive: false })).toBe('above');
  });

  it('show a grade with one decimal in the language, a boundary as short as it goes', () => {
    expect(formatGrade(8.2, 'nl')).toBe('8,2');
    expect(formatGrade(8, 'en')).toBe('8.0');
    expect(formatBoundGrade(80, 'nl')).toBe('8');
    expect(formatBoundGrade(75, 'nl')).toBe('7,5');
  });

  it('parse a typed grade in either notation, refusing what is not one', () => {
    expect(parseBoundGrade('7,5')).toBe(75);
    expect(parseBoundGrade('8')).toBe(80);
    expect(parseBoundGrade('10')).toBe(100);
    expect(parseBoundGrade('10.5')).toBeNull();
    expect(parseBoundGrade('abc')).toBeNull();
    expect(parseBoundGrade('7.25')).toBeNull();
  });
});
