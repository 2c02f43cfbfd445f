import { describe, expect, it } from 'vitest';
import { divideRounded, divideRoundedExact, hundredthsOfHours, sumCents } from './money.ts';

describe('divideRounded', () => {
  it('rounds to the nearest integer, halves away from zero', () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(7, 3)).toBe(2);
    expect(divideRounded(8, 3)).toBe(3);
    expect(divideRounded(-8, 3)).toBe(-3);
    expect(divideRounded(8, -3)).toBe(-3);
    expect(divideRounded(0, 7)).toBe(0);
  });
  it('is exact where floating point division is not', () => {
    // 2^53 − 1 is odd: half of it ends in .5 exactly and rounds away from zero.
    expect(divideRounded(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
    expect(divideRoundedExact(10n ** 30n + 1n, 2n)).toBe(5n * 10n ** 29n + 1n);
  });
  it('refuses amounts that are not whole cents and division by zero', () => {
    expect(() => divideRounded(10.5, 2)).toThrow(/whole cents/);
    expect(() => divideRounded(10, 0)).toThrow(/zero/);
  });
});

describe('sumCents', () => {
  it('adds whole cents and refuses a total past the safe range', () => {
    expect(sumCents([150, -50, 0])).toBe(100);
    expect(sumCents([])).toBe(0);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(/whole cents/);
  });
});

describe('hundredthsOfHours', () => {
  it('keeps two decimals of hours as whole hundredths', () => {
    expect(hundredthsOfHours(12.5)).toBe(1250);
    expect(hundredthsOfHours(0.1 + 0.2)).toBe(30);
    expect(() => hundredthsOfHours(-1)).toThrow(/0 or more/);
    expect(() => hundredthsOfHours(Number.NaN)).toThrow();
  });
});
