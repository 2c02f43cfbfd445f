import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './calendar-days.ts';
import type { ActivityType } from './four-ps.ts';
import {
  isPersonalContact,
  personalContactCheck,
  personalContactsInPeriod,
} from './personal-contact.ts';

const today = '2025-11-26';

describe('personalContactCheck', () => {
  it('finds an A-client without personal contact for 61 days overdue under a 60-day norm, 60 days not', () => {
    const check = (days: number) =>
      personalContactCheck({
        lastContact: addCalendarDays(today, -days),
        since: '2020-01-01',
        intervalDays: 60,
        today,
      });
    expect(check(61)).toEqual({
      dueDate: '2025-11-25',
      daysSinceContact: 61,
      status: 'overdue',
      daysOverdue: 1,
    });
    expect(check(60)).toMatchObject({ dueDate: today, status: 'due', daysOverdue: 0 });
    expect(check(59)).toMatchObject({ status: 'notDue', daysOverdue: 0 });
  });
  it('runs the interval from the assignment when there was no contact', () => {
    const check = personalContactCheck({
      lastContact: null,
      since: '2025-11-01',
      intervalDays: 14,
      today,
    });
    expect(check).toEqual({
      dueDate: '2025-11-15',
      daysSinceContact: null,
      status: 'overdue',
      daysOverdue: 11,
    });
  });
  it('judges nothing without an interval, and refuses a broken one', () => {
    const input = { lastContact: '2025-01-01', since: '2020-01-01', today };
    expect(personalContactCheck({ ...input, intervalDays: null })).toMatchObject({
      status: 'noNorm',
      daysSinceContact: 329,
    });
    expect(() => personalContactCheck({ ...input, intervalDays: 0 })).toThrow(/whole number/);
  });
});

describe('personalContactsInPeriod', () => {
  it('counts the contacts within the period, both ends included', () => {
    const contactDates = ['2024-12-31', '2025-01-01', '2025-06-30', '2025-12-31', '2026-01-01'];
    expect(
      personalContactsInPeriod({ contactDates, from: '2025-01-01', to: '2025-12-31', minimum: 2 }),
    ).toEqual({ count: 3, minimum: 2, met: true, missing: 0 });
    expect(
      personalContactsInPeriod({ contactDates, from: '2025-02-01', to: '2025-12-30', minimum: 2 }),
    ).toEqual({ count: 1, minimum: 2, met: false, missing: 1 });
  });
  it('takes visits, calls, meetings and evaluation conversations as personal contact', () => {
    const types: ActivityType[] = ['visit', 'call', 'meeting', 'evaluation', 'email', 'gift'];
    expect(types.filter(isPersonalContact)).toEqual(['visit', 'call', 'meeting', 'evaluation']);
  });
});
