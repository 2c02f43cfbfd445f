import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from './calendar-days.ts';
import { easterSunday } from './easter.ts';

describe('easterSunday', () => {
  it('gives the published dates, the earliest, the latest and the corrected years among them', () => {
    const known: [number, string][] = [
      [1583, '1583-04-10'],
      [1818, '1818-03-22'], // as early as it gets
      [1943, '1943-04-25'], // as late as it gets
      [1954, '1954-04-18'], // the correction of the 19-year cycle applies
      [1981, '1981-04-19'], // and here
      [2000, '2000-04-23'],
      [2008, '2008-03-23'],
      [2011, '2011-04-24'],
      [2014, '2014-04-20'],
      [2019, '2019-04-21'],
      [2020, '2020-04-12'],
      [2021, '2021-04-04'],
      [2022, '2022-04-17'],
      [2023, '2023-04-09'],
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2028, '2028-04-16'],
      [2029, '2029-04-01'],
      [2030, '2030-04-21'],
      [2038, '2038-04-25'],
      [2049, '2049-04-18'],
      [2076, '2076-04-19'],
      [2285, '2285-03-22'],
    ];
    expect(known.map(([year]) => [year, easterSunday(year)])).toEqual(known);
  });
  it('is always a Sunday from 22 March to 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(weekdayOf(easter)).toBe(7);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(/Gregorian year/);
    expect(() => easterSunday(2025.5)).toThrow(/Gregorian year/);
  });
});
