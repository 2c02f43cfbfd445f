import { describe, expect, it } from 'vitest';
import { formatShare } from './share.ts';

describe('a client’s share of revenue', () => {
  it('is written to two decimals, rounded once by the server', () => {
    // 3,000,000 of 3,800,000 is 78.947…%: 7,895 basis points
    expect(formatShare(7895, 'nl')).toBe('78,95%');
    expect(formatShare(7895, 'en')).toBe('78.95%');
    expect(formatShare(1, 'nl')).toBe('0,01%');
  });
});
