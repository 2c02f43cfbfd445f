// Days relative to the firm's today, as tests write them: the day it is now for a firm on the
// default time zone (the firms tests make), on the real clock.
import { addCalendarDays } from '../../src/core/servicing/calendar-days.ts';
import { dayAt, defaultTimeZone } from '../../src/core/time-zone.ts';

/** The day (YYYY-MM-DD) it is now for a firm in the default time zone. */
export const today = (): string => dayAt(new Date(), defaultTimeZone);

/** The firm's day (YYYY-MM-DD) the given number of days before today. */
export const daysAgo = (days: number): string => addCalendarDays(today(), -days);
