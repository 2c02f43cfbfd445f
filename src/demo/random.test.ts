import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Random', () => {
  it('gives the same numbers for the same key, other numbers for another key', () => {
    const draw = (key: string) => {
      const random = new Random(key);
      return Array.from({ length: 5 }, () => random.uint32());
    };
    expect(draw('1:x')).toEqual(draw('1:x'));
    expect(draw('2:x')).not.toEqual(draw('1:x'));
  });

  it('is pinned: its numbers never change, or every demo firm would', () => {
    expect(new Random('1:workspace').uuid()).toBe('fd893c42-42b8-4bae-956c-bb3aa13efc0e');
    expect(new Random('pinned').int(0, 1_000_000)).toBe(924_352);
  });

  it('draws valid, distinct version 4 UUIDs', () => {
    const random = new Random('uuids');
    const ids = Array.from({ length: 10_000 }, () => random.uuid());
    expect(ids.every((id) => uuidV4.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const random = new Random('ints');
    const values = Array.from({ length: 2_000 }, () => random.int(3, 7));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(7);
  });

  it('draws Pareto values of at least the minimum, with a long tail', () => {
    const random = new Random('pareto');
    const values = Array.from({ length: 5_000 }, () => random.pareto(100, 1.16));
    const sorted = [...values].sort((a, b) => b - a);
    const total = values.reduce((sum, v) => sum + v, 0);
    const top = sorted.slice(0, 1_000).reduce((sum, v) => sum + v, 0);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(100);
    expect(top / total).toBeGreaterThan(0.6); // the top 20% hold most of it
  });
});
