// Shares are shown in basis points (1 bp = 0.01%): whole numbers that can be made to add up to
// exactly 10,000, which percentages rounded one by one do not.
import { invalidField } from '../errors.ts';

/** 100% in basis points. */
export const fullBasisPoints = 10_000;

/** Throws invalid_input unless the value is a whole number of basis points from 0 to 10,000. */
export function assertBasisPoints(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0 || value > fullBasisPoints) {
    throw invalidField(field, `must be whole basis points from 0 to 10000, got ${value}`);
  }
}

/**
 * Splits 10,000 basis points over non-negative integer weights in proportion, by the largest
 * remainder method: every weight gets its exact quota rounded down, then the points still
 * missing go one each to the largest remainders (ties to the earlier weight, so pass weights in
 * the order that should win ties). The result adds up to exactly 10,000 when the weights'
 * total is positive, and is all zeros otherwise. A larger weight never gets fewer points.
 */
export function apportionBasisPoints(weights: readonly number[]): number[] {
  if (weights.some((weight) => weight < 0)) throw invalidField('weights', 'must not be negative');
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // exact in doubles while every weight × 10,000 is a safe integer; BigInt beyond that
  const bigTotal = Number.isSafeInteger(total * fullBasisPoints)
    ? undefined
    : weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  const quotas = weights.map((weight, index) =>
    bigTotal === undefined ? quotaOf(weight, total, index) : bigQuotaOf(weight, bigTotal, index),
  );
  if (total === 0) return weights.map(() => 0);
  let missing = fullBasisPoints - quotas.reduce((sum, quota) => sum + quota.points, 0);
  const byRemainder = [...quotas].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const quota of byRemainder) {
    if (missing === 0) break;
    quota.points += 1;
    missing -= 1;
  }
  return quotas.map((quota) => quota.points);
}

type Quota = { index: number; points: number; remainder: number | bigint };

/** weight × 10,000 ÷ total as whole points and remainder, exactly, in doubles. */
function quotaOf(weight: number, total: number, index: number): Quota {
  if (total === 0) return { index, points: 0, remainder: 0 };
  const scaled = weight * fullBasisPoints;
  let points = Math.floor(scaled / total);
  let remainder = scaled - points * total;
  // the division rounds; the remainder puts it right
  if (remainder < 0) [points, remainder] = [points - 1, remainder + total];
  if (remainder >= total) [points, remainder] = [points + 1, remainder - total];
  return { index, points, remainder };
}

function bigQuotaOf(weight: number, total: bigint, index: number): Quota {
  const scaled = BigInt(weight) * BigInt(fullBasisPoints);
  return { index, points: Number(scaled / total), remainder: scaled % total };
}

/** numerator / denominator in basis points, rounded down: reaches b only once the share has. */
export function basisPointsRoundedDown(numerator: number, denominator: number): number {
  const scaled = numerator * fullBasisPoints;
  if (numerator >= 0 && denominator > 0 && Number.isSafeInteger(scaled)) {
    // the division rounds; the products put it right, exactly while they are safe integers
    let points = Math.floor(scaled / denominator);
    if (points * denominator > scaled) points -= 1;
    else if ((points + 1) * denominator <= scaled) points += 1;
    return points;
  }
  return Number((BigInt(numerator) * BigInt(fullBasisPoints)) / BigInt(denominator));
}

/**
 * Compares the exact share numerator / denominator (denominator > 0) with a number of basis
 * points: negative when below, 0 when equal, positive when above. No rounding is involved.
 */
export function compareWithBasisPoints(
  numerator: number,
  denominator: number,
  basisPoints: number,
): number {
  const left = numerator * fullBasisPoints;
  const right = basisPoints * denominator;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) {
    return left === right ? 0 : left < right ? -1 : 1;
  }
  const difference =
    BigInt(numerator) * BigInt(fullBasisPoints) - BigInt(basisPoints) * BigInt(denominator);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
