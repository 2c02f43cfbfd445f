import { describe, expect, it } from 'vitest';
import {
  formatBasisPoints,
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  numberSeparators,
} from './format.ts';

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

  it('gives number inputs the separators of the language', () => {
    expect(numberSeparators('nl')).toEqual({ thousandSeparator: '.', decimalSeparator: ',' });
    expect(numberSeparators('en')).toEqual({ thousandSeparator: ',', decimalSeparator: '.' });
  });

  it('writes a calendar date without shifting it by a time zone', () => {
    expect(formatDate('2019-03-01', 'nl')).toBe('1 maart 2019');
    expect(formatDate('2019-03-01', 'en')).toBe('1 March 2019');
    expect(formatDate('2024-12-31T23:30:00Z', 'nl')).toBe('31 december 2024');
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('not a date', 'nl')).toBe('not a date');
  });
});

describe('percentages and compact amounts by language', () => {
  it('writes a ratio as a percentage with the decimal sign of the language', () => {
    expect(formatPercent(0.3121, 'nl')).toBe('31,2%');
    expect(formatPercent(0.3121, 'en')).toBe('31.2%');
    expect(formatPercent(-0.1566, 'nl', { signed: true })).toBe('-15,7%');
    expect(formatPercent(0.25, 'en', { signed: true })).toBe('+25%');
    expect(formatPercent(0, 'en', { signed: true })).toBe('0%');
  });

  it('writes every line of a column with the same decimals when fixed', () => {
    expect(formatPercent(0.13, 'nl', { signed: true, fixed: true })).toBe('+13,0%');
    expect(formatPercent(-0.152, 'nl', { signed: true, fixed: true })).toBe('-15,2%');
    expect(formatPercent(0, 'en', { fixed: true })).toBe('0.0%');
  });

  it('writes basis points as a percentage', () => {
    expect(formatBasisPoints(2125, 'nl')).toBe('21,3%');
    expect(formatBasisPoints(300, 'nl')).toBe('3,0%');
    expect(formatBasisPoints(4, 'en', 2)).toBe('0.04%');
    expect(formatBasisPoints(10_000, 'en')).toBe('100.0%');
  });

  it('shortens large amounts for chart axes', () => {
    expect(plain(formatMoneyCompact(1_561_703_656, 'EUR', 'nl'))).toBe('€ 15,6 mln.');
    expect(formatMoneyCompact(1_561_703_656, 'EUR', 'en')).toBe('€15.6m');
    expect(plain(formatMoneyCompact(95_000, 'EUR', 'nl'))).toBe('€ 950');
  });
});
