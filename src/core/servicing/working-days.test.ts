import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayNumberOf, isoDateOfDayNumber } from './calendar-days.ts';
import { defaultHolidayCalendar, type HolidayCalendar } from './dutch-holidays.ts';
import {
  addWorkingDays,
  firstWorkingDayFrom,
  isWorkingDay,
  nextWorkingDayDeadline,
  sameWorkingDayDeadline,
  workingDayDeadline,
  workingDaysBetween,
  workingDaysLate,
  workingDaysTaken,
} from './working-days.ts';

// Friday 21 November 2025 and the Tuesday after it
const friday = '2025-11-21';
const tuesday = '2025-11-25';

const dateArbitrary = fc
  .integer({ min: dayNumberOf('1990-01-01'), max: dayNumberOf('2060-12-31') })
  .map(isoDateOfDayNumber);
const calendarArbitrary: fc.Arbitrary<HolidayCalendar> = fc.constantFrom(
  defaultHolidayCalendar,
  { holidays: [], liberationDay: 'everyYear', closedDates: [] },
  {
    holidays: ['goodFriday', 'liberationDay', 'christmasDay', 'boxingDay'],
    liberationDay: 'everyYear',
    closedDates: ['2025-12-29', '2025-12-30', '2025-12-31'],
  },
);

describe('isWorkingDay', () => {
  it('is false on weekends, holidays off and closing days', () => {
    expect(isWorkingDay(friday)).toBe(true);
    expect(isWorkingDay('2025-11-22')).toBe(false); // Saturday
    expect(isWorkingDay('2025-12-25')).toBe(false);
    expect(isWorkingDay('2026-04-03')).toBe(true); // Good Friday, worked by default
    expect(isWorkingDay('2026-05-05')).toBe(true); // Liberation Day outside a fifth year
    expect(isWorkingDay('2025-05-05')).toBe(false);
    const closing = { ...defaultHolidayCalendar, closedDates: ['2025-12-29'] };
    expect(isWorkingDay('2025-12-29', closing)).toBe(false);
    expect(isWorkingDay('2025-12-29')).toBe(true);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it('skip weekends and holidays, the start day not counted', () => {
    expect(addWorkingDays(friday, 1)).toBe('2025-11-24');
    expect(addWorkingDays('2025-11-22', 1)).toBe('2025-11-24');
    expect(addWorkingDays(friday, 0)).toBe(friday);
    expect(addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // over Ascension Day
    expect(workingDaysBetween(friday, tuesday)).toBe(2);
    expect(workingDaysBetween(tuesday, friday)).toBe(-2);
    expect(workingDaysBetween(friday, friday)).toBe(0);
  });
  it('refuses a negative or broken number of days', () => {
    expect(() => addWorkingDays(friday, -1)).toThrow(/whole number/);
    expect(() => addWorkingDays(friday, 1.5)).toThrow(/whole number/);
  });
  it('round-trip: the working days between a date and n working days later are n', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 0, max: 60 }), calendarArbitrary, (d, n, c) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n, c), c)).toBe(n);
      }),
    );
  });
  it('lands on a working day for n ≥ 1, with no working day skipped on the way', () => {
    fc.assert(
      fc.property(dateArbitrary, fc.integer({ min: 1, max: 60 }), calendarArbitrary, (d, n, c) => {
        const result = addWorkingDays(d, n, c);
        expect(isWorkingDay(result, c)).toBe(true);
        expect(workingDaysBetween(d, addCalendarDays(result, -1), c)).toBe(n - 1);
      }),
    );
  });
  it('counts over long spans as the days one by one do, holidays and closing days included', () => {
    fc.assert(
      fc.property(
        dateArbitrary,
        fc.integer({ min: -800, max: 800 }),
        calendarArbitrary,
        (from, span, calendar) => {
          const to = addCalendarDays(from, span);
          let byDay = 0;
          for (let day = 1; day <= Math.abs(span); day += 1)
            if (isWorkingDay(addCalendarDays(span >= 0 ? from : to, day), calendar)) byDay += 1;
          expect(workingDaysBetween(from, to, calendar)).toBe(span >= 0 ? byDay : -byDay || 0);
        },
      ),
      { numRuns: 60 },
    );
    // over a firm's closing days between Christmas and New Year: 3 days fewer than without them
    const closing: HolidayCalendar = {
      holidays: ['christmasDay', 'boxingDay'],
      liberationDay: 'everyYear',
      closedDates: ['2025-12-29', '2025-12-30', '2025-12-31'],
    };
    const open = { ...closing, closedDates: [] };
    expect(workingDaysBetween('2025-06-01', '2026-06-01', closing)).toBe(
      workingDaysBetween('2025-06-01', '2026-06-01', open) - 3,
    );
  });
  it('counts no working day backwards as 0, not -0', () => {
    // Saturday back to Friday: nothing after the Friday up to the Saturday is a working day
    expect(Object.is(workingDaysBetween('1990-01-06', '1990-01-05'), 0)).toBe(true);
  });
  it('counts working days additively over a date in between', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, dateArbitrary, calendarArbitrary, (a, b, m, c) => {
        expect(workingDaysBetween(a, m, c) + workingDaysBetween(m, b, c)).toBe(
          workingDaysBetween(a, b, c),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe('deadlines in working days count from the day after the request', () => {
  // the method's example: an A-client asks for a proposal on Friday 7 March 2025, norm two days
  const askedOnFriday = '2025-03-07';

  it('a proposal asked for on Friday 7 March 2025 within two working days is due Tuesday 11 March', () => {
    expect(workingDayDeadline(askedOnFriday, 1)).toBe('2025-03-10'); // Monday is day 1
    expect(workingDayDeadline(askedOnFriday, 2)).toBe('2025-03-11'); // Tuesday day 2
    expect(workingDayDeadline(askedOnFriday, 5)).toBe('2025-03-14');
  });
  it('a request on a Saturday within one working day is due the Monday after', () => {
    expect(workingDayDeadline('2025-03-08', 1)).toBe('2025-03-10');
    expect(workingDayDeadline('2025-03-08', 2)).toBe('2025-03-11');
  });
  it('a request the day before Christmas skips Christmas and Boxing Day', () => {
    expect(workingDayDeadline('2024-12-24', 1)).toBe('2024-12-27');
  });
  it('a norm of no working days is refused', () => {
    expect(() => workingDayDeadline(askedOnFriday, 0)).toThrow(/at least 1/);
  });
  it('a proposal asked for on Friday and sent on Tuesday took two working days', () => {
    expect(workingDaysTaken(askedOnFriday, '2025-03-11')).toBe(2);
    expect(workingDaysTaken(askedOnFriday, '2025-03-10')).toBe(1);
    expect(workingDaysTaken(askedOnFriday, askedOnFriday)).toBe(0); // sent the same day
    expect(workingDaysTaken('2025-03-08', '2025-03-09')).toBe(0); // over a weekend
    expect(() => workingDaysTaken('2025-03-11', askedOnFriday)).toThrow(/before the request/);
  });
  it('sent on Tuesday 11 March is on time, on Wednesday the 12th one working day late', () => {
    const deadline = workingDayDeadline(askedOnFriday, 2);
    expect(workingDaysLate(deadline, '2025-03-11')).toBe(0);
    expect(workingDaysLate(deadline, '2025-03-10')).toBe(0);
    expect(workingDaysLate(deadline, '2025-03-12')).toBe(1);
    expect(workingDaysLate(deadline, '2025-03-17')).toBe(4); // the next Monday
  });
  it('a request done on the Saturday after a Friday deadline is one working day late', () => {
    expect(workingDaysLate('2025-03-14', '2025-03-15')).toBe(1);
    expect(workingDaysLate('2025-03-14', '2025-03-17')).toBe(1);
  });
  it('is done within n working days exactly when done on or before the deadline, on working days', () => {
    fc.assert(
      fc.property(
        dateArbitrary,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        calendarArbitrary,
        (requested, after, norm, c) => {
          const done = addWorkingDays(firstWorkingDayFrom(requested, c), after, c);
          const deadline = workingDayDeadline(requested, norm, c);
          expect(workingDaysTaken(requested, done, c) <= norm).toBe(done <= deadline);
          expect(workingDaysLate(deadline, done, c)).toBe(
            Math.max(0, workingDaysTaken(requested, done, c) - norm),
          );
        },
      ),
    );
  });
  it('a call on Tuesday 24 December 2024 is called back the next working day by Friday 27 December', () => {
    expect(nextWorkingDayDeadline('2024-12-24')).toBe('2024-12-27');
    expect(sameWorkingDayDeadline('2024-12-24')).toBe('2024-12-24');
    expect(sameWorkingDayDeadline('2024-12-25')).toBe('2024-12-27');
    // the next working day is the one-day norm of a request: one rule for both
    expect(nextWorkingDayDeadline('2024-12-24')).toBe(workingDayDeadline('2024-12-24', 1));
  });
  it('gives call-back deadlines for the same and the next working day around a weekend', () => {
    expect(sameWorkingDayDeadline(friday)).toBe(friday);
    expect(nextWorkingDayDeadline(friday)).toBe('2025-11-24');
    expect(sameWorkingDayDeadline('2025-11-22')).toBe('2025-11-24');
    expect(nextWorkingDayDeadline('2025-11-22')).toBe('2025-11-24');
    expect(nextWorkingDayDeadline('2025-12-24')).toBe('2025-12-29');
  });
});
