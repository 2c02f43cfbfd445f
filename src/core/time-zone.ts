// A firm's time zone, an IANA name such as Europe/Amsterdam: its day starts at midnight there, so
// every "today" of the firm (a deadline, the worklist, the fiscal year) is the date on its clock
// and not in UTC or in the browser. Intl knows the names; nothing here reads a clock.
import { invalidField } from './errors.ts';

export const defaultTimeZone = 'Europe/Amsterdam';

/**
 * The canonical spelling of an IANA time zone ("europe/amsterdam" → "Europe/Amsterdam"), or
 * undefined when Intl does not know it. Offsets such as "+01:00" are not time zones: they know no
 * summer time.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

// Making a DateTimeFormat costs far more than using one, and every request asks the firm's day:
// one per time zone is kept (a firm's zone is one of a few hundred names Intl knows).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day (YYYY-MM-DD) it is at an instant in a time zone. */
export function dayAt(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw invalidField('now', 'is not a point in time');
  const parts = dayFormat(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
