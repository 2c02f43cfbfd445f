import { describe, expect, it } from 'vitest';
import { parseHours } from './hours.ts';

const hours = (value: unknown, separator: ',' | '.' | null = null) => {
  const reading = parseHours(value, separator);
  return reading.ok ? reading.hours : reading.reason;
};

describe('parseHours', () => {
  it('reads decimals in either notation, with at most two decimals', () => {
    expect(hours('12,5')).toBe('12.5');
    expect(hours('12.50')).toBe('12.5');
    expect(hours('1.234,25')).toBe('1234.25');
    expect(hours('8')).toBe('8');
    expect(hours('0,125', ',')).toBe('0.13');
    expect(hours('-2,5')).toBe('-2.5');
    expect(hours(7.5)).toBe('7.5');
    expect(hours(1 / 3)).toBe('0.33');
    expect(hours('12,5 uur')).toBe('12.5');
    expect(hours('3 h')).toBe('3');
  });

  it('reads hours and minutes', () => {
    expect(hours('7:30')).toBe('7.5');
    expect(hours('1:20')).toBe('1.33');
    expect(hours('0:01')).toBe('0.02');
    expect(hours('-0:45')).toBe('-0.75');
    expect(hours('120:00')).toBe('120');
  });

  it('is null when empty and refuses what is no number of hours', () => {
    expect(hours('')).toBeNull();
    expect(hours(null)).toBeNull();
    expect(hours('veel')).toBe("'veel' is not a number of hours");
    expect(parseHours('veel')).toMatchObject({
      ok: false,
      code: 'hours.notHours',
      params: { cell: "'veel'" },
    });
    expect(hours('7:75')).toBe("'7:75' is not a number of hours");
    expect(hours(`1${' '.repeat(1_000_000)}x`)).toMatch(/is not a number of hours$/);
  });
});
