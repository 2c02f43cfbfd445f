import { describe, expect, it } from 'vitest';
import { normaliseKvkNumber } from './kvk-number.ts';

describe('normaliseKvkNumber', () => {
  it('accepts eight digits, with spaces or dots typed in between', () => {
    expect(normaliseKvkNumber('12345678')).toBe('12345678');
    expect(normaliseKvkNumber('1234 5678')).toBe('12345678');
    expect(normaliseKvkNumber('12.34.56.78')).toBe('12345678');
  });
  it('rejects other lengths and characters', () => {
    expect(normaliseKvkNumber('1234567')).toBeUndefined();
    expect(normaliseKvkNumber('123456789')).toBeUndefined();
    expect(normaliseKvkNumber('1234567a')).toBeUndefined();
    expect(normaliseKvkNumber('')).toBeUndefined();
  });
});
