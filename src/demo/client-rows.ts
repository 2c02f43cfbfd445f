// How the demo makes one client's rows: ids, timestamps and people, activity dates and proposal
// stages checked as the product checks them.
import { activityP, checkActivityDates } from '../core/servicing/activity-input.ts';
import type { ActivityType, FourP } from '../core/servicing/four-ps.ts';
import { giftRequirementKeys } from '../core/servicing/gifts.ts';
import {
  checkProposal,
  inStage,
  type AcquisitionAngle,
  type ProposalStage,
} from '../core/servicing/proposal-stages.ts';
import type { RecordedDutyKey } from '../core/servicing/yearly-duties.ts';
import { isoDay, momentOn } from './days.ts';
import type { Random } from './random.ts';
import {
  noServicing,
  type ActivityRow,
  type CallBackRow,
  type GiftRow,
  type ProposalRow,
  type ServicingClient,
  type ServicingContext,
} from './servicing-rows.ts';
import { callBackNotes, giftIdeas, otherCallers, type GiftOccasion } from './servicing-words.ts';

/** The rows of one client, with the ids, checks and people every kind of row needs. */
export class ClientRows {
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
    duty?: RecordedDutyKey | null;
    /** The loss whose win-back policy planned it. */
    clientLossId?: string | null;
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
      clientLossId: spec.clientLossId ?? null,
      createdBy: spec.professionalIds[0] ?? client.relationshipManagerId,
      createdAt,
      updatedAt: followUpDoneAt && followUpDoneAt > createdAt ? followUpDoneAt : createdAt,
    };
    this.rows.activities.push(row);
    // the demo's invitations are to events its clients came to: accepted within days
    const answered = spec.type === 'invitation' && spec.status === 'done';
    for (const contactId of new Set(spec.contactIds))
      this.rows.activityContacts.push({
        workspaceId: context.workspaceId,
        activityId: row.id,
        contactId,
        response: answered ? 'accepted' : null,
        respondedOn: answered ? isoDay(Math.min(spec.day + 5, today)) : null,
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
