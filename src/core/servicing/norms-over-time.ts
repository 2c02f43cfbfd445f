// A client's norms over time (decision 0027): each category it held brings its service concept
// for the days it held it. A request is owed the norm of the day it came in; personal contact
// falls due under the norm of the days it falls due in; a yearly minimum is asked pro rata of the
// days the client spent in each category.
import { addCalendarDays, dayNumberOf } from './calendar-days.ts';
import type { ServiceConcept } from './service-concept.ts';

/**
 * The norms of a stretch of days, both ends counted; from null: every day before, until null:
 * every day after. Null concept: no norms apply (a client without a category on the worklist).
 */
export type ConceptPeriod = {
  concept: ServiceConcept | null;
  from: string | null;
  until: string | null;
};

const holds = (period: ConceptPeriod, day: string) =>
  (period.from === null || period.from <= day) && (period.until === null || day <= period.until);

/** The norms of a day; null when no period holds it or its period has none. */
export function conceptOn(periods: readonly ConceptPeriod[], day: string): ServiceConcept | null {
  for (const period of periods) if (holds(period, day)) return period.concept;
  return null;
}

/**
 * The day personal contact falls due, counted from the last contact (or since): the first
 * period, from that day on, whose interval runs out while it holds; an interval that had run out
 * before the client entered the period falls due on its first day. Null when none does.
 */
export function contactDueDate(base: string, periods: readonly ConceptPeriod[]): string | null {
  for (const period of periods) {
    if (period.until !== null && period.until < base) continue;
    const interval = period.concept?.personalContactIntervalDays ?? null;
    if (interval === null) continue;
    const runsOut = addCalendarDays(base, interval);
    const due = period.from !== null && runsOut < period.from ? period.from : runsOut;
    if (period.until === null || due <= period.until) return due;
  }
  return null;
}

/**
 * The personal contacts a yearly minimum asks by today: each category's minimum for the share of
 * the period spent in it up to today, added, rounded down. One category all period long gives
 * its minimum times the share passed, as before.
 */
export function expectedContactsOver(
  periods: readonly ConceptPeriod[],
  period: { from: string; to: string; today: string },
): number {
  const from = dayNumberOf(period.from, 'from');
  const to = dayNumberOf(period.to, 'to');
  const today = Math.min(to, dayNumberOf(period.today, 'today'));
  const length = to - from + 1;
  let asked = 0;
  for (const stretch of periods) {
    const start = Math.max(from, stretch.from === null ? from : dayNumberOf(stretch.from));
    const end = Math.min(today, stretch.until === null ? today : dayNumberOf(stretch.until));
    if (end >= start)
      asked += (stretch.concept?.minimumPersonalContactsPerYear ?? 0) * (end - start + 1);
  }
  return Math.floor(asked / length);
}

/**
 * A client's norms from the day it became a client (decision 0031) up to its last day as one,
 * when it has left (decision 0032): outside them none apply, as for a client without a category.
 * Personal contact then falls due at the earliest on its first day and not after its last, and a
 * yearly minimum is asked only of the days between.
 */
export function normsFromClientStart(
  since: string,
  periods: readonly ConceptPeriod[],
  until: string | null = null,
): ConceptPeriod[] {
  const fromStart: ConceptPeriod[] = [];
  for (const period of periods) {
    if (period.until !== null && period.until < since) continue;
    fromStart.push(
      period.from === null || period.from < since ? { ...period, from: since } : period,
    );
  }
  return normsUntil(fromStart, until);
}

/**
 * The norms up to a former client's last day as one (decision 0032): none after it. Null: still
 * a client, the periods as they are.
 */
export function normsUntil(
  periods: readonly ConceptPeriod[],
  until: string | null,
): ConceptPeriod[] {
  if (until === null) return [...periods];
  const upTo: ConceptPeriod[] = [];
  for (const period of periods) {
    if (period.from !== null && period.from > until) continue;
    upTo.push(period.until === null || period.until > until ? { ...period, until } : period);
  }
  return upTo;
}
