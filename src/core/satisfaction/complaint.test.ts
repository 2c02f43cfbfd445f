import { describe, expect, it } from 'vitest';
import {
  complaintCheck,
  complaintDateProblems,
  complaintStatus,
  complaintTally,
  median,
  moveComplaint,
  type ComplaintDates,
} from './complaint.ts';

const received = (receivedOn: string): ComplaintDates => ({
  receivedOn,
  acknowledgedOn: null,
  solvedOn: null,
  closedOn: null,
});
const norms = { complaintAcknowledgeWorkingDays: 2, complaintSolveWorkingDays: 10 };

describe('the steps of a complaint', () => {
  it('is received, then acknowledged, solved and closed, and stands at its last step', () => {
    const friday = received('2025-03-07');
    expect(complaintStatus(friday)).toBe('received');
    const acknowledged = moveComplaint(friday, 'acknowledged', '2025-03-10');
    expect(complaintStatus(acknowledged)).toBe('acknowledged');
    expect(complaintStatus(moveComplaint(acknowledged, 'closed', '2025-03-20'))).toBe('closed');
  });

  it('takes the steps skipped on the day it moves: solved on the spot is acknowledged then too', () => {
    expect(moveComplaint(received('2025-03-07'), 'solved', '2025-03-07')).toEqual({
      receivedOn: '2025-03-07',
      acknowledgedOn: '2025-03-07',
      solvedOn: '2025-03-07',
      closedOn: null,
    });
  });

  it('undoes the later steps when it moves back: reopened, it is no longer solved', () => {
    const solved = moveComplaint(received('2025-03-07'), 'solved', '2025-03-12');
    expect(moveComplaint(solved, 'acknowledged', '2025-03-14')).toEqual({
      receivedOn: '2025-03-07',
      acknowledgedOn: '2025-03-12',
      solvedOn: null,
      closedOn: null,
    });
  });

  it('refuses a step before the one before it, a skipped step and a step after today', () => {
    const today = '2025-03-14';
    expect(
      complaintDateProblems(
        { receivedOn: '2025-03-07', acknowledgedOn: '2025-03-06', solvedOn: null, closedOn: null },
        today,
      ),
    ).toEqual([{ code: 'beforePreviousStep', path: ['acknowledgedOn'] }]);
    expect(
      complaintDateProblems(
        { receivedOn: '2025-03-07', acknowledgedOn: null, solvedOn: '2025-03-10', closedOn: null },
        today,
      ),
    ).toEqual([{ code: 'stepSkipped', path: ['solvedOn'] }]);
    expect(complaintDateProblems(received('2025-03-15'), today)).toEqual([
      { code: 'afterToday', path: ['receivedOn'] },
    ]);
    expect(
      complaintDateProblems(
        {
          receivedOn: '2025-03-07',
          acknowledgedOn: '2025-03-07',
          solvedOn: '2025-03-10',
          closedOn: '2025-03-10',
        },
        today,
      ),
    ).toEqual([]);
  });
});

describe('the norm to acknowledge and solve, in working days from the day after', () => {
  it('received Friday 7 March 2025, acknowledged within two working days is due Tuesday the 11th', () => {
    const check = complaintCheck(received('2025-03-07'), norms, '2025-03-10');
    expect(check.acknowledge.deadline).toBe('2025-03-11');
    expect(check.nextStep).toBe('acknowledge');
    expect(check.nextDeadline).toBe('2025-03-11');
    expect(check.workingDaysOverdue).toBe(0);
  });

  it('acknowledged on Wednesday the 12th is one working day late', () => {
    const dates = moveComplaint(received('2025-03-07'), 'acknowledged', '2025-03-12');
    const check = complaintCheck(dates, norms, '2025-03-12');
    expect(check.acknowledge.status).toBe('late');
    expect(check.acknowledge.workingDaysOverdue).toBe(1);
    // the next step is solving, due ten working days after Friday: Friday 21 March
    expect(check.nextStep).toBe('solve');
    expect(check.nextDeadline).toBe('2025-03-21');
  });

  it('not acknowledged by Thursday the 13th is two working days overdue; received Thursday the 6th, on Monday it is still due', () => {
    expect(complaintCheck(received('2025-03-07'), norms, '2025-03-13').workingDaysOverdue).toBe(2);
    expect(complaintCheck(received('2025-03-06'), norms, '2025-03-10').workingDaysOverdue).toBe(0);
    expect(complaintCheck(received('2025-03-06'), norms, '2025-03-11').workingDaysOverdue).toBe(1);
  });

  it('counts the resolution time in working days after the day it came in up to the day solved', () => {
    const solved = moveComplaint(received('2025-03-07'), 'solved', '2025-03-18');
    const check = complaintCheck(solved, norms, '2025-03-20');
    expect(check.resolutionWorkingDays).toBe(7);
    expect(check.solve.status).toBe('onTime');
    expect(check.nextStep).toBe('close');
    expect(check.nextDeadline).toBeNull();
  });

  it('sets no deadline where the category has no norm', () => {
    const check = complaintCheck(
      received('2025-03-07'),
      { complaintAcknowledgeWorkingDays: null, complaintSolveWorkingDays: null },
      '2025-04-30',
    );
    expect(check.acknowledge.status).toBe('noNorm');
    expect(check.workingDaysOverdue).toBe(0);
  });
});

describe('complaints per category or professional', () => {
  it('counts, open ones, mean and median resolution, and the norms met', () => {
    const complaint = (dates: ComplaintDates, today: string) => ({
      closedOn: dates.closedOn,
      check: complaintCheck(dates, norms, today),
    });
    const today = '2025-04-30';
    const tally = complaintTally([
      // solved in 2 working days (Monday and Tuesday)
      complaint(moveComplaint(received('2025-03-07'), 'closed', '2025-03-11'), today),
      // acknowledged late, solved in 11 working days: late on both
      complaint(
        {
          receivedOn: '2025-03-07',
          acknowledgedOn: '2025-03-12',
          solvedOn: '2025-03-24',
          closedOn: null,
        },
        today,
      ),
      // still only received: overdue on both
      complaint(received('2025-04-01'), today),
    ]);
    expect(tally).toEqual({
      count: 3,
      open: 2,
      solved: 2,
      averageResolutionWorkingDays: 6.5,
      medianResolutionWorkingDays: 6.5,
      acknowledgedWithinNorm: 1,
      acknowledgedJudged: 3,
      solvedWithinNorm: 1,
      solvedJudged: 3,
    });
  });

  it('takes the middle value as the median, or halfway between the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});
