import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareBounds,
  gradeOf,
  gradeTenths,
  passesBound,
  smallestTotalPassing,
  type GradeBound,
} from './grade.ts';

const above8: GradeBound = { tenths: 80, inclusive: false };
const from6: GradeBound = { tenths: 60, inclusive: true };

describe('the grade', () => {
  it('is total / maximum × 10 with one decimal, as in the method’s worked example', () => {
    expect(gradeOf(27, 33)).toBe(8.2);
    expect(gradeOf(13, 33)).toBe(3.9);
    expect(gradeTenths(27, 33)).toBe(82);
    expect(gradeOf(0, 33)).toBe(0);
    expect(gradeOf(33, 33)).toBe(10);
  });
  it('rounds halves up', () => {
    expect(gradeTenths(1, 8)).toBe(13); // 1.25 → 1.3
    expect(gradeTenths(1, 16)).toBe(6); // 0.625 → 0.6
    expect(gradeTenths(3, 16)).toBe(19); // 1.875 → 1.9
  });
  it('refuses a maximum of 0', () => {
    expect(() => gradeOf(0, 0)).toThrow(/maximum/);
  });
});

describe('passesBound', () => {
  it('compares exactly: 8 is not above 8, however the division rounds', () => {
    expect(passesBound(8, 10, above8)).toBe(false);
    expect(passesBound(24, 30, above8)).toBe(false);
    expect(passesBound(40, 50, above8)).toBe(false);
    // 0.1 × 3 is 0.30000000000000004 in floats; here 3 of 10 is exactly 3
    expect(passesBound(3, 10, { tenths: 30, inclusive: false })).toBe(false);
    expect(passesBound(3, 10, { tenths: 30, inclusive: true })).toBe(true);
    expect(passesBound(81, 100, above8)).toBe(true);
    expect(passesBound(27, 33, above8)).toBe(true);
    expect(passesBound(6, 10, from6)).toBe(true);
    expect(passesBound(59, 100, from6)).toBe(false);
  });
  it('finds the smallest total that passes, which passes while one less does not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 2000 }),
        (tenths, inclusive, maximum) => {
          const bound = { tenths, inclusive };
          const smallest = smallestTotalPassing(bound, maximum);
          expect(passesBound(smallest, maximum, bound)).toBe(true);
          expect(passesBound(smallest - 1, maximum, bound)).toBe(false);
        },
      ),
    );
    expect(smallestTotalPassing(above8, 33)).toBe(27); // 26.4 → above it: 27
    expect(smallestTotalPassing(above8, 10)).toBe(9);
    expect(smallestTotalPassing({ tenths: 80, inclusive: true }, 10)).toBe(8);
  });
});

describe('compareBounds', () => {
  it('puts "above 8" above "8 or more", and both above "6 or more"', () => {
    const from8 = { tenths: 80, inclusive: true };
    expect(compareBounds(above8, from8)).toBeGreaterThan(0);
    expect(compareBounds(from8, above8)).toBeLessThan(0);
    expect(compareBounds(from8, from6)).toBeGreaterThan(0);
    expect(compareBounds(from8, { ...from8 })).toBe(0);
  });
});
