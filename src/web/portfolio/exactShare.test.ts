import { describe, expect, it } from 'vitest';
import { formatBasisPoints } from '../format.ts';
import { exactBasisPoints } from './exactShare.ts';

describe('a share from its exact fraction', () => {
  it('rounds once, from the fraction', () => {
    const share = { numerator: 3_000_000, denominator: 3_800_000 };
    expect(formatBasisPoints(exactBasisPoints(share, 7895), 'nl')).toBe('78,9%');
    expect(formatBasisPoints(7895, 'nl')).toBe('79,0%');
  });

  it('falls back to the basis points without a fraction', () => {
    expect(exactBasisPoints(null, 1234)).toBe(1234);
    expect(exactBasisPoints({ numerator: 0, denominator: 0 }, 0)).toBe(0);
  });
});
