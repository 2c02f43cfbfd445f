// The predictive signals of method §8, each from plain facts and the firm's `today`: a signal
// with its evidence, or null when the facts do not show it (or are not there to show it).
import { belowNorm } from '../satisfaction/evaluation.ts';
import { addCalendarDays, calendarDaysBetween, dayNumberOf } from '../servicing/calendar-days.ts';
import { personalContactCheck } from '../servicing/personal-contact.ts';
import { signalOf, type Signal } from './signal.ts';

/** Revenue this far below the year before, or further, is a decline (in percent). */
export const revenueDropPercent = 15;
/** A rhythm needs this many orders (so three intervals) before a missed one means anything. */
export const ordersForRhythm = 4;
/** An order is missed once half a usual interval has passed after the day it was expected. */
export const rhythmGraceFraction = 0.5;
/** Contact persons leaving within two years: this many or more is changing often. */
export const contactsLeftOften = 2;
export const contactChangeWindowDays = 730;
/** The main contact (the decider) leaving is a signal for a year. */
export const mainContactWindowDays = 365;
/** Credit notes in the fiscal year and the one before: this many is a habit of disputes. */
export const creditNotesOften = 2;
/** Evaluations below the norm within two years: more than once is a signal (method §8). */
export const evaluationsBelowNormOften = 2;
export const evaluationWindowDays = 730;
/** A fall of this many points between the two latest evaluations, the latest within a year. */
export const evaluationFallPoints = 2;

type YearRevenue = { fiscalYear: number; revenueCents: number };

/** The last complete fiscal year's revenue against the year before (`currentYear` runs now). */
export function revenueDeclining(input: {
  years: readonly YearRevenue[];
  currentYear: number;
}): Signal | null {
  const year = input.currentYear - 1;
  const revenueOf = (fiscalYear: number) =>
    input.years.find((row) => row.fiscalYear === fiscalYear)?.revenueCents ?? 0;
  const revenueCents = revenueOf(year);
  const previousRevenueCents = revenueOf(year - 1);
  if (previousRevenueCents <= 0) return null;
  const drop = previousRevenueCents - Math.max(0, revenueCents);
  if (drop * 100 < previousRevenueCents * revenueDropPercent) return null;
  const dropPercent = Math.floor((drop * 100) / previousRevenueCents);
  return signalOf(
    'revenueDeclining',
    { year, revenueCents, previousYear: year - 1, previousRevenueCents, dropPercent },
    [year, revenueCents, previousRevenueCents],
  );
}

/**
 * The client's own ordering rhythm (invoices and assignments started), broken when the next
 * order, expected a usual interval (the median) after the last, has not come half an interval
 * after that day.
 */
export function orderingRhythmBroken(input: {
  orderDays: readonly string[];
  today: string;
}): Signal | null {
  const days = [...new Set(input.orderDays.map((day) => dayNumberOf(day, 'orderDays')))]
    .filter((day) => day <= dayNumberOf(input.today, 'today'))
    .sort((a, b) => a - b);
  if (days.length < ordersForRhythm) return null;
  const intervals = days.slice(1).map((day, i) => day - days[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const usualIntervalDays =
    sorted.length % 2 === 1
      ? sorted[middle]!
      : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
  const lastOrder = isoOf(days.at(-1)!, input.orderDays);
  const expectedOn = addCalendarDays(lastOrder, usualIntervalDays);
  const daysLate = calendarDaysBetween(expectedOn, input.today);
  if (daysLate <= Math.floor(usualIntervalDays * rhythmGraceFraction)) return null;
  return signalOf('orderingRhythmBroken', { lastOrder, usualIntervalDays, expectedOn, daysLate }, [
    lastOrder,
    usualIntervalDays,
  ]);
}

/** The ISO date among `days` of a day number (they are the same calendar day). */
function isoOf(day: number, days: readonly string[]): string {
  return days.find((candidate) => dayNumberOf(candidate) === day)!;
}

type ContactHistory = {
  id: string;
  name: string;
  dmuRole: string | null;
  activeTo: string | null;
};

/** Contact persons who left within the window (ended on or before today). */
function leftWithin(contacts: readonly ContactHistory[], today: string, windowDays: number) {
  const from = addCalendarDays(today, -windowDays);
  return contacts.filter(
    (contact) => contact.activeTo !== null && contact.activeTo > from && contact.activeTo <= today,
  );
}

/** Two or more of the client's contact persons left within two years. */
export function contactPersonsChanged(input: {
  contacts: readonly ContactHistory[];
  today: string;
}): Signal | null {
  const left = leftWithin(input.contacts, input.today, contactChangeWindowDays);
  if (left.length < contactsLeftOften) return null;
  const sinceDate = addCalendarDays(input.today, -contactChangeWindowDays);
  return signalOf(
    'contactPersonsChanged',
    { left: left.length, sinceDate },
    left.map((contact) => contact.id).sort(),
  );
}

/** The decider among the contact persons left within the year: the latest to leave. */
export function mainContactLeft(input: {
  contacts: readonly ContactHistory[];
  today: string;
}): Signal | null {
  const deciders = leftWithin(input.contacts, input.today, mainContactWindowDays).filter(
    (contact) => contact.dmuRole === 'decider',
  );
  const latest = deciders.sort((a, b) => (a.activeTo! < b.activeTo! ? 1 : -1))[0];
  if (!latest) return null;
  return signalOf(
    'mainContactLeft',
    { contactId: latest.id, name: latest.name, leftOn: latest.activeTo! },
    [latest.id, latest.activeTo],
  );
}

/**
 * No personal contact for longer than the category's interval (method §5), counted from the last
 * one, or from when the client came when it was never seen. Without a norm, nothing is below it.
 */
export function personalContactLow(input: {
  lastContact: string | null;
  since: string;
  normDays: number | null;
  today: string;
}): Signal | null {
  if (input.normDays === null) return null;
  const check = personalContactCheck({
    lastContact: input.lastContact,
    since: input.since,
    intervalDays: input.normDays,
    today: input.today,
  });
  if (check.status !== 'overdue') return null;
  const from = input.lastContact ?? input.since;
  return signalOf(
    'personalContactLow',
    {
      lastContact: input.lastContact,
      daysWithout: calendarDaysBetween(from, input.today),
      normDays: input.normDays,
    },
    [from, input.normDays],
  );
}

type YearCredits = { fiscalYear: number; creditNotes: number; creditCents: number };

/** Credit notes in the running fiscal year and the one before: invoices disputed regularly. */
export function creditNotes(input: {
  years: readonly YearCredits[];
  currentYear: number;
}): Signal | null {
  const fromYear = input.currentYear - 1;
  const within = input.years.filter(
    (row) => row.fiscalYear >= fromYear && row.fiscalYear <= input.currentYear,
  );
  const count = within.reduce((sum, row) => sum + row.creditNotes, 0);
  if (count < creditNotesOften) return null;
  const creditCents = within.reduce((sum, row) => sum + row.creditCents, 0);
  return signalOf('creditNotes', { count, creditCents, fromYear, toYear: input.currentYear }, [
    fromYear,
    count,
    creditCents,
  ]);
}

type Scored = { on: string; overall: number };

/** Evaluated below the firm's norm more than once within two years. */
export function evaluationsBelowNorm(input: {
  evaluations: readonly Scored[];
  norm: number;
  today: string;
}): Signal | null {
  const sinceDate = addCalendarDays(input.today, -evaluationWindowDays);
  const below = input.evaluations.filter(
    (evaluation) =>
      evaluation.on > sinceDate &&
      evaluation.on <= input.today &&
      belowNorm(evaluation.overall, input.norm),
  );
  if (below.length < evaluationsBelowNormOften) return null;
  const lowest = Math.min(...below.map((evaluation) => evaluation.overall));
  return signalOf(
    'evaluationsBelowNorm',
    { count: below.length, norm: input.norm, lowest, sinceDate },
    [input.norm, ...below.map((evaluation) => evaluation.on).sort()],
  );
}

/** The latest evaluation (within a year) two points or more below the one before it. */
export function evaluationsFalling(input: {
  evaluations: readonly Scored[];
  today: string;
}): Signal | null {
  const [latest, previous] = input.evaluations
    .filter((evaluation) => evaluation.on <= input.today)
    .sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0));
  if (!latest || !previous) return null;
  if (calendarDaysBetween(latest.on, input.today) > mainContactWindowDays) return null;
  if (previous.overall - latest.overall < evaluationFallPoints) return null;
  return signalOf(
    'evaluationsFalling',
    {
      latest: latest.overall,
      latestOn: latest.on,
      previous: previous.overall,
      previousOn: previous.on,
    },
    [latest.on, latest.overall, previous.on, previous.overall],
  );
}
