// Days relative to the firm's today, as tests write them.
import { addCalendarDays } from '../../src/core/servicing/calendar-days.ts';
import { today } from '../../src/server/today.ts';

/** The firm's day (YYYY-MM-DD) the given number of days before today. */
export const daysAgo = (days: number): string => addCalendarDays(today(), -days);
