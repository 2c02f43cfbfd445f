// The category that counts for a client on each day (issue: every judgement of the past uses the
// category the client had then; decision 0027). A committed classification counts from the firm
// day it was committed until the next one; a category set by hand beats it while it stands, from
// the day it was set until the day it was replaced or removed. Days are the firm's days (ISO
// dates): the caller turns timestamps into days in the firm's time zone.
import { addCalendarDays } from '../servicing/calendar-days.ts';

/** A classification committed on a day: the client's category in it (null: none). */
export type CommittedCategory = { day: string; category: string | null };

/** A category set by hand: from the day it was set to the day it went (null: it stands). */
export type OverridePeriod = { category: string; setOn: string; removedOn: string | null };

/**
 * Days on which a category counted, both ends included; from null: also every day before the
 * first thing known of the client (the first category it was given describes its past, there is
 * no other); until null: it counts still.
 */
export type CategoryPeriod = { category: string | null; from: string | null; until: string | null };

/** The category on a day given the facts: the standing override set last, else the last commit. */
function categoryAt(
  day: string,
  committed: readonly CommittedCategory[],
  overrides: readonly OverridePeriod[],
): string | null {
  let override: OverridePeriod | null = null;
  for (const o of overrides)
    if (o.setOn <= day && (o.removedOn === null || day < o.removedOn))
      if (override === null || o.setOn >= override.setOn) override = o;
  if (override) return override.category;
  let category: string | null = null;
  for (const c of committed) if (c.day <= day) category = c.category;
  return category;
}

/**
 * A client's categories over time, oldest first, adjacent days of one category joined. Commits
 * are given in the order they were made (on one day the last counts); an override removed on the
 * day it was set never counted.
 */
export function categoryPeriods(
  committed: readonly CommittedCategory[],
  overrides: readonly OverridePeriod[],
): CategoryPeriod[] {
  const changes = new Set<string>();
  for (const c of committed) changes.add(c.day);
  for (const o of overrides) {
    changes.add(o.setOn);
    if (o.removedOn !== null) changes.add(o.removedOn);
  }
  const days = [...changes].sort();
  const periods: CategoryPeriod[] = [];
  for (const day of days) {
    const category = categoryAt(day, committed, overrides);
    const last = periods.at(-1);
    if (last && last.category === category) continue;
    if (last) last.until = addCalendarDays(day, -1);
    periods.push({ category, from: periods.length === 0 ? null : day, until: null });
  }
  return periods;
}

/** The category that counts on a day; null when none does. */
export function categoryOn(periods: readonly CategoryPeriod[], day: string): string | null {
  for (const period of periods)
    if (
      (period.from === null || period.from <= day) &&
      (period.until === null || day <= period.until)
    )
      return period.category;
  return null;
}

/** A stretch of days within a window, both ends given, and the category that counts on them. */
export type CategoryStretch = { category: string | null; from: string; until: string };

/**
 * The periods cut to the days from `from` to `to`: each day of the window lies in exactly one
 * stretch, of the category that counts on it (categoryOn), so a count of a client's days can be
 * joined to its stretches by date rather than asked day by day. None for a client of whom nothing
 * is known.
 */
export function stretchesWithin(
  periods: readonly CategoryPeriod[],
  from: string,
  to: string,
): CategoryStretch[] {
  const stretches: CategoryStretch[] = [];
  for (const period of periods) {
    const start = period.from === null || period.from < from ? from : period.from;
    const end = period.until === null || period.until > to ? to : period.until;
    if (start <= end) stretches.push({ category: period.category, from: start, until: end });
  }
  return stretches;
}

/**
 * The periods as they stood on a day: what came after it left out, the one holding then open.
 * A year judged at its last day is judged by what was known of it then, whatever came later.
 */
export function periodsAsOf(
  periods: readonly CategoryPeriod[],
  day: string,
): readonly CategoryPeriod[] {
  // nothing after the day and the last one open, as for most clients: they stand as they are
  const latest = periods.at(-1);
  if (!latest || (latest.until === null && (latest.from === null || latest.from <= day)))
    return periods;
  const kept = periods.filter((period) => period.from === null || period.from <= day);
  // the periods follow each other day by day: the last one kept holds on the day
  const last = kept.at(-1);
  if (last) kept[kept.length - 1] = { ...last, until: null };
  return kept;
}

/**
 * The category that counts now: set by hand, else the last committed one. The same rule as the
 * periods', with only what stands today.
 */
export function categoryNow(
  committed: string | null | undefined,
  override: string | undefined,
): string | null {
  const today = '0001-01-01';
  const periods = categoryPeriods(
    committed === undefined ? [] : [{ day: today, category: committed }],
    override === undefined ? [] : [{ category: override, setOn: today, removedOn: null }],
  );
  return periods.at(-1)?.category ?? null;
}
