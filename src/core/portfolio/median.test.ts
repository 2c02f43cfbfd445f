import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

describe('median', () => {
  it('takes the middle value, or the rounded mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(4); // (3 + 4) / 2 = 3.5 → 4
    expect(median([-4, -3])).toBe(-4); // −3.5 → −4, away from zero
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });
});
