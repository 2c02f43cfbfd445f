// A share from its exact fraction where the answer has one: basis points are already rounded,
// and rounding them again to one decimal can be off (7,895 bp of 78.947% would show 79.0%).
export type Fraction = { numerator: number; denominator: number };

/** The share in (fractional) basis points, for formatBasisPoints. */
export function exactBasisPoints(share: Fraction | null, basisPoints: number): number {
  if (!share || share.denominator === 0) return basisPoints;
  return (share.numerator / share.denominator) * 10_000;
}
