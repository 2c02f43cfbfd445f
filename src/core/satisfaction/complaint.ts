// A client's complaint, method.md §7 and §15: the firm draws complaints out and follows each up
// from the day it came in: acknowledged to the client, solved, closed. The category's service
// concept says within how many working days it is acknowledged and solved; both count from the
// day after it came in, as every deadline in working days does (working-days.ts, decision 0013).
import type { Problem } from '../choosing/problems.ts';
import { defaultHolidayCalendar, type HolidayCalendar } from '../servicing/dutch-holidays.ts';
import { checkRequest, type RequestCheck } from '../servicing/request-norms.ts';
import type { ServiceConcept } from '../servicing/service-concept.ts';
import { workingDayDeadline, workingDaysTaken } from '../servicing/working-days.ts';

/** The steps of a complaint, in the order they are taken. */
export const complaintStatuses = ['received', 'acknowledged', 'solved', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** How heavily the client feels it, lightest first. */
export const complaintSeverities = ['minor', 'serious', 'critical'] as const;
export type ComplaintSeverity = (typeof complaintSeverities)[number];

/** The day a complaint came in and the day each later step was taken (null: not yet). */
export type ComplaintDates = {
  receivedOn: string;
  acknowledgedOn: string | null;
  solvedOn: string | null;
  closedOn: string | null;
};

const stepDates = ['receivedOn', 'acknowledgedOn', 'solvedOn', 'closedOn'] as const;
type StepDate = (typeof stepDates)[number];

/** Where a complaint stands: the last step taken. */
export function complaintStatus(dates: ComplaintDates): ComplaintStatus {
  if (dates.closedOn !== null) return 'closed';
  if (dates.solvedOn !== null) return 'solved';
  if (dates.acknowledgedOn !== null) return 'acknowledged';
  return 'received';
}

export type ComplaintDateProblemCode = 'afterToday' | 'stepSkipped' | 'beforePreviousStep';

/**
 * Every problem with a complaint's dates at today: no step after today; no step taken without the
 * one before it (a complaint is acknowledged before it is solved, solved before it is closed); no
 * step on a day before the step before it, so none before the complaint came in.
 */
export function complaintDateProblems(
  dates: ComplaintDates,
  today: string,
): Problem<ComplaintDateProblemCode>[] {
  const problems: Problem<ComplaintDateProblemCode>[] = [];
  let previous: string | null = null;
  let previousTaken = true;
  for (const step of stepDates) {
    const day = dates[step];
    if (day === null) {
      previousTaken = false;
      continue;
    }
    if (day > today) problems.push({ code: 'afterToday', path: [step] });
    else if (!previousTaken) problems.push({ code: 'stepSkipped', path: [step] });
    else if (previous !== null && day < previous)
      problems.push({ code: 'beforePreviousStep', path: [step] });
    previous = day;
  }
  return problems;
}

/**
 * The dates after moving a complaint to a status on a day: the steps up to it that were not taken
 * yet are taken that day (solving a complaint on the spot acknowledges it too); the steps after it
 * are undone, so a complaint reopened as acknowledged is no longer solved.
 */
export function moveComplaint(
  dates: ComplaintDates,
  to: ComplaintStatus,
  day: string,
): ComplaintDates {
  const reached = complaintStatuses.indexOf(to);
  const moved = { ...dates };
  stepDates.forEach((step: StepDate, index) => {
    if (step === 'receivedOn') return;
    if (index > reached) moved[step] = null;
    else if (moved[step] === null) moved[step] = day;
  });
  return moved;
}

/** A category's complaint norms: working days to acknowledge and to solve (null: no norm). */
export type ComplaintNorms = Pick<
  ServiceConcept,
  'complaintAcknowledgeWorkingDays' | 'complaintSolveWorkingDays'
>;

export type ComplaintCheck = {
  /** Acknowledged within the norm, late, or still to be (open / overdue at today). */
  acknowledge: RequestCheck;
  solve: RequestCheck;
  /** Working days from the day after it came in up to the day it was solved; null while unsolved. */
  resolutionWorkingDays: number | null;
  /** The step to take next; null once closed. */
  nextStep: 'acknowledge' | 'solve' | 'close' | null;
  /** The last day on time for the next step; null when it has no norm (closing never has). */
  nextDeadline: string | null;
  /** Working days the next step is past its deadline at today; 0 when not. */
  workingDaysOverdue: number;
};

/**
 * A complaint against the norms of the category its client had on the day it came in (decision
 * 0027). Received on Friday 7 March 2025 with a norm of two working days to acknowledge: due on
 * Tuesday 11 March; acknowledged on Wednesday the 12th is one working day late.
 */
export function complaintCheck(
  dates: ComplaintDates,
  norms: ComplaintNorms,
  today: string,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): ComplaintCheck {
  const requested = dates.receivedOn;
  const deadline = (days: number | null) =>
    days === null ? null : workingDayDeadline(requested, days, calendar);
  const acknowledge = checkRequest({
    requested,
    done: dates.acknowledgedOn,
    today,
    calendar,
    deadline: deadline(norms.complaintAcknowledgeWorkingDays),
  });
  const solve = checkRequest({
    requested,
    done: dates.solvedOn,
    today,
    calendar,
    deadline: deadline(norms.complaintSolveWorkingDays),
  });
  const resolutionWorkingDays =
    dates.solvedOn === null ? null : workingDaysTaken(requested, dates.solvedOn, calendar);
  const status = complaintStatus(dates);
  const next =
    status === 'received'
      ? { nextStep: 'acknowledge' as const, check: acknowledge }
      : status === 'acknowledged'
        ? { nextStep: 'solve' as const, check: solve }
        : status === 'solved'
          ? { nextStep: 'close' as const, check: null }
          : { nextStep: null, check: null };
  return {
    acknowledge,
    solve,
    resolutionWorkingDays,
    nextStep: next.nextStep,
    nextDeadline: next.check?.deadline ?? null,
    workingDaysOverdue: next.check?.workingDaysOverdue ?? 0,
  };
}

/** The median of whole numbers, halfway between the middle two of an even count; null if none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A step is judged once taken or once its deadline passed, as compliance judges a request. */
const judgedStatuses: ReadonlySet<RequestCheck['status']> = new Set(['onTime', 'late', 'overdue']);

/** Complaints of a group (a category, a professional) and how they were handled. */
export type ComplaintTally = {
  count: number;
  open: number;
  solved: number;
  /** Of the solved ones, the mean and median working days to solve; null when none solved. */
  averageResolutionWorkingDays: number | null;
  medianResolutionWorkingDays: number | null;
  /** Judged against a norm: acknowledged (or solved) within it, and all judged so far. */
  acknowledgedWithinNorm: number;
  acknowledgedJudged: number;
  solvedWithinNorm: number;
  solvedJudged: number;
};

/**
 * The tally of a group's complaints: a step is judged once taken or once its deadline passed
 * (overdue counts as not within the norm), as compliance judges requests. The average is rounded
 * to one decimal, so the report and the page show the same figure.
 */
export function complaintTally(
  complaints: readonly {
    closedOn: string | null;
    check: {
      resolutionWorkingDays: number | null;
      acknowledge: Pick<RequestCheck, 'status'>;
      solve: Pick<RequestCheck, 'status'>;
    };
  }[],
): ComplaintTally {
  const resolutions: number[] = [];
  let open = 0;
  const counts = { ackWithin: 0, ackJudged: 0, solveWithin: 0, solveJudged: 0 };
  for (const { closedOn, check } of complaints) {
    if (closedOn === null) open += 1;
    if (check.resolutionWorkingDays !== null) resolutions.push(check.resolutionWorkingDays);
    if (judgedStatuses.has(check.acknowledge.status)) {
      counts.ackJudged += 1;
      if (check.acknowledge.status === 'onTime') counts.ackWithin += 1;
    }
    if (judgedStatuses.has(check.solve.status)) {
      counts.solveJudged += 1;
      if (check.solve.status === 'onTime') counts.solveWithin += 1;
    }
  }
  const sum = resolutions.reduce((total, days) => total + days, 0);
  return {
    count: complaints.length,
    open,
    solved: resolutions.length,
    averageResolutionWorkingDays:
      resolutions.length === 0 ? null : Math.round((sum * 10) / resolutions.length) / 10,
    medianResolutionWorkingDays: median(resolutions),
    acknowledgedWithinNorm: counts.ackWithin,
    acknowledgedJudged: counts.ackJudged,
    solvedWithinNorm: counts.solveWithin,
    solvedJudged: counts.solveJudged,
  };
}
