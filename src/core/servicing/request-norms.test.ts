import { describe, expect, it } from 'vitest';
import { defaultHolidayCalendar } from './dutch-holidays.ts';
import { callBackCheck, callBackDeadline, proposalCheck } from './request-norms.ts';
import { presetServiceConcepts } from './service-presets.ts';

const friday = '2025-11-21';
const tuesday = '2025-11-25';

describe('proposalCheck', () => {
  it('finds an A-client proposal asked on Friday and sent Tuesday late at two days, on time at five', () => {
    const [a] = presetServiceConcepts('freelancerAbc');
    const atTwo = proposalCheck({
      requested: friday,
      done: tuesday,
      today: '2025-12-01',
      turnaroundWorkingDays: a?.proposalTurnaroundWorkingDays ?? null,
    });
    expect(atTwo).toEqual({
      deadline: '2025-11-24',
      workingDaysTaken: 3,
      status: 'late',
      withinNorm: false,
      daysOverdue: 1,
    });
    const atFive = proposalCheck({
      requested: friday,
      done: tuesday,
      today: '2025-12-01',
      turnaroundWorkingDays: 5,
    });
    expect(atFive).toMatchObject({ deadline: '2025-11-27', status: 'onTime', withinNorm: true });
    expect(atFive.daysOverdue).toBe(0);
  });
  it('is open until the deadline has passed, then overdue by the calendar days since', () => {
    const open = { requested: friday, done: null, turnaroundWorkingDays: 2 };
    expect(proposalCheck({ ...open, today: '2025-11-24' })).toMatchObject({
      status: 'open',
      withinNorm: null,
      workingDaysTaken: null,
      daysOverdue: 0,
    });
    expect(proposalCheck({ ...open, today: '2025-11-27' })).toMatchObject({
      status: 'overdue',
      withinNorm: false,
      daysOverdue: 3,
    });
  });
  it('judges nothing without a norm, but still counts the working days taken', () => {
    expect(
      proposalCheck({
        requested: friday,
        done: tuesday,
        today: tuesday,
        turnaroundWorkingDays: null,
      }),
    ).toEqual({
      deadline: null,
      workingDaysTaken: 3,
      status: 'noNorm',
      withinNorm: null,
      daysOverdue: 0,
    });
  });
  it('follows the firm’s calendar: a closing day moves the deadline', () => {
    const calendar = { ...defaultHolidayCalendar, closedDates: ['2025-11-24'] };
    const check = proposalCheck({
      requested: friday,
      done: tuesday,
      today: tuesday,
      turnaroundWorkingDays: 2,
      calendar,
    });
    expect(check).toMatchObject({ deadline: tuesday, status: 'onTime', workingDaysTaken: 2 });
  });
});

describe('callBackCheck', () => {
  it('has deadlines only for the same and the next working day', () => {
    expect(callBackDeadline(friday, 'sameWorkingDay')).toBe(friday);
    expect(callBackDeadline(friday, 'nextWorkingDay')).toBe('2025-11-24');
    expect(callBackDeadline(friday, 'asSoonAsPossible')).toBeNull();
    expect(callBackDeadline(friday, 'none')).toBeNull();
  });
  it('finds a Friday call returned on Monday late the same day, on time the next', () => {
    const call = { requested: friday, done: '2025-11-24', today: tuesday };
    expect(callBackCheck({ ...call, norm: 'sameWorkingDay' })).toMatchObject({
      status: 'late',
      daysOverdue: 3,
    });
    expect(callBackCheck({ ...call, norm: 'nextWorkingDay' })).toMatchObject({
      status: 'onTime',
      workingDaysTaken: 2,
    });
    expect(callBackCheck({ ...call, norm: 'asSoonAsPossible' })).toMatchObject({
      status: 'noNorm',
      workingDaysTaken: 2,
    });
  });
});
