// A professional's worklist as the page shows it (method.md §5, §14): how far it looks ahead, its
// items grouped as overdue, due today and coming, and what one click does with each kind. Every
// day here is the firm's day the API answers, never the browser's.
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import type { Schemas } from '../api/client.ts';

export type WorklistItem = Schemas['Worklist']['items'][number];
export type WorklistKind = WorklistItem['kind'];

/** How far ahead the list looks: today only, a week or a month. */
export const worklistRanges = ['today', 'week', 'month'] as const;
export type WorklistRange = (typeof worklistRanges)[number];

const rangeDays: Record<WorklistRange, number> = { today: 0, week: 7, month: 30 };

/** The range named in the URL; today for anything else. */
export function rangeOf(param: string | null): WorklistRange {
  return worklistRanges.find((range) => range === param) ?? 'today';
}

/** The last day the list looks at, for the API's `until`. */
export function untilOf(range: WorklistRange, today: string): string {
  return addCalendarDays(today, rangeDays[range]);
}

export const worklistGroups = ['overdue', 'today', 'coming'] as const;
export type WorklistGroup = (typeof worklistGroups)[number];

/**
 * Overdue past its norm or date; due today also when it fell due earlier without a deadline (a
 * call-back to return as soon as possible); coming when it falls due after today.
 */
export function groupOf(item: Pick<WorklistItem, 'overdue' | 'dueDate'>, today: string) {
  if (item.overdue) return 'overdue';
  return item.dueDate <= today ? 'today' : 'coming';
}

/** The non-empty groups in their order, each in the API's order (most valuable client first). */
export function groupWorklist<T extends Pick<WorklistItem, 'overdue' | 'dueDate'>>(
  items: readonly T[],
  today: string,
): { group: WorklistGroup; items: T[] }[] {
  return worklistGroups
    .map((group) => ({ group, items: items.filter((item) => groupOf(item, today) === group) }))
    .filter((entry) => entry.items.length > 0);
}

/** What one click does: log or plan a personal contact, or tick off the item. */
export type WorklistAction =
  | 'logContact'
  | 'planContact'
  | 'callBackReturned'
  | 'proposalSent'
  | 'activityDone'
  | 'followUpDone'
  | 'thankAmbassador';

export function actionsFor(kind: WorklistKind): WorklistAction[] {
  switch (kind) {
    case 'personalContact':
      return ['logContact', 'planContact'];
    case 'callBack':
      return ['callBackReturned'];
    case 'proposal':
      return ['proposalSent'];
    case 'plannedActivity':
      return ['activityDone'];
    case 'followUp':
      return ['followUpDone'];
    // a person-P activity at the referrer's organisation says thank you (method §10)
    case 'thankAmbassador':
      return ['thankAmbassador'];
    // recorded on the client's page: an evaluation, or the re-evaluation that closes the plan
    case 'evaluation':
    case 'improvementPlan':
    // acted on with the suggested action, on the client's page
    case 'atRisk':
      return [];
    // moved through its steps on the complaints page
    case 'complaint':
      return [];
  }
}

/**
 * Where an item is dealt with when it is not ticked off here: an evaluation is recorded on the
 * client's page, in a dialog opened for that assignment; an improvement plan is read and changed in
 * the client's evaluations, where the re-evaluation that closes it is recorded too. Null: here.
 */
export function placeOf(
  item: Pick<WorklistItem, 'kind' | 'itemId' | 'organizationId'>,
): string | null {
  const client = `/organizations/${item.organizationId}`;
  switch (item.kind) {
    case 'evaluation':
      return item.itemId
        ? `${client}?evaluate=${item.itemId}#evaluations`
        : `${client}#evaluations`;
    case 'improvementPlan':
      return `${client}#evaluations`;
    // the signals and the suggested action are read on the client's page
    case 'atRisk':
      return client;
    // moved through its steps on the complaints page
    case 'complaint':
      return '/clients/complaints';
    case 'personalContact':
    case 'thankAmbassador':
    case 'callBack':
    case 'proposal':
    case 'plannedActivity':
    case 'followUp':
      return null;
  }
}

/** One item of the list; a client has at most one personal contact due. */
export function itemKey(item: Pick<WorklistItem, 'kind' | 'itemId' | 'organizationId'>): string {
  return `${item.kind}:${item.itemId ?? item.organizationId}`;
}

/** A personal contact planned from the list lies a week ahead unless the user picks a day. */
export function plannedContactDay(today: string): string {
  return addCalendarDays(today, 7);
}

/** A change one click makes to the record behind an item, or takes back. */
export type ItemChange =
  | { kind: 'callBack'; id: string; returnedOn: string | null }
  | { kind: 'proposalSent'; id: string; sentOn: string }
  | { kind: 'activity'; id: string; status: 'done' | 'planned'; onDate: string }
  | { kind: 'followUp'; id: string; done: boolean };

/** The actions that tick an item off, rather than open a dialog to log a contact. */
export type TickAction = Exclude<WorklistAction, 'logContact' | 'planContact' | 'thankAmbassador'>;

/** What ticking an item off on `day` changes, and the change that takes it back (null: none). */
export function tickChanges(
  item: Pick<WorklistItem, 'itemId' | 'dueDate'>,
  action: TickAction,
  day: string,
): { forward: ItemChange; back: ItemChange | null } {
  const id = item.itemId ?? '';
  switch (action) {
    case 'callBackReturned':
      return {
        forward: { kind: 'callBack', id, returnedOn: day },
        back: { kind: 'callBack', id, returnedOn: null },
      };
    case 'proposalSent':
      // its stage before is not known here: no undo, the proposal itself can be moved back
      return { forward: { kind: 'proposalSent', id, sentOn: day }, back: null };
    case 'activityDone':
      // held today when it was planned for later
      return {
        forward: {
          kind: 'activity',
          id,
          status: 'done',
          onDate: item.dueDate > day ? day : item.dueDate,
        },
        back: { kind: 'activity', id, status: 'planned', onDate: item.dueDate },
      };
    case 'followUpDone':
      return {
        forward: { kind: 'followUp', id, done: true },
        back: { kind: 'followUp', id, done: false },
      };
  }
}
