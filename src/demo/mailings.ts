// The firm's yearly mailing (its newsletter) to every client whose service concept asks for one
// (method §5): sent each fiscal year on its first working day, or on a newer client's first
// working day as a client. Drawn from nothing, so compliance's mailing norm is met by the demo
// the same way each time it is loaded.
import { fiscalYearOf, fiscalYearRange } from '../core/portfolio/fiscal-year.ts';
import { firstWorkingDayFrom } from '../core/servicing/working-days.ts';
import type { ClientRows } from './client-rows.ts';
import { dayOf, isoDay } from './days.ts';
import type { ServicingClient, ServicingContext } from './servicing-rows.ts';

/** The days of the client's mailings, one per fiscal year from `since` up to before today. */
export function mailingDays(context: ServicingContext, since: number): number[] {
  const { today, fiscalYearStartMonth } = context;
  const days: number[] = [];
  const last = fiscalYearOf(isoDay(today - 1), fiscalYearStartMonth);
  for (let year = fiscalYearOf(isoDay(since), fiscalYearStartMonth); year <= last; year++) {
    const start = dayOf(fiscalYearRange(year, fiscalYearStartMonth).from);
    // done lies before today: a year that started a day or two ago has its mailing yesterday
    const day = Math.min(dayOf(firstWorkingDayFrom(isoDay(Math.max(start, since)))), today - 1);
    if (day >= since && day >= start) days.push(day);
  }
  return days;
}

/** The yearly mailings of a client whose concept asks for them. */
export function clientMailings(
  context: ServicingContext,
  rows: ClientRows,
  client: ServicingClient,
  since: number,
) {
  if (!client.category?.concept.mailing) return;
  for (const day of mailingDays(context, since))
    rows.activity({
      type: 'mailing',
      status: 'done',
      day,
      subject: `Nieuwsbrief ${isoDay(day).slice(0, 4)}`,
      contactIds: [],
      professionalIds: [client.relationshipManagerId],
    });
}
