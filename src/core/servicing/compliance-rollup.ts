// The compliance figures of a group of clients (method.md §5, §14): a category, a professional,
// the firm. Added up client by client, so that a report of the whole firm need not keep every
// client's judgement until the end.
import { apportionBasisPoints } from '../portfolio/basis-points.ts';
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
  /** Every norm of the year above counted once, with their shares: what a chart shows. */
  norms: NormFigures;
};

/**
 * The norms of a group's clients, one per client and norm (the contact interval, the minimum of
 * personal contacts, each yearly duty), per running assignment asking a second professional and
 * per call-back or proposal with a norm: met, not met, or not to be judged yet (a duty or a
 * minimum on track while the year runs, a request open within its deadline).
 */
export type NormTally = { met: number; notMet: number; notYet: number };

export type NormFigures = NormTally & {
  /** The three in basis points, adding up to 10,000; all 0 when no norm is set. */
  shareBasisPoints: NormTally;
};

/** A group's figures while its clients and requests are being added. */
export type RunningRollup = Omit<ComplianceRollup, 'callBacks' | 'proposals' | 'norms'> & {
  callBacks: RequestCheck[];
  proposals: RequestCheck[];
  /** The norms of the clients added; those of the requests are counted once they are all in. */
  norms: NormTally;
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
    norms: { met: 0, notMet: 0, notYet: 0 },
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
  addClientNorms(rollup.norms, client);
}

/**
 * A client's norms: the interval is met unless overdue; the minimum once reached, not met when
 * behind the share asked by now, else not yet; a duty once done, not met when the judgement
 * calls it missed (the year is over), else not yet; an assignment when a second professional
 * covers it; an ended assignment when evaluated within its 30 days; a complaint's acknowledgement and
 * solution each as a request. The same judgement as the client's shortfalls, so a client delivered
 * has none unmet.
 */
function addClientNorms(tally: NormTally, client: ClientCompliance): void {
  if (client.contact.status === 'overdue') tally.notMet += 1;
  else if (client.contact.status !== 'noNorm') tally.met += 1;
  const { count, minimum, expectedByNow } = client.personalContacts;
  if (minimum > 0) {
    if (count >= minimum) tally.met += 1;
    else if (count < expectedByNow) tally.notMet += 1;
    else tally.notYet += 1;
  }
  for (const duty of client.duties) {
    if (duty.done) tally.met += 1;
    else if (client.shortfalls.some((s) => s.code === 'dutyMissed' && s.duty === duty.duty))
      tally.notMet += 1;
    else tally.notYet += 1;
  }
  if (client.assignments !== null) {
    tally.met += client.assignments.covered;
    tally.notMet += client.assignments.running - client.assignments.covered;
  }
  if (client.evaluations !== null) {
    tally.met += client.evaluations.onTime;
    tally.notMet += client.evaluations.due - client.evaluations.onTime;
  }
  // a complaint's two norms: acknowledged and solved, each like a request
  for (const complaint of client.complaints) {
    addRequestNorms(tally, [complaint.acknowledge]);
    addRequestNorms(tally, [complaint.solve]);
  }
}

/** A request's norm: met on time, not met late or overdue, not yet while open; none without. */
function addRequestNorms(tally: NormTally, checks: readonly RequestCheck[]): void {
  for (const check of checks) {
    if (check.withinNorm === true) tally.met += 1;
    else if (check.withinNorm === false) tally.notMet += 1;
    else if (check.status === 'open') tally.notYet += 1;
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
  const norms = { ...rollup.norms };
  addRequestNorms(norms, rollup.callBacks);
  addRequestNorms(norms, rollup.proposals);
  const [met, notMet, notYet] = apportionBasisPoints([norms.met, norms.notMet, norms.notYet]);
  return {
    ...rollup,
    callBacks: complianceSummary(rollup.callBacks),
    proposals: complianceSummary(rollup.proposals),
    norms: { ...norms, shareBasisPoints: { met: met!, notMet: notMet!, notYet: notYet! } },
  };
}
