import { describe, expect, it } from 'vitest';
import {
  formatGoalValue,
  measureDefaults,
  measuresByKind,
  storedValue,
  typedValue,
} from './goalValues.ts';

describe('goal values', () => {
  it('turn what is typed into the stored whole number and back', () => {
    expect(storedValue(95, 'basisPoints')).toBe(9500);
    expect(storedValue(12.5, 'basisPoints')).toBe(1250);
    expect(storedValue(1250.5, 'cents')).toBe(125_050);
    expect(storedValue(1.333, 'hundredths')).toBe(133);
    expect(storedValue(24, 'months')).toBe(24);
    expect(typedValue(9500, 'basisPoints')).toBe(95);
    expect(typedValue(133, 'hundredths')).toBe(1.33);
  });

  it('read as a percentage, money or a number in the language', () => {
    const nl = { language: 'nl' as const, currency: 'EUR' };
    expect(formatGoalValue(6250, 'basisPoints', nl)).toBe('62,5%');
    expect(formatGoalValue(10_000, 'cents', nl)).toMatch(/^€\s100,00$/);
    expect(formatGoalValue(133, 'hundredths', { language: 'en', currency: 'EUR' })).toBe('1.33');
  });

  it('offer every measure of the six kinds once', () => {
    const offered = Object.values(measuresByKind).flat();
    expect(new Set(offered).size).toBe(offered.length);
    expect([...offered].sort()).toEqual(Object.keys(measureDefaults).sort());
  });
});
