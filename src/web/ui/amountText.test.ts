import { describe, expect, it } from 'vitest';
import { formatHundredths, parseHundredths } from './amountText.ts';

const value = (text: string, language: 'nl' | 'en' = 'nl') => parseHundredths(text, language).value;

describe('amounts as people type them', () => {
  it('reads Dutch amounts with grouping points and a decimal comma', () => {
    expect(value('€ 1.234,56')).toBe(123_456);
    expect(value('1234,5')).toBe(123_450);
    expect(value('1.250')).toBe(125_000);
    expect(value('2.300.000')).toBe(230_000_000);
    expect(value('  ')).toBe(0);
  });

  it('reads English amounts with grouping commas and a decimal point', () => {
    expect(value('€1,234.56', 'en')).toBe(123_456);
    expect(value('1,250', 'en')).toBe(125_000);
    expect(value('0.5', 'en')).toBe(50);
  });

  it('takes the other decimal sign where it cannot be grouping', () => {
    expect(value('12.5')).toBe(1250);
    expect(value('1234.56')).toBe(123_456);
    expect(value('12,5', 'en')).toBe(1250);
  });

  it('keeps a leading minus, also the typographic one', () => {
    expect(value('-200,00')).toBe(-20_000);
    expect(value('− € 1.000')).toBe(-100_000);
    expect(value('-0')).toBe(0);
  });

  it('says what is wrong with text that is no amount', () => {
    expect(parseHundredths('twaalf', 'nl')).toEqual({ value: null, problem: 'invalid' });
    expect(parseHundredths('1,2,3', 'nl')).toEqual({ value: null, problem: 'invalid' });
    expect(parseHundredths('12.34.5', 'nl')).toEqual({ value: null, problem: 'invalid' });
    expect(parseHundredths('1,234', 'nl')).toEqual({ value: null, problem: 'decimals' });
    expect(parseHundredths('10.123', 'en')).toEqual({ value: null, problem: 'decimals' });
    expect(parseHundredths('1e5', 'en')).toEqual({ value: null, problem: 'invalid' });
    expect(parseHundredths('9'.repeat(20), 'en')).toEqual({ value: null, problem: 'invalid' });
  });

  it('writes amounts back in the language, to be read again as the same amount', () => {
    expect(formatHundredths(123_456, 'nl', { fixed: true })).toBe('1.234,56');
    expect(formatHundredths(123_456, 'en', { fixed: true })).toBe('1,234.56');
    expect(formatHundredths(1250, 'nl', { fixed: false })).toBe('12,5');
    for (const cents of [0, 5, 99_999, 123_456_789, -4200]) {
      for (const language of ['nl', 'en'] as const) {
        const text = formatHundredths(cents, language, { fixed: true });
        expect(parseHundredths(text, language).value).toBe(cents);
      }
    }
  });
});
