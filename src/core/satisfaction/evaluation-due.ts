// The evaluation after each assignment, method.md §7 and the service concept's norm (§5): once an
// assignment's end date has passed, the client is asked to evaluate it; the evaluation is due
// within a window after the end. An assignment is evaluated by an evaluation that names it, or by
// one of the client that names no assignment, on or after its end (decision 0034).
import { addCalendarDays, calendarDaysBetween } from '../servicing/calendar-days.ts';

/** Calendar days after an assignment's end within which its evaluation is on time. */
export const evaluationWindowDays = 30;

/**
 * How far back an ended assignment still asks for an evaluation on the worklist: an imported
 * history of years would otherwise list every assignment ever done.
 */
export const evaluationLookbackDays = 365;

export type EndedAssignment = { id: string; endDate: string };

/** An evaluation of the client: the assignment it names (null: none) and its day. */
export type EvaluationOfClient = { assignmentId: string | null; evaluatedOn: string };

/** done / late: evaluated by the deadline or after it; open / overdue: not yet, before or after. */
export type EvaluationDueStatus = 'done' | 'late' | 'open' | 'overdue';

export type AssignmentEvaluationCheck = {
  assignmentId: string;
  endDate: string;
  /** The first day it is due (the day after the end) and the last day it is on time. */
  dueFrom: string;
  deadline: string;
  /** The day of the evaluation that covers it; null while there is none. */
  evaluatedOn: string | null;
  status: EvaluationDueStatus;
  /** Calendar days past the deadline it was evaluated, or is still open at today; else 0. */
  daysOverdue: number;
};

/** The last day an assignment's evaluation is on time. */
export function evaluationDeadline(endDate: string): string {
  return addCalendarDays(endDate, evaluationWindowDays);
}

/** Whether an assignment has ended by `today` (its end date passed), so its evaluation is due. */
export function hasEnded(endDate: string | null, today: string): endDate is string {
  return endDate !== null && endDate < today;
}

/** The day of the first evaluation that covers the assignment; null when none does. */
export function coveringEvaluation(
  assignment: EndedAssignment,
  evaluations: readonly EvaluationOfClient[],
): string | null {
  let first: string | null = null;
  for (const { assignmentId, evaluatedOn } of evaluations) {
    const covers =
      assignmentId === assignment.id ||
      (assignmentId === null && evaluatedOn >= assignment.endDate);
    if (covers && (first === null || evaluatedOn < first)) first = evaluatedOn;
  }
  return first;
}

/** The evaluation of an ended assignment judged at `today`. */
export function assignmentEvaluationCheck(
  assignment: EndedAssignment,
  evaluationsOfClient: readonly EvaluationOfClient[],
  today: string,
): AssignmentEvaluationCheck {
  const deadline = evaluationDeadline(assignment.endDate);
  const evaluatedOn = coveringEvaluation(assignment, evaluationsOfClient);
  const daysOverdue = Math.max(0, calendarDaysBetween(deadline, evaluatedOn ?? today));
  const status: EvaluationDueStatus =
    evaluatedOn === null
      ? daysOverdue > 0
        ? 'overdue'
        : 'open'
      : daysOverdue > 0
        ? 'late'
        : 'done';
  return {
    assignmentId: assignment.id,
    endDate: assignment.endDate,
    dueFrom: addCalendarDays(assignment.endDate, 1),
    deadline,
    evaluatedOn,
    status,
    daysOverdue,
  };
}

/**
 * The evaluations still due at `today`: of the assignments ended within the lookback, the ones no
 * evaluation covers yet, the most overdue first.
 */
export function evaluationsDue(
  assignments: readonly EndedAssignment[],
  evaluationsOfClient: readonly EvaluationOfClient[],
  today: string,
): AssignmentEvaluationCheck[] {
  const horizon = addCalendarDays(today, -evaluationLookbackDays);
  const due: AssignmentEvaluationCheck[] = [];
  for (const assignment of assignments) {
    if (!hasEnded(assignment.endDate, today) || assignment.endDate < horizon) continue;
    const check = assignmentEvaluationCheck(assignment, evaluationsOfClient, today);
    if (check.evaluatedOn === null) due.push(check);
  }
  return due.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}

/** The evaluations a period asked for, and of them those given within their 30 days. */
export type PeriodEvaluations = { due: number; onTime: number };

/**
 * The service concept's norm over a period (a fiscal year, judged at `today`): every assignment
 * whose deadline falls in the period and has passed by today is due, and on time when evaluated
 * by then. An assignment is judged in the period its deadline falls in, so one that ends in the
 * last days of a year is judged in the next (decision 0034).
 */
export function evaluationsOfPeriod(
  assignments: readonly EndedAssignment[],
  evaluationsOfClient: readonly EvaluationOfClient[],
  period: { from: string; to: string; today: string },
): PeriodEvaluations {
  let due = 0;
  let onTime = 0;
  for (const assignment of assignments) {
    const deadline = evaluationDeadline(assignment.endDate);
    if (deadline < period.from || deadline > period.to || deadline >= period.today) continue;
    due += 1;
    if (assignmentEvaluationCheck(assignment, evaluationsOfClient, period.today).status === 'done')
      onTime += 1;
  }
  return { due, onTime };
}
