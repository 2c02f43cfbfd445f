import { describe, expect, it } from 'vitest';
import {
  assignmentEvaluationCheck,
  coveringEvaluation,
  evaluationDeadline,
  evaluationsDue,
  evaluationsOfPeriod,
} from './evaluation-due.ts';

const assignment = { id: 'a1', endDate: '2026-03-31' };

describe('the evaluation after an assignment', () => {
  it('is due from the day after its end, on time within 30 days', () => {
    expect(evaluationDeadline('2026-03-31')).toBe('2026-04-30');
    expect(assignmentEvaluationCheck(assignment, [], '2026-04-01')).toMatchObject({
      dueFrom: '2026-04-01',
      deadline: '2026-04-30',
      status: 'open',
      daysOverdue: 0,
    });
    expect(assignmentEvaluationCheck(assignment, [], '2026-05-03')).toMatchObject({
      status: 'overdue',
      daysOverdue: 3,
    });
  });

  it('is done by an evaluation that names it, whenever, or one of the client on or after its end', () => {
    const named = [{ assignmentId: 'a1', evaluatedOn: '2026-03-20' }];
    expect(coveringEvaluation(assignment, named)).toBe('2026-03-20');
    const unnamedBefore = [{ assignmentId: null, evaluatedOn: '2026-03-30' }];
    expect(coveringEvaluation(assignment, unnamedBefore)).toBeNull();
    const otherAssignment = [{ assignmentId: 'a2', evaluatedOn: '2026-04-05' }];
    expect(coveringEvaluation(assignment, otherAssignment)).toBeNull();
    const unnamedAfter = [{ assignmentId: null, evaluatedOn: '2026-05-04' }];
    expect(assignmentEvaluationCheck(assignment, unnamedAfter, '2026-06-01')).toMatchObject({
      evaluatedOn: '2026-05-04',
      status: 'late',
      daysOverdue: 4,
    });
    expect(assignmentEvaluationCheck(assignment, named, '2026-06-01').status).toBe('done');
  });

  it('lists the ended, unevaluated assignments of the last year, the earliest deadline first', () => {
    const assignments = [
      { id: 'running', endDate: '2026-06-01' },
      { id: 'endsToday', endDate: '2026-05-15' },
      { id: 'recent', endDate: '2026-05-01' },
      { id: 'older', endDate: '2026-01-10' },
      { id: 'evaluated', endDate: '2026-02-01' },
      { id: 'history', endDate: '2025-05-14' },
    ];
    const due = evaluationsDue(
      assignments,
      [{ assignmentId: 'evaluated', evaluatedOn: '2026-02-03' }],
      '2026-05-15',
    );
    expect(due.map((check) => check.assignmentId)).toEqual(['older', 'recent']);
    expect(due[0]).toMatchObject({ status: 'overdue', deadline: '2026-02-09', daysOverdue: 95 });
  });
});

describe('the norm over a fiscal year', () => {
  const year = { from: '2026-01-01', to: '2026-12-31' };
  const assignments = [
    { id: 'lastYear', endDate: '2025-12-20' }, // deadline 19 January: this year's
    { id: 'onTime', endDate: '2026-03-01' },
    { id: 'late', endDate: '2026-04-01' },
    { id: 'missed', endDate: '2026-05-01' },
    { id: 'stillOpen', endDate: '2026-06-10' },
    { id: 'nextYear', endDate: '2026-12-15' }, // deadline 14 January: next year's
  ];
  const evaluations = [
    { assignmentId: 'lastYear', evaluatedOn: '2026-01-10' },
    { assignmentId: 'onTime', evaluatedOn: '2026-03-20' },
    { assignmentId: 'late', evaluatedOn: '2026-06-01' },
  ];

  it('asks an evaluation of each assignment whose 30 days ran out in the year, by the day judged', () => {
    expect(evaluationsOfPeriod(assignments, evaluations, { ...year, today: '2026-06-15' })).toEqual(
      { due: 4, onTime: 2 },
    );
    // on its deadline an assignment is still within its 30 days: not judged yet
    expect(evaluationsOfPeriod(assignments, evaluations, { ...year, today: '2026-07-10' })).toEqual(
      { due: 4, onTime: 2 },
    );
    expect(evaluationsOfPeriod(assignments, evaluations, { ...year, today: '2026-12-31' })).toEqual(
      { due: 5, onTime: 2 },
    );
  });
});
