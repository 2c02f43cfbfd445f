import { describe, expect, it } from 'vitest';
import { today } from './today.ts';

describe('the firm’s day', () => {
  it('starts at midnight in Amsterdam, in winter and in summer time', () => {
    expect(today(new Date('2026-11-26T22:59:00Z'))).toBe('2026-11-26');
    expect(today(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(today(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(today(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
