// The gift or New Year's greeting a client's service concept asks for each year (method §5): a
// personally chosen gift before Christmas, or a New Year's card in the first week of January, to
// the clients whose category's gift policy says so. The register's gifts (gifts.ts) are drawn by
// chance; a year without one given gets the gift as a done activity, drawn from nothing, so
// compliance's gift norm is met by the demo the same way each time it is loaded.
import { fiscalYearOf, fiscalYearRange } from '../core/portfolio/fiscal-year.ts';
import { firstWorkingDayFrom } from '../core/servicing/working-days.ts';
import type { ClientRows } from './client-rows.ts';
import { dayOf, isoDay, yearOf } from './days.ts';
import { workingDayUpTo } from './servicing-norms.ts';
import type { ServicingClient, ServicingContext } from './servicing-rows.ts';

type Occasion = {
  on: (year: number) => number;
  subject: (year: number) => string;
  /** For a client that became one after the year's occasion. */
  welcome: string;
};

const occasions: Record<'yearlyPersonalGift' | 'newYearsGreeting', Occasion> = {
  yearlyPersonalGift: {
    on: (year) => workingDayUpTo(dayOf(`${year}-12-19`)),
    subject: (year) => `Kerstgeschenk ${year}`,
    welcome: 'Welkomstgeschenk',
  },
  newYearsGreeting: {
    on: (year) => dayOf(firstWorkingDayFrom(`${year}-01-02`)),
    subject: (year) => `Nieuwjaarskaart ${year}`,
    welcome: 'Welkomstkaart',
  },
};

/**
 * A client's yearly gifts, one per fiscal year from that of `since` (the history's first day of
 * the client) up to before today: on the occasion in that year (the first year's may lie before
 * the history, when the client was one by then), or on the first working day of a client that
 * became one after it; none in a year whose occasion is still to come, nor in a year the register
 * has a gift given.
 */
export function yearlyGifts(
  context: ServicingContext,
  occasion: Occasion,
  since: number,
  clientStart: number,
  givenDays: readonly number[],
): { day: number; welcome: boolean }[] {
  const { today, fiscalYearStartMonth } = context;
  const days: { day: number; welcome: boolean }[] = [];
  const last = fiscalYearOf(isoDay(today - 1), fiscalYearStartMonth);
  for (let year = fiscalYearOf(isoDay(since), fiscalYearStartMonth); year <= last; year++) {
    const range = fiscalYearRange(year, fiscalYearStartMonth);
    const start = Math.max(dayOf(range.from), clientStart);
    const end = Math.min(dayOf(range.to), today - 1);
    if (givenDays.some((day) => day >= start && day <= end)) continue;
    const first = dayOf(range.from);
    const inYear = [yearOf(first), yearOf(first) + 1]
      .map(occasion.on)
      .find((day) => day >= first && day <= dayOf(range.to));
    if (inYear === undefined || inYear > end) continue; // still to come
    if (inYear >= start) days.push({ day: inYear, welcome: false });
    else {
      const day = dayOf(firstWorkingDayFrom(isoDay(start)));
      if (day <= end) days.push({ day, welcome: true });
    }
  }
  return days;
}

/** The yearly gifts of a client whose concept asks for them, beside those in the register. */
export function clientYearlyGifts(
  context: ServicingContext,
  rows: ClientRows,
  client: ServicingClient,
  since: number,
) {
  const policy = client.category?.concept.giftPolicy ?? 'none';
  if (policy === 'none') return;
  const occasion = occasions[policy];
  const given = rows.rows.gifts.filter((gift) => gift.status === 'given');
  const clientStart = client.clientSince === null ? since : dayOf(client.clientSince);
  const gifts = yearlyGifts(
    context,
    occasion,
    since,
    clientStart,
    given.map((gift) => dayOf(gift.onDate)),
  );
  for (const { day, welcome } of gifts)
    rows.activity({
      type: 'gift',
      status: 'done',
      day,
      subject: welcome ? occasion.welcome : occasion.subject(yearOf(day)),
      contactIds: [],
      professionalIds: [client.relationshipManagerId],
    });
}
