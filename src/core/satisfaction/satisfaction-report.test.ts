import { describe, expect, it } from 'vitest';
import { satisfactionReport, type ReportEvaluation } from './satisfaction-report.ts';

// The worked example: the year 2025 judged on 2026-01-20. Atlas (category A, Mila) gave a 7 and,
// after its plan, an 8; Boreas (B, Mila) a 9; Ceres (A, nobody manages it, a former client) was
// never asked. Four assignments ended in 2025: two evaluated, Ceres's not, and one of Boreas's
// ended on 2025-12-28 and is still within its 30 days; one of Atlas ended in 2024 and is not
// counted, nor is Boreas's evaluation of 2024.
const period = { from: '2025-01-01', to: '2025-12-31' };
const today = '2026-01-20';
const clients = [
  { id: 'atlas', name: 'Atlas', categoryKey: 'A', managerId: 'mila' },
  { id: 'boreas', name: 'Boreas', categoryKey: 'B', managerId: 'mila' },
  { id: 'ceres', name: 'Ceres', categoryKey: 'A', managerId: null },
];
const evaluation = (
  organizationId: string,
  evaluatedOn: string,
  overall: number,
  rest: Partial<ReportEvaluation> = {},
): ReportEvaluation => ({
  organizationId,
  assignmentId: null,
  evaluatedOn,
  overall,
  recommend: null,
  trust: null,
  ...rest,
});
const evaluations = [
  evaluation('atlas', '2025-03-10', 7, { assignmentId: 'a1', recommend: 6, trust: 'undecided' }),
  evaluation('atlas', '2025-05-01', 8, { recommend: 8, trust: 'continue' }),
  evaluation('boreas', '2025-07-15', 9, { recommend: 10, trust: 'expand' }),
  evaluation('boreas', '2024-11-01', 5, { recommend: 2, trust: 'leave' }),
];
const assignments = [
  { id: 'a0', organizationId: 'atlas', title: 'Old audit', endDate: '2024-12-01' },
  { id: 'a1', organizationId: 'atlas', title: 'Annual accounts', endDate: '2025-02-28' },
  { id: 'b1', organizationId: 'boreas', title: 'Tax return', endDate: '2025-07-01' },
  { id: 'b2', organizationId: 'boreas', title: 'Year-end advice', endDate: '2025-12-28' },
  { id: 'c1', organizationId: 'ceres', title: 'Payroll', endDate: '2025-06-30' },
];

const report = satisfactionReport({
  period,
  today,
  clients,
  evaluations,
  assignments,
  categoryOrder: ['A', 'B', 'C', null],
});

describe('the satisfaction report of a year', () => {
  it('counts the evaluations of the year with their averages and intentions', () => {
    expect(report.firm).toMatchObject({
      evaluations: 3,
      // (7 + 8 + 9) / 3
      averageOverall: 8,
      // (6 + 8 + 10) / 3
      averageRecommend: 8,
      trust: { expand: 1, continue: 1, undecided: 1, leave: 0, notAsked: 0 },
      trustShareBasisPoints: { expand: 3333, continue: 3333, undecided: 3333, leave: 0 },
    });
  });

  it('measures the response rate over the assignments that ended in the year', () => {
    // a1 (named) and b1 (Boreas's 9 of 2025-07-15, after its end) are evaluated; b2 and c1 not
    expect(report.firm).toMatchObject({
      assignmentsEnded: 4,
      assignmentsEvaluated: 2,
      responseRateBasisPoints: 5000,
    });
    // the most overdue first: c1's 30 days ran out on 2025-07-30; b2 is still within them
    expect(report.notEvaluated).toEqual([
      {
        assignmentId: 'c1',
        title: 'Payroll',
        organizationId: 'ceres',
        organizationName: 'Ceres',
        endDate: '2025-06-30',
        deadline: '2025-07-30',
        daysOverdue: 174,
      },
      {
        assignmentId: 'b2',
        title: 'Year-end advice',
        organizationId: 'boreas',
        organizationName: 'Boreas',
        endDate: '2025-12-28',
        deadline: '2026-01-27',
        daysOverdue: 0,
      },
    ]);
  });

  it('splits by category in the scheme’s order and by relationship manager', () => {
    expect(report.categories.map((group) => group.categoryKey)).toEqual(['A', 'B']);
    expect(report.categories[0]).toMatchObject({
      evaluations: 2,
      averageOverall: 7.5,
      averageRecommend: 7,
      assignmentsEnded: 2,
      assignmentsEvaluated: 1,
      responseRateBasisPoints: 5000,
    });
    expect(report.categories[1]).toMatchObject({
      evaluations: 1,
      averageOverall: 9,
      trustShareBasisPoints: { expand: 10000, continue: 0, undecided: 0, leave: 0 },
      assignmentsEnded: 2,
      assignmentsEvaluated: 1,
    });
    expect(report.professionals).toMatchObject([
      { userId: 'mila', evaluations: 3, assignmentsEnded: 3, assignmentsEvaluated: 2 },
      // the client nobody manages still counts
      {
        userId: null,
        evaluations: 0,
        averageOverall: null,
        trustShareBasisPoints: null,
        assignmentsEnded: 1,
        assignmentsEvaluated: 0,
        responseRateBasisPoints: 0,
      },
    ]);
  });

  it('leaves out the recommend scores and intentions not asked', () => {
    const quiet = satisfactionReport({
      period,
      today,
      clients,
      evaluations: [evaluation('atlas', '2025-04-01', 6)],
      assignments: [],
      categoryOrder: [],
    });
    expect(quiet.firm).toMatchObject({
      evaluations: 1,
      averageOverall: 6,
      averageRecommend: null,
      trust: { notAsked: 1 },
      trustShareBasisPoints: null,
      assignmentsEnded: 0,
      responseRateBasisPoints: null,
    });
  });
});
