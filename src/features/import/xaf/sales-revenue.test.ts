import { describe, expect, it } from 'vitest';
import { occurrenceCounter } from './sales-revenue.ts';

describe('occurrenceCounter', () => {
  it('numbers identical lines, wherever they stand', () => {
    const count = occurrenceCounter();
    expect(['a', 'b', 'a', 'a', 'b'].map(count)).toEqual([1, 1, 2, 3, 2]);
  });

  it('remembers at least the last `capacity` distinct lines', () => {
    const count = occurrenceCounter(3);
    expect(['a', 'b', 'c', 'd', 'e', 'a'].map(count)).toEqual([1, 1, 1, 1, 1, 2]);
    expect(['f', 'g', 'h', 'i', 'j', 'k', 'a'].map(count)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const many = occurrenceCounter(1000);
    for (let line = 0; line < 10_000; line += 1) many(`line ${line}`);
    expect(many('line 9000')).toBe(2);
  });
});
