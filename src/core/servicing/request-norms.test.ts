import { describe, expect, it } from 'vitest';
import { defaultHolidayCalendar } from './dutch-holidays.ts';
import { callBackCheck, callBackDeadline, proposalCheck } from './request-norms.ts';
import { presetServiceConcepts } from './service-presets.ts';

const friday = '2025-11-21';
const tuesday = '2025-11-25';

describe('proposalCheck', () => {
  it('an A-client proposal asked for on Friday 7 March 2025 and sent Tuesday 11 March is on time within two working days', () => {
    const [a] = presetServiceConcepts('freelancerAbc');
    const check = proposalCheck({
      requested: '2025-03-07',
      done: '2025-03-11',
      today: '2025-03-20',
      turnaroundWorkingDays: a?.proposalTurnaroundWorkingDays ?? null,
    });
    expect(check).toEqual({
      deadline: '2025-03-11',
      workingDaysTaken: 2,
      status: 'onTime',
      withinNorm: true,
      workingDaysOverdue: 0,
    });
  });
  it('the same proposal sent on Wednesday 12 March is one working day late', () => {
    const check = proposalCheck({
      requested: '2025-03-07',
      done: '2025-03-12',
      today: '2025-03-20',
      turnaroundWorkingDays: 2,
    });
    expect(check).toEqual({
      deadline: '2025-03-11',
      workingDaysTaken: 3,
      status: 'late',
      withinNorm: false,
      workingDaysOverdue: 1,
    });
    const atFive = proposalCheck({
      ...check,
      requested: '2025-03-07',
      done: '2025-03-12',
      today: '2025-03-20',
      turnaroundWorkingDays: 5,
    });
    expect(atFive).toMatchObject({ deadline: '2025-03-14', status: 'onTime', withinNorm: true });
  });
  it('is open until the deadline has passed, then overdue by the working days since', () => {
    const open = { requested: friday, done: null, turnaroundWorkingDays: 2 };
    expect(proposalCheck({ ...open, today: tuesday })).toMatchObject({
      status: 'open',
      withinNorm: null,
      workingDaysTaken: null,
      workingDaysOverdue: 0,
    });
    expect(proposalCheck({ ...open, today: '2025-11-27' })).toMatchObject({
      status: 'overdue',
      withinNorm: false,
      workingDaysOverdue: 2,
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
      workingDaysTaken: 2,
      status: 'noNorm',
      withinNorm: null,
      workingDaysOverdue: 0,
    });
  });
  it('follows the firm’s calendar: a closing day moves the deadline', () => {
    const calendar = { ...defaultHolidayCalendar, closedDates: ['2025-11-24'] };
    const check = proposalCheck({
      requested: friday,
      done: '2025-11-26',
      today: '2025-11-26',
      turnaroundWorkingDays: 2,
      calendar,
    });
    expect(check).toMatchObject({ deadline: '2025-11-26', status: 'onTime', workingDaysTaken: 2 });
  });
});

describe('callBackCheck', () => {
  it('a call on Tuesday 24 December 2024 returned on Friday 27 December is on time the next working day', () => {
    const call = { requested: '2024-12-24', done: '2024-12-27', today: '2024-12-30' };
    expect(callBackCheck({ ...call, norm: 'nextWorkingDay' })).toMatchObject({
      deadline: '2024-12-27',
      status: 'onTime',
      workingDaysTaken: 1,
    });
  });
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
      workingDaysOverdue: 1,
    });
    expect(callBackCheck({ ...call, norm: 'nextWorkingDay' })).toMatchObject({
      status: 'onTime',
      workingDaysTaken: 1,
    });
    expect(callBackCheck({ ...call, norm: 'asSoonAsPossible' })).toMatchObject({
      status: 'noNorm',
      workingDaysTaken: 1,
    });
  });
});
