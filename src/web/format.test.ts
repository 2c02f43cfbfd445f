import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format.ts';

const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('formatting by language', () => {
  it('writes money the Dutch way in Dutch and the English way in English', () => {
    expect(plain(formatMoney(123_456, 'EUR', 'nl'))).toBe('€ 1.234,56');
    expect(plain(formatMoney(-123_456, 'EUR', 'nl'))).toBe('€ -1.234,56');
    expect(formatMoney(123_456, 'EUR', 'en')).toBe('€1,234.56');
    expect(plain(formatMoney(99, 'USD', 'nl'))).toBe('US$ 0,99');
  });

  it('groups thousands by language', () => {
    expect(formatNumber(50_000, 'nl')).toBe('50.000');
    expect(formatNumber(50_000, 'en')).toBe('50,000');
  });

  it('writes a calendar date without shifting it by a time zone', () => {
    expect(formatDate('2019-03-01', 'nl')).toBe('1 maart 2019');
    expect(formatDate('2019-03-01', 'en')).toBe('1 March 2019');
    expect(formatDate('2024-12-31T23:30:00Z', 'nl')).toBe('31 december 2024');
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });
});
