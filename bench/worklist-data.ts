// The relationship work of a made-up firm for the worklist benchmark: professionals, who manages
// which client, and per client its activities (mostly done, some planned, some with a follow-up
// still open), call-back requests and proposals, as COPY rows. Seeded, so every run gets the same
// data; dates are counted back and forth from the day the run starts, as the worklist reads the
// clock.
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import { activityTypes, suggestedP, type ActivityType } from '../src/core/servicing/four-ps.ts';
import { copyRow, seededUuid, type Customer } from './revenue-data.ts';

const pick = <T>(random: () => number, from: readonly T[]): T =>
  from[Math.floor(random() * from.length)]!;
const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));

/** How often each type is logged, relative to the others: calls and e-mail most. */
const typeWeights: Record<ActivityType, number> = {
  call: 25,
  email: 20,
  meeting: 14,
  visit: 10,
  mailing: 9,
  event: 4,
  invitation: 3,
  gift: 2,
  proposal: 4,
  evaluation: 4,
  other: 5,
};
const typeCumulative = (() => {
  let sum = 0;
  return activityTypes.map((type) => ({ type, upTo: (sum += typeWeights[type]) }));
})();
const typeTotal = typeCumulative.at(-1)!.upTo;

function activityType(random: () => number): ActivityType {
  const target = random() * typeTotal;
  return (typeCumulative.find((entry) => target < entry.upTo) ?? typeCumulative[0]!).type;
}

const subjects: Record<ActivityType, string> = {
  visit: 'Bezoek',
  call: 'Telefoongesprek',
  meeting: 'Overleg',
  email: 'E-mail',
  event: 'Seminar',
  invitation: 'Uitnodiging',
  gift: 'Attentie',
  proposal: 'Offertebespreking',
  evaluation: 'Evaluatie',
  mailing: 'Nieuwsbrief',
  other: 'Overig',
};

/** The columns of an activity, in this order, by activityRows. */
export const activityColumns =
  'workspace_id, id, organization_id, type, p, status, on_date, subject, notes, minutes, ' +
  'cost_cents, follow_up_on, follow_up_note, follow_up_done_at, created_by';

export type ActivityMix = {
  /** Share of activities still planned; of those, the share dated in the past (not done in time). */
  planned: number;
  plannedInPast: number;
  /** Share with a follow-up; of those, the share still open. */
  followUp: number;
  followUpOpen: number;
  /** Share done by a professional other than the relationship manager. */
  byAnother: number;
  /** Share with a second professional (kept apart, for activity_professionals). */
  second: number;
};

export const defaultMix: ActivityMix = {
  planned: 0.01,
  plannedInPast: 0.2,
  followUp: 0.08,
  followUpOpen: 0.05,
  byAnother: 0.15,
  second: 0.05,
};

/**
 * `count` activities over the clients, more for the larger ones (their weight): done ones over
 * the last three years, planned ones from a month ago to four months ahead. A second professional
 * of an activity goes to `seconds` as [activity id, user id].
 */
export function* activityRows(args: {
  workspaceId: string;
  customers: readonly Customer[];
  ids: readonly string[];
  managers: readonly (string | null)[];
  professionals: readonly string[];
  count: number;
  today: string;
  random: () => number;
  seconds: [string, string][];
  mix?: ActivityMix;
}): Generator<string> {
  const { customers, random, today, professionals, mix = defaultMix } = args;
  const totalWeight = customers.reduce((sum, customer) => sum + customer.weight, 0);
  let carry = 0;
  for (let index = 0; index < customers.length; index++) {
    const exact = (args.count * customers[index]!.weight) / totalWeight + carry;
    const mine = Math.floor(exact);
    carry = exact - mine;
    const manager = args.managers[index] ?? null;
    for (let n = 0; n < mine; n++) {
      const id = seededUuid(random);
      const type = activityType(random);
      const planned = random() < mix.planned;
      const onDate = planned
        ? random() < mix.plannedInPast
          ? addCalendarDays(today, -between(random, 1, 30))
          : addCalendarDays(today, between(random, 0, 120))
        : addCalendarDays(today, -between(random, 0, 1095));
      let followUpOn: string | null = null;
      let followUpDone: string | null = null;
      if (!planned && random() < mix.followUp) {
        const open = random() < mix.followUpOpen;
        followUpOn = open
          ? addCalendarDays(today, between(random, -30, 30))
          : addCalendarDays(onDate, between(random, 3, 30));
        if (!open) followUpDone = `${followUpOn} 16:00:00+00`;
      }
      const by =
        manager === null || random() < mix.byAnother ? pick(random, professionals) : manager;
      if (random() < mix.second) {
        const other = pick(random, professionals);
        if (other !== by) args.seconds.push([id, other]);
      }
      yield copyRow([
        args.workspaceId,
        id,
        args.ids[index]!,
        type,
        suggestedP(type),
        planned ? 'planned' : 'done',
        onDate,
        `${subjects[type]} ${customers[index]!.name}`,
        null,
        planned ? null : pick(random, [15, 30, 45, 60, 90]),
        type === 'gift' || type === 'event' ? between(random, 2_500, 15_000) : null,
        followUpOn,
        followUpOn === null ? null : 'Terugkoppelen',
        followUpDone,
        by,
      ]);
    }
  }
}

/** The columns of a call-back request, in this order, by callBackRows. */
export const callBackColumns =
  'workspace_id, id, organization_id, caller_name, called_on, for_user_id, note, returned_on, created_by';

/** Call-back requests: `open` share not returned yet (called in the last ten days), the rest returned. */
export function* callBackRows(args: {
  workspaceId: string;
  clients: readonly { id: string; manager: string | null }[];
  professionals: readonly string[];
  count: number;
  open: number;
  today: string;
  random: () => number;
}): Generator<string> {
  const { random, today, professionals } = args;
  for (let n = 0; n < args.count; n++) {
    const client = pick(random, args.clients);
    const open = random() < args.open;
    const calledOn = addCalendarDays(
      today,
      -(open ? between(random, 0, 10) : between(random, 11, 730)),
    );
    const forUser = client.manager ?? pick(random, professionals);
    yield copyRow([
      args.workspaceId,
      seededUuid(random),
      client.id,
      'de directeur',
      calledOn,
      forUser,
      null,
      open ? null : addCalendarDays(calledOn, between(random, 0, 3)),
      forUser,
    ]);
  }
}

/** The columns of a proposal, in this order, by proposalRows. */
export const proposalColumns =
  'workspace_id, id, organization_id, title, stage, requested_on, sent_on, decided_on, ' +
  'value_cents, lost_reason, owner_id, position, created_by';

/**
 * Proposals: `open` share requested in the last three weeks and not sent yet (request or drafting),
 * the rest sent, won or lost; most owned by the relationship manager, some by nobody.
 */
export function* proposalRows(args: {
  workspaceId: string;
  clients: readonly { id: string; manager: string | null }[];
  professionals: readonly string[];
  count: number;
  open: number;
  today: string;
  random: () => number;
}): Generator<string> {
  const { random, today, professionals } = args;
  for (let n = 0; n < args.count; n++) {
    const client = pick(random, args.clients);
    const open = random() < args.open;
    const requestedOn = addCalendarDays(
      today,
      -(open ? between(random, 0, 20) : between(random, 21, 730)),
    );
    const stage = open
      ? pick(random, ['request', 'drafting'] as const)
      : pick(random, ['sent', 'won', 'won', 'lost'] as const);
    const sentOn = open ? null : addCalendarDays(requestedOn, between(random, 1, 8));
    const decidedOn = stage === 'won' || stage === 'lost' ? addCalendarDays(sentOn!, 14) : null;
    const chance = random();
    const owner =
      chance < 0.1 ? null : chance < 0.2 ? pick(random, professionals) : (client.manager ?? null);
    yield copyRow([
      args.workspaceId,
      seededUuid(random),
      client.id,
      'Offerte advieswerk',
      stage,
      requestedOn,
      sentOn,
      decidedOn,
      between(random, 1_000, 40_000) * 100,
      stage === 'lost' ? 'Prijs' : null,
      owner,
      0,
      owner ?? professionals[0]!,
    ]);
  }
}
