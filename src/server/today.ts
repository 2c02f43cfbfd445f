// The calendar day it is for the firm: a Dutch firm's day starts at midnight in Amsterdam, not in
// UTC, so a call taken at half past midnight belongs to the new day.

export const firmTimeZone = 'Europe/Amsterdam';

/** The day (YYYY-MM-DD) it is at `now` in the time zone. */
export function today(now: Date = new Date(), timeZone: string = firmTimeZone): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
