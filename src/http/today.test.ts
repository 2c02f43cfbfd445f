import { describe, expect, it } from 'vitest';
import { dayAt } from '../core/time-zone.ts';
import { systemClock } from './today.ts';

// firmToday against a real firm is tested in test/firm-clock.test.ts
describe('the system clock', () => {
  it('is the time it is now', () => {
    const before = Date.now();
    const now = systemClock().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now - before).toBeLessThan(5_000);
    expect(dayAt(systemClock(), 'UTC')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
