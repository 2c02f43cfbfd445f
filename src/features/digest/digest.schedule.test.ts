import { describe, expect, it } from 'vitest';
import { isDigestTime } from './digest.schedule.ts';

describe('isDigestTime', () => {
  it('is Monday from 07:00 in Amsterdam, in winter and in summer time', () => {
    // 30 November 2026 is a Monday; Amsterdam is UTC+1 then, UTC+2 in June
    expect(isDigestTime(new Date('2026-11-30T05:59:00Z'))).toBe(false);
    expect(isDigestTime(new Date('2026-11-30T06:00:00Z'))).toBe(true);
    expect(isDigestTime(new Date('2026-11-30T22:59:00Z'))).toBe(true);
    expect(isDigestTime(new Date('2026-11-30T23:00:00Z'))).toBe(false);
    expect(isDigestTime(new Date('2026-06-01T04:59:00Z'))).toBe(false);
    expect(isDigestTime(new Date('2026-06-01T05:00:00Z'))).toBe(true);
    expect(isDigestTime(new Date('2026-11-29T08:00:00Z'))).toBe(false);
  });
});
