// How the demo firm serves its clients (method §5, §6, §14): relationship activities over the last
// eighteen months, proposals, call-back requests and gifts, each client drawing from its own random
// stream. They lie around the day the demo is loaded, not the fixed reference day: what is due or
// overdue is judged at today, so the firm's worklist must be made at today too. The category of
// each client is the one the product's own classification gave it, and how often a client is
// contacted follows its category's service concept: most clients are served by the norm, a few
// are overdue, and the demo user's clients are set up so that their worklist has a little of
// everything.
import type { ServiceConcept } from '../core/servicing/service-concept.ts';
import { activityP, checkActivityDates } from '../core/servicing/activity-input.ts';
import type { ActivityType, FourP } from '../core/servicing/four-ps.ts';
import { giftRequirementKeys } from '../core/servicing/gifts.ts';
import {
  checkProposal,
  inStage,
  type AcquisitionAngle,
  type ProposalStage,
} from '../core/servicing/proposal-stages.ts';
import { callBackDeadline } from '../core/servicing/request-norms.ts';
import {
  firstWorkingDayFrom,
  isWorkingDay,
  workingDayDeadline,
} from '../core/servicing/working-days.ts';
import type { YearlyDutyKey } from '../core/servicing/yearly-duties.ts';
import type {
  activities,
  activityContacts,
  activityProfessionals,
  callBacks,
  gifts,
  proposals,
} from '../db/schema.ts';
import { dayOf, isoDay, momentOn, yearOf } from './days.ts';
import { Random } from './random.ts';
import {
  activityNotes,
  callBackNotes,
  contactSubjects,
  emailSubjects,
  firmEvents,
  followUpNotes,
  giftIdeas,
  lostReasons,
  otherCallers,
  partnershipSubjects,
  plannedSubjects,
  type GiftOccasion,
} from './servicing-words.ts';
import { serviceLines } from './words.ts';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityContactRow = typeof activityContacts.$inferSelect;
export type ActivityProfessionalRow = typeof activityProfessionals.$inferSelect;
export type ProposalRow = typeof proposals.$inferSelect;
export type CallBackRow = typeof callBacks.$inferSelect;
export type GiftRow = typeof gifts.$inferSelect;

export type ServicingRows = {
  activities: ActivityRow[];
  activityContacts: ActivityContactRow[];
  activityProfessionals: ActivityProfessionalRow[];
  proposals: ProposalRow[];
  callBacks: CallBackRow[];
  gifts: GiftRow[];
};

export const noServicing = (): ServicingRows => ({
  activities: [],
  activityContacts: [],
  activityProfessionals: [],
  proposals: [],
  callBacks: [],
  gifts: [],
});

/** A client (or prospect) as the servicing sees it. */
export type ServicingClient = {
  id: string;
  status: 'client' | 'prospect';
  relationshipManagerId: string;
  secondProfessionalId: string | null;
  clientSince: string | null;
  relationLevel: string | null;
  /** Contact persons still there, the decider first. */
  contactIds: readonly string[];
  /** Its category in the primary scheme: the key, its place (0 the best) and its norms. */
  category: { key: string; rank: number; concept: ServiceConcept } | null;
};

export type ServicingContext = {
  seed: number;
  workspaceId: string;
  /** The day the demo is loaded (a day number): done lies before it, planned after. */
  today: number;
};

/** How the demo user's own clients are served: their worklist is set, not left to chance. */
export type ClientScript = {
  /** Days since the last personal contact; left out: within the interval, drawn. */
  lastContactDaysAgo?: number;
};

/** How far back the activities go: eighteen months. */
export const historyDays = 548;

const personalTypes = ['visit', 'call', 'meeting', 'evaluation'] as const;
const serviceNames = serviceLines.flatMap(([, names]) => names);

/** A client's place in its scheme: 0 the best, 2 the rest. */
type Rank = 0 | 1 | 2;
type PerRank<T> = readonly [T, T, T];

/** Per place in the scheme: how much happens. */
const byRank: {
  contactTypes: PerRank<readonly [number, number, number, number]>;
  emails: PerRank<readonly [number, number]>;
  eventChance: PerRank<number>;
  overdueChance: PerRank<number>;
  plannedChance: PerRank<number>;
  forgottenChance: PerRank<number>;
  proposalChance: PerRank<number>;
  proposalEuros: PerRank<readonly [number, number]>;
  callBackChance: PerRank<number>;
  giftChance: PerRank<number>;
  plannedGiftChance: PerRank<number>;
} = {
  contactTypes: [
    [3, 4, 3, 0.6],
    [2, 5, 2, 0.4],
    [1, 6, 1, 0.3],
  ],
  emails: [
    [1, 4],
    [0, 2],
    [0, 1],
  ],
  eventChance: [0.35, 0.15, 0.03],
  overdueChance: [0.12, 0.1, 0.1],
  plannedChance: [0.35, 0.12, 0.02],
  forgottenChance: [0.03, 0.03, 0],
  proposalChance: [0.1, 0.05, 0.015],
  proposalEuros: [
    [15_000, 80_000],
    [6_000, 30_000],
    [2_500, 12_000],
  ],
  callBackChance: [0.07, 0.05, 0.02],
  giftChance: [0.2, 0.08, 0],
  plannedGiftChance: [0.08, 0, 0],
};

const rankOf = (client: ServicingClient): Rank => Math.min(2, client.category?.rank ?? 2) as Rank;

/** The last working day on or before the day. */
function workingDayUpTo(day: number): number {
  let current = day;
  while (!isWorkingDay(isoDay(current))) current -= 1;
  return current;
}

/** The n-th working day before the day (the day itself not counted). */
function workingDaysBefore(day: number, count: number): number {
  let current = day;
  for (let found = 0; found < count;) {
    current -= 1;
    if (isWorkingDay(isoDay(current))) found += 1;
  }
  return current;
}

/** The rows of one client, with the ids, checks and people every kind of row needs. */
class ClientRows {
  readonly rows = noServicing();

  constructor(
    private readonly context: ServicingContext,
    private readonly random: Random,
    readonly client: ServicingClient,
  ) {}

  /** The decider, now and then with a colleague. */
  contacts(extra = 0.2): string[] {
    const [first, ...others] = this.client.contactIds;
    if (first === undefined) return [];
    return others.length > 0 && this.random.chance(extra)
      ? [first, this.random.pick(others)]
      : [first];
  }

  activity(spec: {
    type: ActivityType;
    p?: FourP | null;
    status: 'planned' | 'done';
    day: number;
    subject: string;
    notes?: string | null;
    minutes?: number | null;
    costCents?: number | null;
    followUp?: { day: number; note: string; doneDay: number | null } | null;
    duty?: YearlyDutyKey | null;
    contactIds: readonly string[];
    professionalIds: readonly string[];
    createdDay?: number;
  }): ActivityRow {
    const { context, random, client } = this;
    const today = context.today;
    const onDate = isoDay(spec.day);
    const followUpOn = spec.followUp ? isoDay(spec.followUp.day) : null;
    checkActivityDates({ status: spec.status, onDate, followUpOn, today: isoDay(today) });
    const createdDay = Math.min(spec.createdDay ?? spec.day, today);
    const createdAt = momentOn(
      createdDay,
      createdDay === today ? 6 * 60 : 15 * 60 + random.int(0, 180),
    );
    const doneDay = spec.followUp?.doneDay ?? null;
    const followUpDoneAt =
      doneDay === null ? null : momentOn(doneDay, 14 * 60 + random.int(0, 120));
    const row: ActivityRow = {
      workspaceId: context.workspaceId,
      id: random.uuid(),
      organizationId: client.id,
      type: spec.type,
      p: spec.p === undefined ? activityP(spec.type, undefined) : spec.p,
      status: spec.status,
      onDate,
      subject: spec.subject,
      notes: spec.notes ?? null,
      minutes: spec.minutes ?? null,
      costCents: spec.costCents ?? null,
      followUpOn,
      followUpNote: spec.followUp?.note ?? null,
      followUpDoneAt,
      duty: spec.duty ?? null,
      createdBy: spec.professionalIds[0] ?? client.relationshipManagerId,
      createdAt,
      updatedAt: followUpDoneAt && followUpDoneAt > createdAt ? followUpDoneAt : createdAt,
    };
    this.rows.activities.push(row);
    for (const contactId of new Set(spec.contactIds))
      this.rows.activityContacts.push({
        workspaceId: context.workspaceId,
        activityId: row.id,
        contactId,
      });
    for (const userId of new Set(spec.professionalIds))
      this.rows.activityProfessionals.push({
        workspaceId: context.workspaceId,
        activityId: row.id,
        userId,
      });
    return row;
  }

  proposal(spec: {
    title: string;
    stage: ProposalStage;
    requested: number;
    sent: number | null;
    decided: number | null;
    lostReason: string | null;
    valueCents: number | null;
    angle: AcquisitionAngle;
    ownerId: string;
  }): ProposalRow {
    const { context, random, client } = this;
    const todayIso = isoDay(context.today);
    const dates = inStage(
      {
        stage: spec.stage,
        requestedOn: isoDay(spec.requested),
        sentOn: spec.sent === null ? null : isoDay(spec.sent),
        decidedOn: spec.decided === null ? null : isoDay(spec.decided),
        lostReason: spec.lostReason,
      },
      todayIso,
    );
    checkProposal(dates, todayIso);
    const createdAt = momentOn(spec.requested, 8 * 60 + random.int(0, 240));
    const last = spec.decided ?? spec.sent ?? spec.requested;
    const row: ProposalRow = {
      workspaceId: context.workspaceId,
      id: random.uuid(),
      organizationId: client.id,
      title: spec.title,
      ...dates,
      valueCents: spec.valueCents,
      ownerId: spec.ownerId,
      angle: spec.angle,
      position: 0, // numbered per column once all are known
      createdBy: spec.ownerId,
      createdAt,
      updatedAt: last === spec.requested ? createdAt : momentOn(last, 15 * 60),
    };
    this.rows.proposals.push(row);
    return row;
  }

  callBack(spec: { called: number; returned: number | null; forUserId: string }): CallBackRow {
    const { context, random, client } = this;
    const contactId =
      client.contactIds.length > 0 && random.chance(0.8) ? random.pick(client.contactIds) : null;
    const createdAt = momentOn(
      spec.called,
      spec.called === context.today ? 6 * 60 : 7 * 60 + random.int(0, 540),
    );
    const row: CallBackRow = {
      workspaceId: context.workspaceId,
      id: random.uuid(),
      organizationId: client.id,
      contactId,
      callerName: contactId === null ? random.pick(otherCallers) : null,
      calledOn: isoDay(spec.called),
      forUserId: spec.forUserId,
      note: random.pick(callBackNotes),
      returnedOn: spec.returned === null ? null : isoDay(spec.returned),
      createdBy: spec.forUserId,
      createdAt,
      updatedAt:
        spec.returned === null
          ? createdAt
          : new Date(
              Math.max(createdAt.getTime() + 3_600_000, momentOn(spec.returned, 15 * 60).getTime()),
            ),
    };
    this.rows.callBacks.push(row);
    return row;
  }

  gift(spec: { occasion: GiftOccasion; status: 'planned' | 'given'; day: number }): GiftRow | null {
    const { context, random, client } = this;
    const contactId = client.contactIds[0];
    if (contactId === undefined) return null;
    const [description, low, high] = random.pick(giftIdeas[spec.occasion]);
    const ticked = spec.status === 'given' ? 0.85 : 0.6;
    const createdDay =
      spec.status === 'given' ? spec.day - random.int(3, 14) : context.today - random.int(1, 10);
    const createdAt = momentOn(createdDay, 9 * 60 + random.int(0, 420));
    const row: GiftRow = {
      workspaceId: context.workspaceId,
      id: random.uuid(),
      organizationId: client.id,
      contactId,
      status: spec.status,
      onDate: isoDay(spec.day),
      occasion: spec.occasion,
      description,
      valueCents: Math.round(random.int(low, high) / 50) * 50,
      requirementsMet: giftRequirementKeys.filter(() => random.chance(ticked)),
      notes: null,
      createdBy: client.relationshipManagerId,
      createdAt,
      updatedAt:
        spec.status === 'given'
          ? momentOn(Math.min(spec.day, context.today - 1), 16 * 60)
          : createdAt,
    };
    this.rows.gifts.push(row);
    return row;
  }
}

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

/**
 * A client's activities, proposals, call-backs and gifts. A scripted client (the demo user's)
 * has its last contact set and nothing open of its own: what its worklist shows is added by
 * demoUserServicing.
 */
export function clientServicing(
  context: ServicingContext,
  client: ServicingClient,
  script?: ClientScript,
): ServicingRows {
  const random = new Random(`${context.seed}:servicing:${client.id}`);
  const rows = new ClientRows(context, random, client);
  if (client.status === 'prospect') {
    if (random.chance(0.04)) prospectProposal(context, random, rows, client);
    return rows.rows;
  }
  const rank = rankOf(client);
  const quiet = script !== undefined;
  const { today } = context;
  const since = Math.max(
    today - historyDays,
    client.clientSince === null ? today - historyDays : dayOf(client.clientSince),
  );
  if (since >= today) return rows.rows;
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

  if (random.chance(byRank.proposalChance[rank]))
    clientProposal(context, random, rows, client, quiet);
  if (random.chance(byRank.callBackChance[rank]))
    clientCallBack(context, random, rows, client, quiet);
  clientGifts(context, random, rows, client, since);
  return rows.rows;
}

function proposalValue(random: Random, rank: Rank): number {
  const [low, high] = byRank.proposalEuros[rank];
  return Math.round(random.int(low, high) / 250) * 250 * 100;
}

/** A proposal to a client of the last five months, in the stage its age suggests. */
function clientProposal(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
  quiet: boolean,
) {
  const { today } = context;
  const rank = rankOf(client);
  const since = client.clientSince === null ? today - 150 : dayOf(client.clientSince);
  const requested = Math.max(since, today - random.int(1, 110));
  let stage: ProposalStage =
    requested > today - 10
      ? random.weighted<ProposalStage>([
          ['request', 2],
          ['drafting', 3],
          ['sent', 3],
        ])
      : random.weighted<ProposalStage>([
          ['sent', 2],
          ['won', 5],
          ['lost', 3],
        ]);
  if (quiet && (stage === 'request' || stage === 'drafting')) stage = 'sent';
  const norm = client.category?.concept.proposalTurnaroundWorkingDays ?? null;
  let sent: number | null = null;
  if (stage !== 'request' && stage !== 'drafting') {
    if (norm === null) sent = requested + random.int(2, 15);
    else {
      const deadline = dayOf(workingDayDeadline(isoDay(requested), norm));
      sent = random.chance(0.15)
        ? deadline + random.int(1, 6)
        : requested + random.int(0, deadline - requested);
    }
    sent = Math.min(sent, today);
  }
  let decided: number | null = null;
  if (stage === 'won' || stage === 'lost') {
    if (stage === 'lost' && random.chance(0.25)) sent = null; // lost before it was sent
    decided = (sent ?? requested) + random.int(5, 30);
    if (decided >= today) {
      stage = 'sent';
      decided = null;
      sent ??= requested + 1;
    }
  }
  rows.proposal({
    title: random.pick(serviceNames),
    stage,
    requested,
    sent,
    decided,
    lostReason: stage === 'lost' ? random.pick(lostReasons) : null,
    valueCents: proposalValue(random, rank),
    angle: random.weighted<AcquisitionAngle>([
      ['runningAssignments', 3],
      ['relationshipMaintenance', 3],
      ['newServices', 2],
    ]),
    ownerId: client.relationshipManagerId,
  });
}

/** A prospect's proposal: requested, being written, sent or lost (won would make it a client). */
function prospectProposal(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
) {
  const { today } = context;
  const requested = today - random.int(1, 120);
  let stage = random.weighted<ProposalStage>([
    ['request', 1],
    ['drafting', 2],
    ['sent', 3],
    ['lost', 3],
  ]);
  const sent =
    stage === 'request' || stage === 'drafting'
      ? null
      : Math.min(today, requested + random.int(3, 12));
  let decided = stage === 'lost' ? (sent ?? requested) + random.int(7, 40) : null;
  if (decided !== null && decided >= today) {
    stage = 'sent';
    decided = null;
  }
  rows.proposal({
    title: random.pick(serviceNames),
    stage,
    requested,
    sent,
    decided,
    lostReason: stage === 'lost' ? random.pick(lostReasons) : null,
    valueCents: proposalValue(random, 1),
    angle: 'newClients',
    ownerId: client.relationshipManagerId,
  });
}

/** A call of the last ten weeks: mostly returned within the norm, a few late, a few open. */
function clientCallBack(
  context: ServicingContext,
  random: Random,
  rows: ClientRows,
  client: ServicingClient,
  quiet: boolean,
) {
  const { today } = context;
  const called = workingDayUpTo(today - random.int(0, 70));
  if (client.clientSince !== null && called < dayOf(client.clientSince)) return;
  const open = !quiet && called >= today - 4 && random.chance(0.5);
  let returned: number | null = null;
  if (!open) {
    const deadline = callBackDeadline(isoDay(called), client.category?.concept.callBack ?? 'none');
    if (deadline === null) returned = called + random.int(0, 2);
    else {
      const last = dayOf(deadline);
      returned = random.chance(0.12)
        ? last + random.int(1, 3)
        : called + random.int(0, last - called);
    }
    returned = Math.min(returned, today);
  }
  rows.callBack({ called, returned, forUserId: client.relationshipManagerId });
}

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
function clientGifts(
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

/** One of the demo user's clients, with its category's contact interval (null: none). */
export type DemoUserClient = { id: string; intervalDays: number | null };

/**
 * Which of the demo user's own clients (most valuable first) is due today and which are overdue
 * for personal contact; the others are contacted within their interval, drawn.
 */
export function demoUserScripts(clients: readonly DemoUserClient[]): Map<string, ClientScript> {
  const scripts = new Map<string, ClientScript>(clients.map((client) => [client.id, {}]));
  const judged = clients.filter((client) => client.intervalDays !== null);
  [0, 15, 38].forEach((daysPast, index) => {
    const client = judged[index];
    if (client) scripts.set(client.id, { lastContactDaysAgo: client.intervalDays! + daysPast });
  });
  return scripts;
}

/**
 * What else is on the demo user's worklist, at the firm's most valuable clients that others
 * manage (a partner is asked for, writes the proposal, joins a meeting): a call-back overdue and
 * one to return today, a proposal past its turnaround and one just requested, a call planned for
 * today, a follow-up due today and a visit next week.
 */
export function demoUserServicing(
  context: ServicingContext,
  userId: string,
  clients: {
    /** The user's own clients, most valuable first. */
    own: readonly ServicingClient[];
    /** Others' clients of the best and the next category, most valuable first. */
    best: readonly ServicingClient[];
    next: readonly ServicingClient[];
  },
): ServicingRows {
  const random = new Random(`${context.seed}:servicing:demo-user`);
  const { today } = context;
  const { own, best, next } = clients;
  const all = noServicing();
  const at = (client: ServicingClient | undefined, add: (rows: ClientRows) => void) => {
    if (!client) return;
    const rows = new ClientRows(context, random, client);
    add(rows);
    for (const key of Object.keys(all) as (keyof ServicingRows)[])
      (all[key] as unknown[]).push(...rows.rows[key]);
  };
  at(best[0], (rows) =>
    rows.callBack({ called: workingDayUpTo(today - 1), returned: null, forUserId: userId }),
  );
  at(best[1] ?? best[0], (rows) =>
    rows.proposal({
      title: `Vervolgtraject ${random.pick(serviceNames).toLowerCase()}`,
      stage: 'drafting',
      requested: workingDaysBefore(today, 3),
      sent: null,
      decided: null,
      lostReason: null,
      valueCents: proposalValue(random, 0),
      angle: 'runningAssignments',
      ownerId: userId,
    }),
  );
  at(best[2] ?? best[0], (rows) =>
    rows.activity({
      type: 'meeting',
      status: 'done',
      day: today - 8,
      subject: 'Bestuurlijk overleg over de vervolgfase',
      minutes: 90,
      followUp: { day: today, note: 'Offerte sturen voor de vervolgfase', doneDay: null },
      contactIds: rows.contacts(0.5),
      professionalIds: [userId, rows.client.relationshipManagerId],
    }),
  );
  at(next[0], (rows) => {
    rows.callBack({ called: workingDayUpTo(today), returned: null, forUserId: userId });
    rows.proposal({
      title: random.pick(serviceNames),
      stage: 'request',
      requested: today - 1,
      sent: null,
      decided: null,
      lostReason: null,
      valueCents: proposalValue(random, 1),
      angle: 'newServices',
      ownerId: userId,
    });
  });
  at(next[1] ?? next[0], (rows) =>
    rows.activity({
      type: 'call',
      status: 'planned',
      day: today,
      subject: 'Belafspraak: offerteaanvraag doornemen',
      contactIds: rows.contacts(0),
      professionalIds: [userId],
      createdDay: today - 5,
    }),
  );
  at(own[0] ?? best[0], (rows) =>
    rows.activity({
      type: 'visit',
      status: 'planned',
      day: today + 6,
      subject: 'Bezoek: jaarplan en vervolg bespreken',
      contactIds: rows.contacts(0.5),
      professionalIds: [userId],
      createdDay: today - 2,
    }),
  );
  return all;
}
