// Gifts to a client's decider: given in the last year, a few planned.
import type { ClientRows } from './client-rows.ts';
import { dayOf, yearOf } from './days.ts';
import type { Random } from './random.ts';
import { byRank, rankOf, workingDayUpTo } from './servicing-norms.ts';
import type { ServicingClient, ServicingContext } from './servicing-rows.ts';
import type { GiftOccasion } from './servicing-words.ts';

/**
 * A working day in the last days before a month-day (Christmas gifts go out in the week before,
 * New Year's cards in the first week): the most recent one before today, if within the last year.
 */
function lastSeason(random: Random, today: number, monthDay: string, days: number): number | null {
  const season = (year: number) =>
    workingDayUpTo(dayOf(`${year}-${monthDay}`) - random.int(0, days));
  let day = season(yearOf(today));
  if (day >= today) day = season(yearOf(today) - 1);
  return day > today - 365 ? day : null;
}

/**
 * Gifts by the category's policy: a personally chosen gift for the best clients (at Christmas,
 * after an assignment, at a jubilee, as thanks), a New Year's card for the next; a few planned.
 */
export function clientGifts(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
  since: number,
) {
  const { today } = context;
  const rank = rankOf(client);
  if (random.chance(byRank.giftChance[rank])) {
    if (rank === 0) {
      const occasion = random.weighted<Exclude<GiftOccasion, 'newYear'>>([
        ['christmas', 4],
        ['assignmentCompleted', 2],
        ['anniversary', 1],
        ['thanks', 1],
      ]);
      const christmas = occasion === 'christmas' ? lastSeason(random, today, '12-21', 6) : null;
      const day = christmas ?? today - random.int(10, 330);
      if (day >= since)
        rows.gift({
          occasion: occasion === 'christmas' && christmas === null ? 'thanks' : occasion,
          status: 'given',
          day,
        });
    } else if (random.chance(0.9)) {
      const day = lastSeason(random, today, '01-09', 6);
      if (day !== null && day >= since) rows.gift({ occasion: 'newYear', status: 'given', day });
    } else {
      // a thank-you beyond the New Year's greeting the category's policy allows: a warning
      const day = today - random.int(10, 330);
      if (day >= since) rows.gift({ occasion: 'thanks', status: 'given', day });
    }
  }
  if (random.chance(byRank.plannedGiftChance[rank])) {
    const christmas = workingDayUpTo(dayOf(`${yearOf(today)}-12-19`) - random.int(0, 4));
    const soon = christmas > today && christmas <= today + 60;
    rows.gift({
      occasion: soon ? 'christmas' : 'assignmentCompleted',
      status: 'planned',
      day: soon ? christmas : today + random.int(5, 30),
    });
  }
}
