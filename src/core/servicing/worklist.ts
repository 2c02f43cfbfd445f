// A professional's worklist, method.md §5, §7 and §14: what is due or overdue at the given day for
// the clients in their care, most valuable client first. Personal contact by the category's
// interval and the evaluation after an ended assignment fall to the relationship manager; a
// call-back, proposal, planned activity, follow-up, improvement plan or complaint to whom it is for
// (a complaint: the professional it concerns), and to the relationship manager when it names nobody.
import type { CategoryPeriod } from '../choosing/category-history.ts';
import { complaintCheck } from '../satisfaction/complaint.ts';
import { calendarDaysBetween } from './calendar-days.ts';
import { defaultHolidayCalendar, type HolidayCalendar } from './dutch-holidays.ts';
import {
  conceptOn,
  contactDueDate,
  normsFromClientStart,
  normsUntil,
  type ConceptPeriod,
} from './norms-over-time.ts';
import { callBackDeadline } from './request-norms.ts';
import {
  defaultServiceConcept,
  serviceConceptFor,
  type ServiceConcept,
} from './service-concept.ts';
import { firstWorkingDayFrom, workingDayDeadline, workingDaysLate } from './working-days.ts';

/** In the order items of one client on the same day are listed. */
export const worklistItemKinds = [
  'complaint',
  'callBack',
  'proposal',
  'personalContact',
  'plannedActivity',
  'followUp',
  'evaluation',
  'improvementPlan',
  /** A client at risk (method §8): among the manager's highest priorities of early warning. */
  'atRisk',
  'thankAmbassador',
] as const;
export type WorklistItemKind = (typeof worklistItemKinds)[number];

export type WorklistClient = {
  organizationId: string;
  /** Its category in the active scheme; null when it has none (no norms apply). */
  categoryKey: string | null;
  /**
   * Its categories over time, when it changed: a request is owed the norm of the category of the
   * day it came in, personal contact falls due by the norms of the days it falls due in
   * (decision 0027). Left out: `categoryKey` all along.
   */
  categoryPeriods?: readonly CategoryPeriod[];
  /** What the client is worth to the firm, for the order (e.g. last year's revenue in cents). */
  valueCents: number;
  relationshipManagerId: string | null;
  /**
   * The day it became a client: without contact the interval runs from here, and it is not due
   * before it (decision 0031).
   */
  assignedSince: string;
  /**
   * The last day a former client was one (decision 0032): no norm applies after it, so a request
   * of later has no deadline by a norm, and personal contact is no longer due. Null or left out:
   * a client.
   */
  clientUntil?: string | null;
  lastPersonalContact: string | null;
  openCallBacks: readonly { id: string; requested: string; forProfessionalId: string | null }[];
  openProposals: readonly { id: string; requested: string; ownerId: string | null }[];
  plannedActivities: readonly { id: string; date: string; professionalIds: readonly string[] }[];
  followUps: readonly { id: string; due: string; ownerId: string | null }[];
  /**
   * The evaluations due after its ended assignments (src/core/satisfaction's evaluationsDue): on
   * the list from the day after the end, due by the deadline.
   */
  evaluationsDue?: readonly { assignmentId: string; dueFrom: string; deadline: string }[];
  /** Its open improvement plans (method §7): on the list from the day they opened until closed. */
  improvementPlans?: readonly {
    id: string;
    openedOn: string;
    dueOn: string;
    ownerId: string | null;
  }[];
  /**
   * Its complaints not closed yet (method §15): due by the deadline of the next step, to
   * acknowledge or to solve, by the norms of the day it came in; a solved one waits to be closed
   * without a deadline.
   */
  openComplaints?: readonly {
    id: string;
    receivedOn: string;
    acknowledgedOn: string | null;
    solvedOn: string | null;
    professionalId: string | null;
  }[];
  /**
   * The thank-yous it is owed for clients it referred (src/core/ambassadors' thankYousDue): on
   * the relationship manager's list from the referred client's start, due 14 days later.
   */
  thankYous?: readonly { referredOrganizationId: string; dueFrom: string; dueOn: string }[];
};

export type WorklistItem = {
  kind: WorklistItemKind;
  organizationId: string;
  categoryKey: string | null;
  valueCents: number;
  /**
   * The call-back, proposal, activity, follow-up, assignment to evaluate or improvement plan; null
   * for a personal contact.
   */
  itemId: string | null;
  dueDate: string;
  /** Past its due date at today, against a norm or a date the firm set. */
  overdue: boolean;
  /** Calendar days past the due date at today; 0 when not overdue. */
  daysOverdue: number;
  /**
   * For a call-back or proposal with a norm in working days: the working days past its deadline
   * at today, as the request's own check counts them (workingDaysLate); null for the others.
   */
  workingDaysOverdue: number | null;
};

export type WorklistInput = {
  professionalId: string;
  clients: readonly WorklistClient[];
  concepts: readonly ServiceConcept[];
  today: string;
  /** Also list what falls due up to this day (e.g. the end of the week); today when left out. */
  until?: string;
  calendar?: HolidayCalendar;
};

/**
 * The due and overdue items of one professional at today, most valuable client first. A call-back
 * without a deadline (as soon as possible, or no norm) is due from the first working day on or
 * after the call and never overdue; a proposal without a turnaround norm is not listed.
 */
export function worklist(input: WorklistInput): WorklistItem[] {
  const { professionalId, today, calendar = defaultHolidayCalendar } = input;
  const until = input.until ?? today;
  const items: WorklistItem[] = [];
  for (const client of input.clients) {
    const managesIt = client.relationshipManagerId === professionalId;
    const isMine = (assignee: string | null) =>
      assignee === null ? managesIt : assignee === professionalId;
    const clientUntil = client.clientUntil ?? null;
    const periods: ConceptPeriod[] = normsUntil(
      (client.categoryPeriods ?? [{ category: client.categoryKey, from: null, until: null }]).map(
        ({ category, from, until }) => ({
          concept: category === null ? null : serviceConceptFor(input.concepts, category),
          from,
          until,
        }),
      ),
      clientUntil,
    );
    const add = (
      kind: WorklistItemKind,
      itemId: string | null,
      dueDate: string,
      judged: 'days' | 'workingDays' | 'not' = 'days',
      /** Listed from this day on, when earlier than the due date; the due date by default. */
      listedFrom: string = dueDate,
    ) => {
      if (calendarDaysBetween(listedFrom < dueDate ? listedFrom : dueDate, until) < 0) return;
      const daysOverdue = judged === 'not' ? 0 : Math.max(0, calendarDaysBetween(dueDate, today));
      items.push({
        kind,
        organizationId: client.organizationId,
        categoryKey: client.categoryKey,
        valueCents: client.valueCents,
        itemId,
        dueDate,
        overdue: daysOverdue > 0,
        daysOverdue,
        workingDaysOverdue:
          judged === 'workingDays' ? workingDaysLate(dueDate, today, calendar) : null,
      });
    };
    for (const call of client.openCallBacks) {
      if (!isMine(call.forProfessionalId)) continue;
      const norm = conceptOn(periods, call.requested)?.callBack ?? 'none';
      const deadline = callBackDeadline(call.requested, norm, calendar);
      add(
        'callBack',
        call.id,
        deadline ?? firstWorkingDayFrom(call.requested, calendar),
        deadline === null ? 'not' : 'workingDays',
      );
    }
    for (const proposal of client.openProposals) {
      const turnaround = conceptOn(periods, proposal.requested)?.proposalTurnaroundWorkingDays;
      if (turnaround == null || !isMine(proposal.ownerId)) continue;
      add(
        'proposal',
        proposal.id,
        workingDayDeadline(proposal.requested, turnaround, calendar),
        'workingDays',
      );
    }
    // a former client is not visited by a norm any more
    if (managesIt && clientUntil === null) {
      const due = contactDueDate(
        client.lastPersonalContact ?? client.assignedSince,
        normsFromClientStart(client.assignedSince, periods),
      );
      if (due !== null) add('personalContact', null, due);
    }
    for (const activity of client.plannedActivities) {
      const mine =
        activity.professionalIds.length === 0
          ? managesIt
          : activity.professionalIds.includes(professionalId);
      if (mine) add('plannedActivity', activity.id, activity.date);
    }
    for (const followUp of client.followUps) {
      if (isMine(followUp.ownerId)) add('followUp', followUp.id, followUp.due);
    }
    if (managesIt)
      for (const due of client.evaluationsDue ?? [])
        add('evaluation', due.assignmentId, due.deadline, 'days', due.dueFrom);
    for (const plan of client.improvementPlans ?? []) {
      if (isMine(plan.ownerId)) add('improvementPlan', plan.id, plan.dueOn, 'days', plan.openedOn);
    }
    for (const complaint of client.openComplaints ?? []) {
      if (!isMine(complaint.professionalId)) continue;
      const norms = conceptOn(periods, complaint.receivedOn) ?? noComplaintNorms;
      const check = complaintCheck({ ...complaint, closedOn: null }, norms, today, calendar);
      if (check.nextDeadline !== null)
        add('complaint', complaint.id, check.nextDeadline, 'workingDays', complaint.receivedOn);
      else
        add(
          'complaint',
          complaint.id,
          complaint.solvedOn ?? firstWorkingDayFrom(complaint.receivedOn, calendar),
          'not',
        );
    }
    if (managesIt)
      for (const thanks of client.thankYous ?? [])
        add('thankAmbassador', thanks.referredOrganizationId, thanks.dueOn, 'days', thanks.dueFrom);
  }
  return items.sort(byClientValueThenDue);
}

/** A client without a category is owed the default complaint norms, as on its complaint itself. */
const noComplaintNorms = defaultServiceConcept('');

const kindOrder = new Map(worklistItemKinds.map((kind, index) => [kind, index]));

/** Most valuable client first (its items together), then the earliest due date, then the kind. */
function byClientValueThenDue(a: WorklistItem, b: WorklistItem): number {
  if (a.valueCents !== b.valueCents) return b.valueCents - a.valueCents;
  if (a.organizationId !== b.organizationId) return a.organizationId < b.organizationId ? -1 : 1;
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0);
}
