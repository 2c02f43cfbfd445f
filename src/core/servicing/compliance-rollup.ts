// The compliance figures of a group of clients (method.md §5, §14): a category, a professional,
// the firm. Added up client by client, so that a report of the whole firm need not keep every
// client's judgement until the end.
import type { ClientCompliance } from './client-compliance.ts';
import { complianceSummary, type ComplianceSummary } from './compliance-summary.ts';
import type { RequestCheck } from './request-norms.ts';

export type ComplianceRollup = {
  clients: number;
  delivered: number;
  /** Clients whose concept sets an interval, and of them those overdue at today. */
  withInterval: number;
  contactOverdue: number;
  /** Clients with a minimum of personal contacts, and of them those on track by now. */
  withMinimum: number;
  contactsOnTrack: number;
  callBacks: ComplianceSummary;
  proposals: ComplianceSummary;
  /** Yearly duties the concepts ask for, and of them those done. */
  dutiesRequired: number;
  dutiesDone: number;
  /** Running assignments of clients whose concept asks a second professional, and those covered. */
  assignmentsRunning: number;
  assignmentsCovered: number;
};

/** A group's figures while its clients and requests are being added. */
export type RunningRollup = Omit<ComplianceRollup, 'callBacks' | 'proposals'> & {
  callBacks: RequestCheck[];
  proposals: RequestCheck[];
};

export function runningRollup(): RunningRollup {
  return {
    clients: 0,
    delivered: 0,
    withInterval: 0,
    contactOverdue: 0,
    withMinimum: 0,
    contactsOnTrack: 0,
    callBacks: [],
    proposals: [],
    dutiesRequired: 0,
    dutiesDone: 0,
    assignmentsRunning: 0,
    assignmentsCovered: 0,
  };
}

/** Counts a client's contacts, duties and delivery; its requests are added apart. */
export function addClient(rollup: RunningRollup, client: ClientCompliance): void {
  rollup.clients += 1;
  if (client.delivered) rollup.delivered += 1;
  if (client.contact.status !== 'noNorm') rollup.withInterval += 1;
  if (client.contact.status === 'overdue') rollup.contactOverdue += 1;
  const { count, minimum, expectedByNow } = client.personalContacts;
  if (minimum > 0) {
    rollup.withMinimum += 1;
    if (count >= expectedByNow) rollup.contactsOnTrack += 1;
  }
  rollup.dutiesRequired += client.duties.length;
  for (const duty of client.duties) if (duty.done) rollup.dutiesDone += 1;
  if (client.assignments !== null) {
    rollup.assignmentsRunning += client.assignments.running;
    rollup.assignmentsCovered += client.assignments.covered;
  }
}

/** Adds call-backs and proposals judged: a client's, or those asked of a professional. */
export function addRequests(
  rollup: RunningRollup,
  requests: { callBacks: readonly RequestCheck[]; proposals: readonly RequestCheck[] },
): void {
  for (const check of requests.callBacks) rollup.callBacks.push(check);
  for (const check of requests.proposals) rollup.proposals.push(check);
}

export function finishedRollup(rollup: RunningRollup): ComplianceRollup {
  return {
    ...rollup,
    callBacks: complianceSummary(rollup.callBacks),
    proposals: complianceSummary(rollup.proposals),
  };
}
