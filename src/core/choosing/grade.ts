// The 0–10 grade of method.md §3.2 (total / maximum × 10) and its boundaries. A grade is never
// compared as a float: "above 8" is 100 × total > 80 × maximum, in whole numbers, so a client at
// exactly 8 is never pushed over a boundary by rounding.
import { invalidField } from '../errors.ts';

/** Grades and boundaries are counted in tenths: 100 tenths is the grade 10. */
export const fullGradeTenths = 100;

/**
 * A lower boundary on the grade in tenths: { tenths: 80, inclusive: false } is "above 8",
 * { tenths: 60, inclusive: true } is "6 or more".
 */
export type GradeBound = { tenths: number; inclusive: boolean };

/** The boundary every grade passes: 0 or more. */
export const lowestBound: GradeBound = { tenths: 0, inclusive: true };

function assertMaximum(maximum: number): void {
  if (!Number.isSafeInteger(maximum) || maximum <= 0)
    throw invalidField('maximum', `must be a whole number above 0, got ${maximum}`);
}

/** Whether the grade total / maximum × 10 passes the boundary, exactly (no rounding). */
export function passesBound(total: number, maximum: number, bound: GradeBound): boolean {
  assertMaximum(maximum);
  const grade = total * fullGradeTenths;
  const boundary = bound.tenths * maximum;
  return bound.inclusive ? grade >= boundary : grade > boundary;
}

/** The smallest whole total that passes the boundary for this maximum (may exceed the maximum). */
export function smallestTotalPassing(bound: GradeBound, maximum: number): number {
  assertMaximum(maximum);
  // total × 100 ≥ tenths × maximum (or >): the quotient rounded up, or down plus one
  const product = bound.tenths * maximum;
  const quotient = Math.floor(product / fullGradeTenths);
  const exact = quotient * fullGradeTenths === product;
  return bound.inclusive ? (exact ? quotient : quotient + 1) : quotient + 1;
}

/** The grade in tenths, rounded to the nearest tenth, halves up: 27 of 33 is 82 (8.2). */
export function gradeTenths(total: number, maximum: number): number {
  assertMaximum(maximum);
  // ⌊(100 × total + maximum / 2) / maximum⌋ in whole numbers; totals are far below 2^53
  return Math.floor((2 * fullGradeTenths * total + maximum) / (2 * maximum));
}

/** The grade with one decimal, for showing only: comparisons use passesBound. */
export function gradeOf(total: number, maximum: number): number {
  return gradeTenths(total, maximum) / 10;
}

/** Orders boundaries: negative when a is lower than b. "Above 8" is higher than "8 or more". */
export function compareBounds(a: GradeBound, b: GradeBound): number {
  if (a.tenths !== b.tenths) return a.tenths - b.tenths;
  return Number(!a.inclusive) - Number(!b.inclusive);
}
