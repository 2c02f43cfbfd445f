// Money is integer cents everywhere in the portfolio computations. Division is exact (BigInt)
// and rounds in one documented way, so the same figures come out on every machine.
import { invalidField } from '../errors.ts';

/** An exact ratio of two integers, not reduced; the denominator is positive. */
export type Fraction = { numerator: number; denominator: number };

/** Throws invalid_input unless the value is whole cents within the safe integer range. */
export function assertCents(value: number, field: string): void {
  if (!Number.isSafeInteger(value)) throw invalidField(field, `must be whole cents, got ${value}`);
}

/** Adds amounts in cents and checks that the total is still exact. */
export function sumCents(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  assertCents(total, 'total');
  return total;
}

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
export function divideRounded(numerator: number, denominator: number): number {
  assertCents(numerator, 'numerator');
  assertCents(denominator, 'denominator');
  return Number(divideRoundedExact(BigInt(numerator), BigInt(denominator)));
}

/** The exact form of divideRounded, for products that may pass the safe integer range. */
export function divideRoundedExact(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw invalidField('denominator', 'must not be zero');
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  const abs = (n: bigint) => (n < 0n ? -n : n);
  if (2n * abs(remainder) < abs(denominator)) return quotient;
  return numerator < 0n === denominator < 0n ? quotient + 1n : quotient - 1n;
}

/**
 * Hours as whole hundredths (12.5 hours → 1250), the precision revenue exports carry, so that
 * sums of hours and amounts per hour stay exact.
 */
export function hundredthsOfHours(hours: number, field = 'hours'): number {
  if (!Number.isFinite(hours) || hours < 0)
    throw invalidField(field, `must be 0 or more, got ${hours}`);
  return Math.round(hours * 100);
}
