import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { isWholeBetween, repeatedIndexes, throwIfProblems } from './problems.ts';

describe('throwIfProblems', () => {
  it('returns when there is no problem', () => {
    expect(() => throwIfProblems([], 'setup')).not.toThrow();
  });
  it('throws invalid_input with one detail per problem', () => {
    const problems = [
      { code: 'weight_out_of_range', path: ['criteria', 0, 'weight'] },
      { code: 'no_criteria', path: ['criteria'] },
    ];
    let thrown: unknown;
    try {
      throwIfProblems(problems, 'setup');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: 'invalid_input',
      message: 'setup: criteria.0.weight: weight_out_of_range; criteria: no_criteria',
      details: [
        { field: 'criteria.0.weight', message: 'weight_out_of_range' },
        { field: 'criteria', message: 'no_criteria' },
      ],
    });
  });
});

describe('isWholeBetween and repeatedIndexes', () => {
  it('checks whole numbers within bounds, and finds repeats after their first', () => {
    expect([1, 5, 0, 6, 2.5, Number.NaN].map((n) => isWholeBetween(n, 1, 5))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(repeatedIndexes(['a', 'b', 'a', 'c', 'b', 'a'])).toEqual([2, 4, 5]);
  });
});
