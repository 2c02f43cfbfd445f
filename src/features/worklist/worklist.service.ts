// A professional's worklist (method §5, §14): what is due and overdue for the clients in their
// care at today (or up to a later day), most valuable client first. The rules are
// src/core/servicing's worklist; this reads what it needs for one professional.
import { notFound } from '../../core/errors.ts';
import { clientValueFromYear, fiscalYearOf } from '../../core/portfolio/fiscal-year.ts';
import {
  worklist,
  type WorklistClient,
  type WorklistItemKind,
} from '../../core/servicing/worklist.ts';
import { invalidField } from '../../core/errors.ts';
import { dayNumberOf } from '../../core/servicing/calendar-days.ts';
import type { Db } from '../../db/connection.ts';
import { usersOfWorkspace } from '../users/users.service.ts';
import {
  categoryTimeline,
  schemeHasCategories,
  schemeOrPrimary,
} from '../choosing/categories.service.ts';
import { fiscalYearStartOf } from '../workspace/workspace.service.ts';
import { conceptsOf } from '../servicing/service-concepts.service.ts';
import {
  openActivities,
  openCallBacks,
  openProposals,
  worklistClients,
  type OpenItem,
  type WorklistClientRow,
} from './worklist.repo.ts';
import type { Actor } from '../../kernel/actor.ts';
import { setUpFirst, type SetUpFirst } from '../../core/servicing/set-up-first.ts';
import type { SuggestedAction } from '../../core/early-warning/actions.ts';
import { atRiskOfManager, type ClientRisk } from '../early-warning/early-warning.service.ts';
import { openComplaintsFor } from '../complaints/complaints.service.ts';
import {
  evaluationsDueAt,
  openImprovementPlansOf,
} from '../satisfaction/improvement-plans.service.ts';
import { thankYousOwed } from '../ambassadors/thank-yous.service.ts';

export type WorklistEntry = {
  kind: WorklistItemKind;
  organizationId: string;
  organizationName: string;
  categoryKey: string | null;
  valueCents: number;
  itemId: string | null;
  /** What the item is about: who called, the proposal's title, the activity's subject … */
  label: string | null;
  dueDate: string;
  overdue: boolean;
  daysOverdue: number;
  workingDaysOverdue: number | null;
  /** For a client at risk: its risk, priority, weightiest signal and the suggested action. */
  warning: AtRiskWarning | null;
};

export type AtRiskWarning = {
  risk: number;
  priority: number;
  signal: { nl: string; en: string };
  action: SuggestedAction | null;
};

/** A manager's clients at risk on the worklist: the highest priorities, at most this many. */
export const atRiskOnWorklist = 5;

/** A client at risk as an item of the worklist, due today. */
function atRiskEntry(client: ClientRisk, today: string): WorklistEntry {
  const counting = client.signals.filter((signal) => signal.dismissal === null);
  const weightiest = [...counting].sort((a, b) => b.weight - a.weight)[0]!;
  return {
    kind: 'atRisk',
    organizationId: client.organizationId,
    organizationName: client.name,
    categoryKey: client.categoryKey,
    valueCents: client.valueCents,
    itemId: null,
    label: null,
    dueDate: today,
    overdue: false,
    daysOverdue: 0,
    workingDaysOverdue: null,
    warning: {
      risk: client.risk,
      priority: client.priority,
      signal: weightiest.text,
      action: client.suggestedAction,
    },
  };
}

/** Items of any kind by the client they are of. */
function groupBy<T extends { organizationId: string }>(list: readonly T[]) {
  const grouped = new Map<string, T[]>();
  for (const item of list) {
    const items = grouped.get(item.organizationId);
    if (items) items.push(item);
    else grouped.set(item.organizationId, [item]);
  }
  return (id: string): readonly T[] => grouped.get(id) ?? [];
}

export async function worklistOf(
  db: Db,
  actor: Actor,
  options: {
    userId?: string | undefined;
    until?: string | undefined;
    /** The firm's day to judge at (firmToday). */
    today: string;
  },
): Promise<{
  userId: string;
  today: string;
  until: string;
  items: WorklistEntry[];
  setUpFirst: SetUpFirst;
}> {
  const { workspaceId } = actor;
  const userId = options.userId ?? actor.userId;
  if (options.userId && !(await usersOfWorkspace(db, workspaceId, [userId])).has(userId))
    throw notFound('User');
  const day = options.today;
  const until = options.until ?? day;
  if (dayNumberOf(until, 'until') < dayNumberOf(day, 'today'))
    throw invalidField('until', 'cannot be before today');
  // what a client is worth, as compliance values it: in the firm's fiscal year, not the calendar's
  const sinceYear = clientValueFromYear(
    fiscalYearOf(day, await fiscalYearStartOf(db, workspaceId)),
  );
  const [scheme, managed] = await Promise.all([
    schemeOrPrimary(db, workspaceId),
    worklistClients(db, workspaceId, { managerId: userId }, sinceYear),
  ]);
  const managedIds = managed.map((client) => client.id);
  const [
    callBacks,
    proposals,
    activities,
    categorised,
    concepts,
    evaluationsDue,
    plans,
    complaints,
    atRisk,
    thanks,
  ] = await Promise.all([
    openCallBacks(db, workspaceId, userId),
    openProposals(db, workspaceId, userId, managedIds),
    openActivities(db, workspaceId, userId, managedIds, until),
    scheme ? schemeHasCategories(db, workspaceId, scheme.id) : false,
    scheme ? conceptsOf(db, workspaceId, scheme.id) : [],
    evaluationsDueAt(db, workspaceId, { managerId: userId, today: day }),
    openImprovementPlansOf(db, workspaceId, userId, day),
    openComplaintsFor(db, workspaceId, userId),
    atRiskOfManager(db, workspaceId, { today: day, managerId: userId, top: atRiskOnWorklist }),
    thankYousOwed(db, workspaceId, { today: day, managerId: userId }),
  ]);
  const items = [
    ...callBacks,
    ...proposals,
    ...activities.planned,
    ...activities.followUps,
    ...plans,
    ...complaints,
    ...thanks.map((thanksDue) => ({ organizationId: thanksDue.referrerOrganizationId })),
  ];
  const known = new Set(managedIds);
  const others = [...new Set(items.map((item) => item.organizationId))].filter(
    (id) => !known.has(id),
  );
  const clients = [
    ...managed,
    ...(await worklistClients(db, workspaceId, { ids: others }, sinceYear)),
  ];
  const byClient = (list: OpenItem[]) => {
    const grouped = new Map<string, OpenItem[]>();
    for (const item of list)
      grouped.set(item.organizationId, [...(grouped.get(item.organizationId) ?? []), item]);
    return (id: string) => grouped.get(id) ?? [];
  };
  // the categories from the earliest day a norm is counted from: a request, a last contact
  let earliest = day;
  for (const item of [...callBacks, ...proposals]) if (item.day < earliest) earliest = item.day;
  for (const complaint of complaints)
    if (complaint.receivedOn < earliest) earliest = complaint.receivedOn;
  for (const client of clients) {
    const base = client.lastContact ?? client.since;
    if (base < earliest) earliest = base;
  }
  const categories = await categoryTimeline(db, workspaceId, scheme, {
    from: earliest,
    to: day,
    clientIds: clients.map((client) => client.id),
  });
  const callsOf = byClient(callBacks);
  const proposalsOf = byClient(proposals);
  const plannedOf = byClient(activities.planned);
  const followUpsOf = byClient(activities.followUps);
  const evaluationsOf = groupBy(evaluationsDue);
  const plansOf = groupBy(plans);
  const complaintsOf = groupBy(complaints);
  const thanksOf = groupBy(
    thanks.map((thanksDue) => ({ ...thanksDue, organizationId: thanksDue.referrerOrganizationId })),
  );
  const input: WorklistClient[] = clients.map((client: WorklistClientRow) => ({
    organizationId: client.id,
    categoryKey: categories.on(client.id, day),
    categoryPeriods: categories.asOf(client.id, day),
    valueCents: client.valueCents,
    relationshipManagerId: client.managerId,
    assignedSince: client.since,
    clientUntil: client.until,
    lastPersonalContact: client.lastContact,
    openCallBacks: callsOf(client.id).map((c) => ({
      id: c.id,
      requested: c.day,
      forProfessionalId: c.assignee,
    })),
    openProposals: proposalsOf(client.id).map((p) => ({
      id: p.id,
      requested: p.day,
      ownerId: p.assignee,
    })),
    plannedActivities: plannedOf(client.id).map((a) => ({
      id: a.id,
      date: a.day,
      professionalIds: a.assignee === null ? [] : [a.assignee],
    })),
    followUps: followUpsOf(client.id).map((f) => ({ id: f.id, due: f.day, ownerId: f.assignee })),
    evaluationsDue: evaluationsOf(client.id),
    improvementPlans: plansOf(client.id).map((plan) => ({
      id: plan.id,
      openedOn: plan.openedOn,
      dueOn: plan.dueOn,
      // a plan nobody owns falls to whoever manages the client, as the worklist decides
      ownerId: plan.ownerId,
    })),
    openComplaints: complaintsOf(client.id).map((complaint) => ({
      id: complaint.id,
      receivedOn: complaint.receivedOn,
      acknowledgedOn: complaint.acknowledgedOn,
      solvedOn: complaint.solvedOn,
      professionalId: complaint.professionalId,
    })),
    thankYous: thanksOf(client.id),
  }));
  const names = new Map(clients.map((client) => [client.id, client.name]));
  const labels = new Map<string, string | null>();
  const label = (kind: WorklistItemKind, list: OpenItem[]) =>
    list.forEach((item) => labels.set(`${kind}:${item.id}`, item.label));
  label('callBack', callBacks);
  label('proposal', proposals);
  label('plannedActivity', activities.planned);
  label('followUp', activities.followUps);
  for (const due of evaluationsDue)
    labels.set(`evaluation:${due.assignmentId}`, due.assignmentTitle);
  for (const plan of plans) labels.set(`improvementPlan:${plan.id}`, plan.what);
  for (const complaint of complaints) labels.set(`complaint:${complaint.id}`, complaint.subject);
  for (const thanksDue of thanks)
    labels.set(
      `thankAmbassador:${thanksDue.referredOrganizationId}`,
      thanksDue.referredOrganizationName,
    );
  const due = worklist({ professionalId: userId, clients: input, concepts, today: day, until });
  return {
    userId,
    today: day,
    until,
    items: [
      ...due.map((item) => ({
        ...item,
        organizationName: names.get(item.organizationId) ?? '',
        label: labels.get(`${item.kind}:${item.itemId}`) ?? null,
        warning: null,
      })),
      // after what is due: the clients at risk, the highest priority first
      ...atRisk.map((client) => atRiskEntry(client, day)),
    ],
    // personal contact follows a category's service concept: without either, none falls due
    setUpFirst: setUpFirst({ categorised, conceptCount: concepts.length }),
  };
}
