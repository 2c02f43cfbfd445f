// A client's relationship activities: personal contacts within its category's interval, e-mails,
// the firm's events with their invitations, and a few planned.
import { firstWorkingDayFrom } from '../core/servicing/working-days.ts';
import type { ClientRows } from './client-rows.ts';
import { dayOf, yearOf } from './days.ts';
import type { Random } from './random.ts';
import { byRank, historyDays, rankOf } from './servicing-norms.ts';
import type { ClientScript, ServicingClient, ServicingContext } from './servicing-rows.ts';
import {
  activityNotes,
  contactSubjects,
  emailSubjects,
  firmEvents,
  followUpNotes,
  partnershipSubjects,
  plannedSubjects,
} from './servicing-words.ts';

const personalTypes = ['visit', 'call', 'meeting', 'evaluation'] as const;

/** The firm's own events (a new-year reception, a summer drinks, a seminar) in the window. */
export function firmEventDays(today: number): { day: number; name: string }[] {
  const events: { day: number; name: string }[] = [];
  for (let year = yearOf(today - historyDays); year <= yearOf(today); year++)
    for (const [monthDay, name] of firmEvents) {
      const day = dayOf(firstWorkingDayFrom(`${year}-${monthDay}`));
      if (day >= today - historyDays && day < today) events.push({ day, name });
    }
  return events;
}

/** A client's activities since the day it became one (within the history). */
export function clientActivities(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
  since: number,
  script: ClientScript | undefined,
) {
  const rank = rankOf(client);
  const quiet = script !== undefined;
  const { today } = context;
  const manager = client.relationshipManagerId;
  const team = (share: number) =>
    client.secondProfessionalId !== null && random.chance(share)
      ? [manager, client.secondProfessionalId]
      : [manager];
  const concept = client.category?.concept ?? null;

  // personal contacts: within the category's interval, a few clients overdue
  const interval = concept?.personalContactIntervalDays ?? null;
  const contactDays: number[] = [];
  if (interval !== null) {
    const overdue = !quiet && random.chance(byRank.overdueChance[rank]);
    const daysAgo =
      script?.lastContactDaysAgo ??
      (overdue
        ? random.int(interval + 4, Math.round(interval * 1.8))
        : random.int(3, Math.max(3, Math.round(interval * 0.85))));
    for (
      let day = today - daysAgo;
      day >= since;
      day -= random.int(Math.round(interval * 0.5), Math.round(interval * 0.95))
    )
      contactDays.push(day);
  } else {
    const minimum = concept?.minimumPersonalContactsPerYear ?? 0;
    const count = minimum > 0 ? Math.ceil(minimum * 1.5) + random.int(0, 1) : random.int(0, 2);
    for (let n = 0; n < count; n++) contactDays.push(random.int(since, today - 1));
    contactDays.sort((a, b) => b - a);
  }
  const strategic =
    client.relationLevel === 'strategic' || client.relationLevel === 'business_unit';
  const yearStart = dayOf(`${yearOf(today)}-01-01`);
  // the first contact of the year with a strategic client: the revenue forecast made together
  const forecastDay =
    strategic && rank === 0 ? contactDays.filter((d) => d >= yearStart).at(-1) : undefined;
  for (const day of contactDays) {
    const type = random.weighted(
      personalTypes.map((t, i) => [t, byRank.contactTypes[rank][i]!] as const),
    );
    const partnership = type === 'meeting' && rank === 0 && strategic && random.chance(0.25);
    const forecast = day === forecastDay;
    const followUpDay = random.chance(type === 'call' ? 0.04 : 0.15)
      ? day + random.int(2, 14)
      : null;
    const followUpDone =
      followUpDay !== null && (followUpDay < today || quiet) && (quiet || random.chance(0.93));
    const kind = forecast ? 'meeting' : type;
    rows.activity({
      type: kind,
      p: partnership ? 'partnership' : undefined,
      status: 'done',
      day,
      subject: forecast
        ? `Omzetprognose ${yearOf(day)} samen opgesteld`
        : partnership
          ? random.pick(partnershipSubjects)
          : random.pick(contactSubjects[type]),
      notes: random.chance(0.15) ? random.pick(activityNotes) : null,
      minutes:
        kind === 'call' ? random.int(1, 6) * 5 : kind === 'evaluation' ? 60 : random.int(4, 8) * 15,
      followUp:
        followUpDay === null
          ? null
          : {
              day: followUpDay,
              note: random.pick(followUpNotes),
              doneDay: followUpDone ? Math.max(day, Math.min(followUpDay, today - 1)) : null,
            },
      duty: forecast ? 'revenueForecast' : null,
      contactIds: rows.contacts(kind === 'call' ? 0 : 0.25),
      professionalIds: kind === 'call' ? [manager] : team(0.3),
    });
  }

  // not personal: e-mails, and the firm's events with their invitations
  const [fewest, most] = byRank.emails[rank];
  for (let n = random.int(fewest, most); n > 0; n--)
    rows.activity({
      type: 'email',
      status: 'done',
      day: random.int(since, today - 1),
      subject: random.pick(emailSubjects),
      contactIds: rows.contacts(0),
      professionalIds: [manager],
    });
  for (const event of firmEventDays(today)) {
    if (event.day < since || !random.chance(byRank.eventChance[rank])) continue;
    const invited = event.day - random.int(14, 24);
    if (invited >= since && random.chance(0.6))
      rows.activity({
        type: 'invitation',
        status: 'done',
        day: invited,
        subject: `Uitgenodigd voor de ${event.name.charAt(0).toLowerCase()}${event.name.slice(1)}`,
        contactIds: rows.contacts(0.5),
        professionalIds: [manager],
      });
    rows.activity({
      type: 'event',
      status: 'done',
      day: event.day,
      subject: event.name,
      minutes: 150,
      costCents: random.int(35, 65) * 100,
      contactIds: rows.contacts(0.5),
      professionalIds: team(0.5),
    });
  }

  // planned in the coming weeks; now and then one that was never marked done
  if (random.chance(byRank.plannedChance[rank])) {
    const day = today + random.int(2, 42);
    rows.activity({
      type: random.pick(['visit', 'meeting', 'call'] as const),
      status: 'planned',
      day,
      subject: random.pick(plannedSubjects),
      contactIds: rows.contacts(0.2),
      professionalIds: team(0.3),
      createdDay: Math.max(since, today - random.int(1, 20)),
    });
  }
  if (!quiet && random.chance(byRank.forgottenChance[rank])) {
    const day = today - random.int(2, 12);
    if (day >= since)
      rows.activity({
        type: 'call',
        status: 'planned',
        day,
        subject: 'Terugbellen over de voortgang',
        contactIds: rows.contacts(0),
        professionalIds: [manager],
        createdDay: Math.max(since, day - random.int(3, 14)),
      });
  }
}
