import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportionBasisPoints,
  basisPointsRoundedDown,
  compareWithBasisPoints,
} from './basis-points.ts';

describe('apportionBasisPoints', () => {
  it('hands the points left over to the largest remainders, ties to the earlier weight', () => {
    expect(apportionBasisPoints([1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(apportionBasisPoints([2, 1])).toEqual([6667, 3333]);
    expect(apportionBasisPoints([5, 0, 5])).toEqual([5000, 0, 5000]);
    expect(apportionBasisPoints([1])).toEqual([10_000]);
  });
  it('gives all zeros without a positive total, and refuses negative weights', () => {
    expect(apportionBasisPoints([0, 0])).toEqual([0, 0]);
    expect(apportionBasisPoints([])).toEqual([]);
    expect(() => apportionBasisPoints([3, -1])).toThrow(/negative/);
  });
  it('always adds up to exactly 10,000, each within one point of its exact quota, larger weights never fewer', () => {
    const weights = fc.array(fc.integer({ min: 0, max: 1_000_000_000_000 }), {
      minLength: 1,
      maxLength: 50,
    });
    fc.assert(
      fc.property(weights, (ws) => {
        fc.pre(ws.some((w) => w > 0));
        const points = apportionBasisPoints(ws);
        const total = ws.reduce((sum, w) => sum + w, 0);
        expect(points.reduce((sum, p) => sum + p, 0)).toBe(10_000);
        ws.forEach((w, i) => {
          const p = points[i] ?? -1;
          expect(Number.isInteger(p)).toBe(true);
          expect(Math.abs(p - (w * 10_000) / total)).toBeLessThan(1);
          ws.forEach((other, j) => {
            if (w > other) expect(p).toBeGreaterThanOrEqual(points[j] ?? Infinity);
          });
        });
      }),
    );
  });
});

describe('exact comparisons', () => {
  it('compares a share with basis points without rounding', () => {
    expect(compareWithBasisPoints(2000, 10_000, 2000)).toBe(0);
    expect(compareWithBasisPoints(2001, 10_000, 2000)).toBe(1);
    expect(compareWithBasisPoints(1, 3, 3333)).toBe(1);
    expect(compareWithBasisPoints(1, 3, 3334)).toBe(-1);
  });
  it('rounds down when a share is shown in basis points', () => {
    expect(basisPointsRoundedDown(2, 3)).toBe(6666);
    expect(basisPointsRoundedDown(3, 3)).toBe(10_000);
  });
});

describe('basis points in doubles and in BigInt', () => {
  it('agree where the doubles are exact', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 10_000 }),
        (numerator, denominator, points) => {
          const exact = (BigInt(numerator) * 10_000n) / BigInt(denominator);
          expect(basisPointsRoundedDown(numerator, denominator)).toBe(Number(exact));
          const difference = BigInt(numerator) * 10_000n - BigInt(points) * BigInt(denominator);
          expect(compareWithBasisPoints(numerator, denominator, points)).toBe(
            difference === 0n ? 0 : difference < 0n ? -1 : 1,
          );
        },
      ),
    );
  });
});
