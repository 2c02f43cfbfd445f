import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate, parseIsoDate } from './iso-date.ts';

describe('ISO dates', () => {
  it('reads and writes YYYY-MM-DD', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatIsoDate({ year: 2025, month: 3, day: 1 })).toBe('2025-03-01');
  });
  it('refuses days that do not exist and other formats', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(/not a date/);
    expect(() => parseIsoDate('2024-13-01')).toThrow(/not a date/);
    expect(() => parseIsoDate('31-12-2024')).toThrow(/not a date/);
    expect(() => parseIsoDate('0099-01-01')).toThrow(/not a date/);
  });
  it('knows the length of months, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
  });
});
