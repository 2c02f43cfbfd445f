import { describe, expect, it } from 'vitest';
import { isDigestTime } from './digest.schedule.ts';

describe('isDigestTime', () => {
  it('is Monday from 07:00 on the firm’s clock, in winter and in summer time', () => {
    // 30 November 2026 is a Monday; Amsterdam is UTC+1 then, UTC+2 in June
    const amsterdam = 'Europe/Amsterdam';
    expect(isDigestTime(new Date('2026-11-30T05:59:00Z'), amsterdam)).toBe(false);
    expect(isDigestTime(new Date('2026-11-30T06:00:00Z'), amsterdam)).toBe(true);
    expect(isDigestTime(new Date('2026-11-30T22:59:00Z'), amsterdam)).toBe(true);
    expect(isDigestTime(new Date('2026-11-30T23:00:00Z'), amsterdam)).toBe(false);
    expect(isDigestTime(new Date('2026-06-01T04:59:00Z'), amsterdam)).toBe(false);
    expect(isDigestTime(new Date('2026-06-01T05:00:00Z'), amsterdam)).toBe(true);
    expect(isDigestTime(new Date('2026-11-29T08:00:00Z'), amsterdam)).toBe(false);
  });
  it('follows the firm’s own time zone: 07:00 in New York is noon in UTC', () => {
    expect(isDigestTime(new Date('2026-11-30T11:59:00Z'), 'America/New_York')).toBe(false);
    expect(isDigestTime(new Date('2026-11-30T12:00:00Z'), 'America/New_York')).toBe(true);
  });
});
