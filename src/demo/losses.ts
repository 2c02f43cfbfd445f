// The demo firm's lost clients (method §8): most clients that left in the last three years have
// their loss recorded with a reason, how it went and who was told; a few clients of the best
// categories were lost lately, with the win-back activities their category's policy planned, done
// where their day has passed; a client whose revenue came back after a year without is recorded as
// lost and won back, as the revenue bridge shows it.
import type { activities, activityProfessionals, clientLosses } from '../db/schema.ts';
import type { LossManner, PresetLostReason } from '../core/winback/client-loss.ts';
import { plannedWinBack, type WinBackPolicy } from '../core/winback/win-back-policy.ts';
import { dayOf, isoDay, momentOn } from './days.ts';
import { Random } from './random.ts';

export type LossRow = typeof clientLosses.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type ProfessionalRow = typeof activityProfessionals.$inferSelect;

/** A client that left, as the losses see it. */
export type LeftClient = {
  id: string;
  /** Its last day as a client. */
  clientUntil: string;
  relationshipManagerId: string | null;
  secondProfessionalId: string | null;
  /** The win-back policy of the category it had on its last day; null: none. */
  policy: WinBackPolicy | null;
};

/** A client won back: lost after its last invoice before a year without, back at the next. */
export type ReturnedClient = {
  id: string;
  relationshipManagerId: string | null;
  lastInvoiceBefore: string;
  firstInvoiceAfter: string;
};

/** How far back the firm recorded its losses: three years. */
export const lossesSinceDays = 3 * 365;

const texts: Partial<Record<PresetLostReason, readonly string[]>> = {
  price: ['Vond ons te duur na de tariefsverhoging', 'Koos voor een goedkoper kantoor in de regio'],
  quality: ['Ontevreden over de jaarrekening van vorig jaar'],
  service: [
    'Voelde zich te weinig gezien door de relatiebeheerder',
    'Te laat teruggebeld, twee keer',
  ],
  contactPersonLeft: ['De directeur die ons binnenhaalde is vertrokken'],
  movedToCompetitor: ['Overgestapt naar een groter kantoor met een specialist in de sector'],
  clientStoppedOrMerged: ['Opgegaan in een groter bedrijf met een eigen accountant'],
  noLongerNeeded: ['Doet de administratie voortaan zelf met een online pakket'],
};

function lossOf(
  random: Random,
  workspaceId: string,
  client: { id: string; relationshipManagerId: string | null },
  lostOn: string,
  reasonIds: ReadonlyMap<PresetLostReason, string>,
): LossRow {
  const reason = random.weighted<PresetLostReason>([
    ['price', 4],
    ['service', 3],
    ['movedToCompetitor', 3],
    ['contactPersonLeft', 2],
    ['clientStoppedOrMerged', 2],
    ['noLongerNeeded', 2],
    ['quality', 1],
    ['other', 1],
  ]);
  const said = texts[reason];
  const createdAt = momentOn(dayOf(lostOn) + random.int(0, 3), 10 * 60 + random.int(0, 300));
  return {
    workspaceId,
    id: random.uuid(),
    organizationId: client.id,
    lostOn,
    reasonId: reasonIds.get(reason)!,
    text: said ? random.pick(said) : null,
    manner: random.weighted<LossManner>([
      ['amicable', 5],
      ['tense', 2],
      ['silent', 2],
    ]),
    told: random.chance(0.7)
      ? random.pick(['De maten', 'Het team van de klant', 'Alle partners'])
      : null,
    recordedBy: client.relationshipManagerId,
    wonBackOn: null,
    winBackNote: null,
    createdAt,
    updatedAt: createdAt,
  };
}

/** The losses of the clients that left and of the one won back, with their win-back activities. */
export function demoLosses(
  seed: number,
  workspaceId: string,
  today: string,
  left: readonly LeftClient[],
  /** Clients lost lately, marked lost as the product marks them: each has its loss recorded. */
  recent: readonly LeftClient[],
  returned: ReturnedClient | null,
  reasonIds: ReadonlyMap<PresetLostReason, string>,
) {
  const losses: LossRow[] = [];
  const made: ActivityRow[] = [];
  const professionals: ProfessionalRow[] = [];
  const since = isoDay(dayOf(today) - lossesSinceDays);
  for (const client of [...left, ...recent]) {
    if (client.clientUntil < since || client.clientUntil > today) continue;
    const random = new Random(`${seed}:losses:${client.id}`);
    if (!random.chance(recent.includes(client) ? 1 : 0.8)) continue;
    const loss = lossOf(random, workspaceId, client, client.clientUntil, reasonIds);
    losses.push(loss);
    if (!client.policy) continue;
    const recordedOn = isoDay(Math.min(dayOf(today), dayOf(loss.lostOn) + random.int(0, 3)));
    for (const step of plannedWinBack(client.policy, { lostOn: loss.lostOn, recordedOn }, client)) {
      const done = step.onDate < today;
      const activity: ActivityRow = {
        workspaceId,
        id: random.uuid(),
        organizationId: client.id,
        type: step.type,
        p: step.p,
        status: done ? 'done' : 'planned',
        onDate: step.onDate,
        subject: step.subject,
        notes: done
          ? random.pick([
              'Goed gesprek, maar de keuze staat vast',
              'Wil over een jaar opnieuw kijken',
              'Niet bereikt, bericht achtergelaten',
            ])
          : null,
        minutes: done ? random.pick([30, 45, 60]) : null,
        costCents: null,
        followUpOn: null,
        followUpNote: null,
        followUpDoneAt: null,
        duty: null,
        clientLossId: loss.id,
        createdBy: loss.recordedBy,
        createdAt: loss.createdAt,
        updatedAt: done ? momentOn(dayOf(step.onDate), 16 * 60) : loss.createdAt,
      };
      made.push(activity);
      if (step.ownerId)
        professionals.push({ workspaceId, activityId: activity.id, userId: step.ownerId });
    }
  }
  if (returned) {
    const random = new Random(`${seed}:losses:returned:${returned.id}`);
    const lostOn = isoDay(dayOf(returned.lastInvoiceBefore) + 30);
    if (lostOn < returned.firstInvoiceAfter) {
      const loss = lossOf(random, workspaceId, returned, lostOn, reasonIds);
      losses.push({
        ...loss,
        wonBackOn: returned.firstInvoiceAfter,
        winBackNote: 'Terug na een bezoek van de relatiebeheerder en een nieuw voorstel',
      });
    }
  }
  return { losses, activities: made, professionals };
}
