import { describe, expect, it } from 'vitest';
import { formatFileSize } from './fileSize.ts';

describe('file sizes', () => {
  it('writes bytes, kilobytes and megabytes in the user’s language', () => {
    expect(formatFileSize(512, 'nl')).toBe('512 B');
    expect(formatFileSize(1536, 'nl')).toBe('1,5 KB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(512 * 1024 * 1024, 'en')).toBe('512 MB');
    expect(formatFileSize(3 * 1024 ** 3, 'en')).toBe('3 GB');
  });
});
