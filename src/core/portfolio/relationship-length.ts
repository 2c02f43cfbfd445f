// Relationship length (relatieduur), method.md §1: since the first assignment or first revenue.
// One computation for every page that shows it (the portfolio, the annual review, the command
// line), measured to one reference date per fiscal year (decision 0020).
import { dayNumber, daysInMonth, parseIsoDate } from './iso-date.ts';

export type RelationshipLength = {
  /** The start: the earlier of the first revenue date and the first assignment date. */
  since: string;
  /** Whole years and the whole months beyond them (3 years and 2 months). */
  years: number;
  months: number;
  totalMonths: number;
};

/**
 * How long a relationship has lasted on a reference date the caller passes, in completed
 * months: a month is complete on the same day of the month, or on the last day of a month too
 * short to have that day (2023-01-31 → 2023-02-28 is one month). Null without a start date;
 * never negative (a reference date before the start gives 0).
 */
export function relationshipLength(input: {
  firstRevenueDate?: string | null;
  firstAssignmentDate?: string | null;
  referenceDate: string;
}): RelationshipLength | null {
  // written out rather than sorting a list: this runs for every client of a report
  const revenue = input.firstRevenueDate ?? null;
  const assignment = input.firstAssignmentDate ?? null;
  const revenueParts = revenue === null ? null : parseIsoDate(revenue);
  const assignmentParts = assignment === null ? null : parseIsoDate(assignment);
  const reference = parseIsoDate(input.referenceDate, 'referenceDate');
  const assignmentFirst =
    assignmentParts !== null &&
    (revenueParts === null || dayNumber(assignmentParts) < dayNumber(revenueParts));
  const start = assignmentFirst
    ? { date: assignment!, parts: assignmentParts }
    : revenueParts && { date: revenue!, parts: revenueParts };
  if (!start) return null;
  const from = start.parts;
  let totalMonths = (reference.year - from.year) * 12 + (reference.month - from.month);
  const lastDay = daysInMonth(reference.year, reference.month);
  if (reference.day < from.day && reference.day < lastDay) totalMonths -= 1;
  totalMonths = Math.max(totalMonths, 0);
  return {
    since: start.date,
    years: Math.floor(totalMonths / 12),
    months: totalMonths % 12,
    totalMonths,
  };
}

/**
 * The day a fiscal year's relationship lengths are measured to: the last day of a year that is
 * over, and today while it lasts (a year not begun is measured to today as well). So a closed
 * year reads the same whenever it is looked at, and the running year does not claim months
 * that have not passed.
 */
export function relationshipReferenceDate(period: { to: string }, today: string): string {
  parseIsoDate(today, 'today');
  return today < period.to ? today : period.to;
}
