import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, dayAt } from './time-zone.ts';

describe('the firm’s time zone', () => {
  it('knows IANA names in their canonical spelling and refuses the rest', () => {
    expect(canonicalTimeZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('europe/amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const wrong of ['', 'Amsterdam', 'Europe/Atlantis', '+01:00', 'Europe/../etc', ' UTC'])
      expect(canonicalTimeZone(wrong)).toBeUndefined();
  });
  it('starts the day at midnight in the zone: 23:30 UTC is already the next day in Amsterdam', () => {
    expect(dayAt(new Date('2026-11-26T22:59:00Z'), 'Europe/Amsterdam')).toBe('2026-11-26');
    expect(dayAt(new Date('2026-11-26T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-11-27');
    expect(dayAt(new Date('2026-11-26T23:30:00Z'), 'UTC')).toBe('2026-11-26');
    // summer time: midnight in Amsterdam is 22:00 UTC
    expect(dayAt(new Date('2026-06-30T22:30:00Z'), 'Europe/Amsterdam')).toBe('2026-07-01');
    expect(dayAt(new Date('2026-06-30T21:30:00Z'), 'Europe/Amsterdam')).toBe('2026-06-30');
    // and the other way: 00:30 firm time in New York is 05:30 UTC
    expect(dayAt(new Date('2026-11-27T04:30:00Z'), 'America/New_York')).toBe('2026-11-26');
  });
  it('refuses an instant that is no point in time', () => {
    expect(() => dayAt(new Date('nonsense'), 'UTC')).toThrow(/point in time/);
  });
});
