// Is the service concept delivered? method.md §5 and §14, per client over a period (a fiscal
// year, judged at a day within or after it): the last personal contact against the interval, the
// personal contacts of the period against the minimum, the call-backs and proposals against their
// norms, and the yearly duties the concept asks for. Then the same figures for a group of clients:
// a category, a professional, the firm.
import { invalidField } from '../errors.ts';
import {
  evaluationsOfPeriod,
  type EndedAssignment,
  type EvaluationOfClient,
  type PeriodEvaluations,
} from '../satisfaction/evaluation-due.ts';
import { complaintCheck, type ComplaintCheck } from '../satisfaction/complaint.ts';
import { dayNumberOf } from './calendar-days.ts';
import { defaultHolidayCalendar, type HolidayCalendar } from './dutch-holidays.ts';
import {
  conceptOn,
  contactDueDate,
  expectedContactsOver,
  normsFromClientStart,
  type ConceptPeriod,
} from './norms-over-time.ts';
import { contactCheckOfDue, personalContactCheck, type ContactCheck } from './personal-contact.ts';
import { callBackCheck, proposalCheck, type RequestCheck } from './request-norms.ts';
import {
  secondProfessionalCheck,
  type ClientReach,
  type RunningAssignment,
  type SecondProfessionalCheck,
} from './second-professional.ts';
import type { ServiceConcept } from './service-concept.ts';
import {
  yearlyDutyChecks,
  type YearlyDutiesDone,
  type YearlyDutyCheck,
  type YearlyDutyKey,
} from './yearly-duties.ts';

export type CompliancePeriod = {
  /** First and last day of the period, both counted. */
  from: string;
  to: string;
  /**
   * The day it is judged: within the period (so far), or on or after its last day (the whole
   * period: a yearly duty not done by then is missed).
   */
  today: string;
};

/** A request of the period: the day it came in and the day it was done (null: still open). */
export type PeriodRequest = { requested: string; done: string | null };

export type ClientComplianceInput = {
  /** The norms at the day judged: of the yearly duties and the second professional. */
  concept: ServiceConcept;
  /**
   * The norms of each stretch of the period, when the client changed category in it: requests
   * are owed the norm of the day they came in, personal contact falls due by the norms of the
   * days it falls due in, the minimum counts pro rata (decision 0027). Left out: `concept` all
   * along.
   */
  conceptsOverTime?: readonly ConceptPeriod[];
  /**
   * The day it became a client: no norm applies before it (decision 0031). The interval runs from
   * it for a client never contacted, the minimum counts its days only, and the yearly duties are
   * asked only when it was a client all the period.
   */
  since: string;
  /**
   * The last day a former client was one (decision 0032): no norm applies after it, its
   * personal contact is judged as it stood then, and the yearly duties are asked only when it was
   * a client all the period. Null or left out: still a client.
   */
  until?: string | null;
  lastPersonalContact: string | null;
  /** Personal contacts within the period up to today. */
  personalContactsInPeriod: number;
  callBacks: readonly PeriodRequest[];
  proposals: readonly PeriodRequest[];
  dutiesDone: YearlyDutiesDone;
  /** The client's assignments that run in the period; none when not read. */
  runningAssignments?: readonly RunningAssignment[];
  /** Who the client can reach beside an assignment's own professional. */
  reach?: ClientReach;
  /** The client's assignments that ended around the period, and its evaluations; none when not read. */
  endedAssignments?: readonly EndedAssignment[];
  evaluations?: readonly EvaluationOfClient[];
  /** The complaints that came in during the period up to today; none when not read. */
  complaints?: readonly PeriodComplaint[];
};

/** A complaint of the period: the day it came in and the days it was acknowledged and solved. */
export type PeriodComplaint = {
  receivedOn: string;
  acknowledgedOn: string | null;
  solvedOn: string | null;
};

/**
 * Why a client's concept is not delivered: the last contact longer ago than the interval; fewer
 * personal contacts than the minimum asks by now (pro rata while the period runs); a call-back or
 * proposal late or overdue; a yearly duty not done by the period's last day; a running assignment
 * without a second professional (judged at once: the client cannot reach anyone else today); an
 * ended assignment not evaluated within its 30 days; a complaint acknowledged or solved late, or
 * overdue for it.
 */
export type ComplianceShortfall =
  | { code: 'contactOverdue'; daysOverdue: number }
  | { code: 'tooFewContacts'; count: number; expected: number }
  | { code: 'callBacksLate'; count: number }
  | { code: 'proposalsLate'; count: number }
  | { code: 'dutyMissed'; duty: YearlyDutyKey }
  | { code: 'secondProfessionalMissing'; count: number }
  | { code: 'evaluationsMissed'; count: number }
  | { code: 'complaintsAcknowledgedLate'; count: number }
  | { code: 'complaintsSolvedLate'; count: number };

export type ClientCompliance = {
  contact: ContactCheck;
  personalContacts: {
    count: number;
    /** The concept's minimum for the whole period. */
    minimum: number;
    /** What the minimum asks by today: the share of the period passed, rounded down. */
    expectedByNow: number;
  };
  callBacks: readonly RequestCheck[];
  proposals: readonly RequestCheck[];
  duties: readonly YearlyDutyCheck[];
  /** The running assignments and those with a second professional; null: the norm is not set. */
  assignments: SecondProfessionalCheck | null;
  /** The evaluations after assignments due in the period, and on time; null: the norm is not set. */
  evaluations: PeriodEvaluations | null;
  /** The period's complaints against the norms of the day each came in. */
  complaints: readonly ComplaintCheck[];
  shortfalls: readonly ComplianceShortfall[];
  delivered: boolean;
};

type Progress = { passed: number; length: number; over: boolean };

/** A report judges every client over one frozen period: its days are counted once for it. */
const progressOfPeriod = new WeakMap<CompliancePeriod, Progress>();

/** How far the period has run at today: days passed and days in all, both ends counted. */
function periodProgress(period: CompliancePeriod): Progress {
  const known = progressOfPeriod.get(period);
  if (known) return known;
  const from = dayNumberOf(period.from, 'from');
  const to = dayNumberOf(period.to, 'to');
  const today = dayNumberOf(period.today, 'today');
  if (to < from) throw invalidField('to', `ends (${period.to}) before the period starts`);
  const length = to - from + 1;
  const progress = {
    passed: Math.min(length, Math.max(0, today - from + 1)),
    length,
    over: today >= to,
  };
  // a period changed after it was judged is counted again
  if (Object.isFrozen(period)) progressOfPeriod.set(period, progress);
  return progress;
}

/** The personal contacts the minimum asks for by today: none at the start, all at the end. */
export function expectedContactsByNow(minimum: number, period: CompliancePeriod): number {
  const { passed, length } = periodProgress(period);
  return Math.floor((minimum * passed) / length);
}

function lateOf(checks: readonly RequestCheck[]): number {
  let late = 0;
  for (const check of checks) if (check.withinNorm === false) late += 1;
  return late;
}

/**
 * Whether a client is judged over the period at all: it became one by the day judged and, when
 * it has left, was still one on the period's first day. A client of later is left out of the
 * period's compliance (decision 0031), and so is one that had left before it (decision 0032).
 */
export function isClientDuring(
  since: string,
  period: CompliancePeriod,
  until: string | null = null,
): boolean {
  return since <= period.today && (until === null || until >= period.from);
}

/**
 * Whether the yearly duties are asked of a client over the period: a duty is a yearly minimum of
 * one, asked pro rata of the days it was a client and rounded down like the minimum of personal
 * contacts, so only of a client all the period (decisions 0031 and 0032).
 */
export function yearlyDutiesAsked(
  since: string,
  period: CompliancePeriod,
  until: string | null = null,
): boolean {
  return since <= period.from && (until === null || until >= period.to);
}

/** Most clients of a firm have no request in a period and no shortfall: they share one list. */
const none: readonly never[] = Object.freeze([]);
const nobody: ClientReach = Object.freeze({
  relationshipManagerId: null,
  secondProfessionalId: null,
  accountTeam: none,
});

/** The norms a request is owed: those of the day it came in, else the concept of today. */
function normOf(
  over: readonly ConceptPeriod[] | undefined,
  concept: ServiceConcept,
  requested: string,
): ServiceConcept {
  return (over && conceptOn(over, requested)) || concept;
}

export function clientCompliance(
  input: ClientComplianceInput,
  period: CompliancePeriod,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): ClientCompliance {
  const { concept, since } = input;
  const until = input.until ?? null;
  // a former client's personal contact is judged as it stood on its last day as a client
  const left = until !== null && until < period.today ? until : null;
  const today = left ?? period.today;
  // the norms count from the day it became a client up to the day it left; nothing needs cutting
  // for a client of before the period, not last seen before it became one, that has not left
  const cut =
    since > period.from ||
    (input.lastPersonalContact !== null && input.lastPersonalContact < since) ||
    (until !== null && until < period.to);
  const over = cut
    ? normsFromClientStart(
        since,
        input.conceptsOverTime ?? [{ concept, from: null, until: null }],
        until,
      )
    : input.conceptsOverTime;
  const contact = over
    ? contactCheckOfDue(
        contactDueDate(input.lastPersonalContact ?? since, over),
        input.lastPersonalContact,
        today,
      )
    : personalContactCheck({
        lastContact: input.lastPersonalContact,
        since,
        intervalDays: concept.personalContactIntervalDays,
        today,
      });
  const minimum = concept.minimumPersonalContactsPerYear;
  const expectedByNow = over
    ? expectedContactsOver(over, period)
    : expectedContactsByNow(minimum, period);
  const callBacks =
    input.callBacks.length === 0
      ? none
      : input.callBacks.map(({ requested, done }) =>
          callBackCheck({
            requested,
            done,
            today,
            norm: normOf(over, concept, requested).callBack,
            calendar,
          }),
        );
  const proposals =
    input.proposals.length === 0
      ? none
      : input.proposals.map(({ requested, done }) =>
          proposalCheck({
            requested,
            done,
            today,
            turnaroundWorkingDays: normOf(over, concept, requested).proposalTurnaroundWorkingDays,
            calendar,
          }),
        );
  const duties = yearlyDutiesAsked(since, period, until)
    ? yearlyDutyChecks(concept, input.dutiesDone)
    : none;
  const periodOver = periodProgress(period).over;
  const assignments = concept.secondProfessionalPerAssignment
    ? secondProfessionalCheck(input.runningAssignments ?? none, input.reach ?? nobody)
    : null;

  const evaluations = concept.evaluationAfterEachAssignment
    ? evaluationsOfPeriod(input.endedAssignments ?? none, input.evaluations ?? none, period)
    : null;

  const complaintsIn = input.complaints ?? none;
  const complaints =
    complaintsIn.length === 0
      ? none
      : complaintsIn.map((complaint) =>
          complaintCheck(
            { ...complaint, closedOn: null },
            normOf(over, concept, complaint.receivedOn),
            today,
            calendar,
          ),
        );

  const shortfalls: ComplianceShortfall[] = [];
  if (contact.status === 'overdue')
    shortfalls.push({ code: 'contactOverdue', daysOverdue: contact.daysOverdue });
  if (input.personalContactsInPeriod < expectedByNow)
    shortfalls.push({
      code: 'tooFewContacts',
      count: input.personalContactsInPeriod,
      expected: expectedByNow,
    });
  const callBacksLate = lateOf(callBacks);
  if (callBacksLate > 0) shortfalls.push({ code: 'callBacksLate', count: callBacksLate });
  const proposalsLate = lateOf(proposals);
  if (proposalsLate > 0) shortfalls.push({ code: 'proposalsLate', count: proposalsLate });
  if (periodOver)
    for (const duty of duties)
      if (!duty.done) shortfalls.push({ code: 'dutyMissed', duty: duty.duty });
  if (assignments !== null && assignments.covered < assignments.running)
    shortfalls.push({
      code: 'secondProfessionalMissing',
      count: assignments.running - assignments.covered,
    });
  if (evaluations !== null && evaluations.onTime < evaluations.due)
    shortfalls.push({ code: 'evaluationsMissed', count: evaluations.due - evaluations.onTime });
  const acknowledgedLate = lateOf(complaints.map((check) => check.acknowledge));
  if (acknowledgedLate > 0)
    shortfalls.push({ code: 'complaintsAcknowledgedLate', count: acknowledgedLate });
  const solvedLate = lateOf(complaints.map((check) => check.solve));
  if (solvedLate > 0) shortfalls.push({ code: 'complaintsSolvedLate', count: solvedLate });

  return {
    contact,
    personalContacts: { count: input.personalContactsInPeriod, minimum, expectedByNow },
    callBacks,
    proposals,
    duties,
    assignments,
    evaluations,
    complaints,
    shortfalls: shortfalls.length === 0 ? none : shortfalls,
    delivered: shortfalls.length === 0,
  };
}
