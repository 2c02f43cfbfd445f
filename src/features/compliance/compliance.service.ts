// Is the service concept delivered (method §5, §14)? The firm's compliance over a fiscal year, per
// category and per professional, with the clients that fall short, most valuable first.
import { invalidField } from '../../core/errors.ts';
import {
  clientValueFromYear,
  fiscalYearOf,
  fiscalYearRange,
} from '../../core/portfolio/fiscal-year.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import {
  clientCompliance,
  isClientDuring,
  type ClientCompliance,
  type ComplianceShortfall,
} from '../../core/servicing/client-compliance.ts';
import {
  addClient,
  addRequests,
  finishedRollup,
  runningRollup,
  type ComplianceRollup,
  type RunningRollup,
} from '../../core/servicing/compliance-rollup.ts';
import type { RequestCheck } from '../../core/servicing/request-norms.ts';
import { serviceConceptFor, type ServiceConcept } from '../../core/servicing/service-concept.ts';
import type { Db } from '../../db/connection.ts';
import type { ConceptPeriod } from '../../core/servicing/norms-over-time.ts';
import { categoryTimeline, schemeOrPrimary, toScheme } from '../choosing/categories.service.ts';
import { setUpFirst, type SetUpFirst } from '../../core/servicing/set-up-first.ts';
import { conceptsOf } from '../servicing/service-concepts.service.ts';
import { getWorkspace } from '../workspace/workspace.service.ts';
import {
  accountTeamsOf,
  callBacksOfPeriod,
  complaintsOfPeriod,
  endedAssignmentsOfPeriod,
  complianceClients,
  dutiesOfPeriod,
  lastContactsBefore,
  mailingsAndGiftsOfPeriod,
  personalContactTallies,
  proposalsOfPeriod,
  professionalsOf,
  runningAssignmentsOfPeriod,
  type ComplianceClientRow,
  type PeriodRequestRow,
} from './compliance.repo.ts';

export type ShortfallClient = {
  organizationId: string;
  name: string;
  categoryKey: string | null;
  relationshipManagerId: string | null;
  valueCents: number;
  lastPersonalContact: string | null;
  shortfalls: ComplianceShortfall[];
};

export type ComplianceReport = {
  fiscalYear: number;
  from: string;
  to: string;
  /** The day judged at: today within the year, its last day for a year gone by. */
  judgedAt: string;
  firm: ComplianceRollup;
  categories: (ComplianceRollup & { categoryKey: string | null })[];
  professionals: (ComplianceRollup & { userId: string; name: string })[];
  /** The clients whose concept is not delivered, most valuable first, at most `limit`. */
  shortfallClients: ShortfallClient[];
  shortfallClientCount: number;
  /** What the firm lacks for any norm to be judged: categories first, then service concepts. */
  setUpFirst: SetUpFirst;
};

/** A client's category at the day judged, and its norms over the year when it changed. */
type Judged = { category: string | null; over: ConceptPeriod[] | undefined };

type Assessed = {
  row: ComplianceClientRow;
  category: string | null;
  over: ConceptPeriod[] | undefined;
  lastContact: string | null;
  compliance: ClientCompliance;
};

/** The requests kept, by client. */
function byClient(list: readonly PeriodRequestRow[], keep: (row: PeriodRequestRow) => boolean) {
  const grouped = new Map<string, PeriodRequestRow[]>();
  for (const row of list) {
    if (!keep(row)) continue;
    const rows = grouped.get(row.organizationId);
    if (rows) rows.push(row);
    else grouped.set(row.organizationId, [row]);
  }
  return (id: string): readonly PeriodRequestRow[] => grouped.get(id) ?? none;
}

const none: readonly never[] = Object.freeze([]);

/**
 * The fiscal year a report judges (by default the one of `day`, the firm's today), judged at
 * today while it runs and at its last day once it is over; with the scheme whose categories it
 * groups by, and those groups in order.
 */
export async function complianceYear(
  db: Db,
  workspaceId: string,
  year: number | undefined,
  day: string,
) {
  const [workspace, scheme] = await Promise.all([
    getWorkspace(db, workspaceId),
    schemeOrPrimary(db, workspaceId),
  ]);
  const startMonth = workspace.fiscalYearStartMonth;
  const fiscalYear = year ?? fiscalYearOf(day, startMonth);
  const { from, to } = fiscalYearRange(fiscalYear, startMonth);
  if (from > day) throw invalidField('fiscalYear', `has not started yet (it starts on ${from})`);
  // the scheme's categories in its order, then the clients without one
  const groups: (string | null)[] = [
    ...(scheme ? toScheme(scheme).scheme.categories.map((category) => category.key) : []),
    null,
  ];
  return { fiscalYear, from, to, judgedAt: day < to ? day : to, scheme, groups };
}

export async function complianceReport(
  db: Db,
  workspaceId: string,
  options: { fiscalYear?: number | undefined; limit?: number | undefined; today: string },
): Promise<ComplianceReport> {
  const { fiscalYear, from, to, judgedAt, scheme, groups } = await complianceYear(
    db,
    workspaceId,
    options.fiscalYear,
    options.today,
  );

  // personal contacts: read from the longest interval of any category back (or the year's start,
  // if earlier), and further back only for the clients with an interval and no contact in that
  // window; read beside the rest, since the concepts alone say how far back
  const concepts = scheme ? await conceptsOf(db, workspaceId, scheme.id) : [];
  let longest = 0;
  for (const { personalContactIntervalDays: days } of concepts)
    if (days !== null && days > longest) longest = days;
  const intervalFrom = addCalendarDays(judgedAt, -longest);
  const windowFrom = intervalFrom < from ? intervalFrom : from;
  // the evidence of the mailing, gift and second-professional norms only when a concept asks it
  const asked = (norm: (concept: ServiceConcept) => boolean) => concepts.some(norm);
  const noSet = new Set<string>();
  const [
    clients,
    categories,
    tallies,
    callBacks,
    proposals,
    duties,
    professionals,
    mailingsAndGifts,
    runningAssignments,
    accountTeams,
    ended,
    complaints,
  ] = await Promise.all([
    complianceClients(db, workspaceId, clientValueFromYear(fiscalYear), from),
    categoryTimeline(db, workspaceId, scheme, { from, to: judgedAt }),
    personalContactTallies(db, workspaceId, { windowFrom, periodFrom: from, today: judgedAt }),
    callBacksOfPeriod(db, workspaceId, from, judgedAt),
    proposalsOfPeriod(db, workspaceId, from, judgedAt),
    dutiesOfPeriod(db, workspaceId, { from, to: judgedAt }),
    professionalsOf(db, workspaceId),
    asked((c) => c.mailing || c.giftPolicy !== 'none')
      ? mailingsAndGiftsOfPeriod(db, workspaceId, { from, to: judgedAt })
      : { mailing: noSet, giftOrGreeting: noSet },
    asked((c) => c.secondProfessionalPerAssignment)
      ? runningAssignmentsOfPeriod(db, workspaceId, { from, to: judgedAt })
      : new Map<string, { professionalId: string | null }[]>(),
    asked((c) => c.secondProfessionalPerAssignment)
      ? accountTeamsOf(db, workspaceId)
      : new Map<string, string[]>(),
    asked((c) => c.evaluationAfterEachAssignment)
      ? endedAssignmentsOfPeriod(db, workspaceId, { from, to })
      : { assignments: new Map(), evaluations: new Map() },
    complaintsOfPeriod(db, workspaceId, from, judgedAt),
  ]);
  const conceptOf = new Map<string, ServiceConcept>();
  const concept = (category: string | null) => {
    const key = category ?? '';
    let found = conceptOf.get(key);
    if (!found) conceptOf.set(key, (found = serviceConceptFor(concepts, key)));
    return found;
  };

  // each client by the categories it held in the year, as they stood at the day judged, or at
  // the last day it was a client when it left before
  const judgedBy = (id: string, until: string | null): Judged => {
    const periods = categories.asOf(id, until !== null && until < judgedAt ? until : judgedAt);
    const category = periods.at(-1)?.category ?? null;
    if (periods.length < 2) return { category, over: undefined };
    const over = periods.map(({ category: held, from, until }) => ({
      concept: concept(held),
      from,
      until,
    }));
    return { category, over };
  };
  // whether personal contact can fall due at all
  const hasInterval = ({ category, over }: Judged) =>
    over
      ? over.some((period) => period.concept?.personalContactIntervalDays != null)
      : concept(category).personalContactIntervalDays !== null;

  const callBacksOf = byClient(callBacks, () => true);
  const proposalsOf = byClient(proposals, (row) => row.judged);
  const period = Object.freeze({ from, to, today: judgedAt });
  const assess = (
    row: ComplianceClientRow,
    { category, over }: Judged,
    contactsInPeriod: number,
    lastContact: string | null,
  ): Assessed => {
    const done = duties.get(row.id);
    const compliance = clientCompliance(
      {
        concept: concept(category),
        ...(over ? { conceptsOverTime: over } : {}),
        since: row.since,
        until: row.until,
        lastPersonalContact: lastContact,
        personalContactsInPeriod: contactsInPeriod,
        callBacks: callBacksOf(row.id),
        proposals: proposalsOf(row.id),
        dutiesDone: {
          revenueForecast: done?.has('revenueForecast') ?? false,
          evaluationConversation: done?.has('evaluationConversation') ?? false,
          accountPlan: done?.has('accountPlan') ?? false,
          mailing: mailingsAndGifts.mailing.has(row.id),
          giftOrGreeting: mailingsAndGifts.giftOrGreeting.has(row.id),
        },
        runningAssignments: runningAssignments.get(row.id) ?? none,
        reach: {
          relationshipManagerId: row.managerId,
          secondProfessionalId: row.secondProfessionalId,
          accountTeam: accountTeams.get(row.id) ?? none,
        },
        endedAssignments: ended.assignments.get(row.id) ?? none,
        evaluations: ended.evaluations.get(row.id) ?? none,
        complaints: complaints.get(row.id) ?? none,
      },
      period,
    );
    return { row, category, over, lastContact, compliance };
  };

  // added up client by client: only the clients that fall short are kept
  const firm = runningRollup();
  const byCategory = new Map(groups.map((key) => [key, runningRollup()]));
  const byProfessional = new Map<string, RunningRollup>();
  const professional = (id: string) => {
    let rollup = byProfessional.get(id);
    if (!rollup) byProfessional.set(id, (rollup = runningRollup()));
    return rollup;
  };
  // a request is asked of the one it names, else of the relationship manager
  const credit = (
    kind: 'callBacks' | 'proposals',
    requests: readonly PeriodRequestRow[],
    checks: readonly RequestCheck[],
    managerId: string | null,
  ) => {
    for (let i = 0; i < requests.length; i++) {
      const assignee = requests[i]!.assignee ?? managerId;
      if (assignee !== null) professional(assignee)[kind].push(checks[i]!);
    }
  };
  const short: Assessed[] = [];
  const add = (client: Assessed) => {
    const { row, compliance } = client;
    addClient(firm, compliance);
    addRequests(firm, compliance);
    const category = byCategory.get(client.category);
    if (category) {
      addClient(category, compliance);
      addRequests(category, compliance);
    }
    if (row.managerId !== null) addClient(professional(row.managerId), compliance);
    credit('callBacks', callBacksOf(row.id), compliance.callBacks, row.managerId);
    credit('proposals', proposalsOf(row.id), compliance.proposals, row.managerId);
    if (!compliance.delivered) short.push(client);
  };

  // A client with an interval and no personal contact in the window is overdue whatever came
  // before, when it was a client before the window too: how long ago it was seen is read only for
  // the clients the report names. A newer client may have been seen before it became one: it is
  // judged once that is read.
  const newAndUnseen: { row: ComplianceClientRow; judged: Judged }[] = [];
  for (const row of clients) {
    // a client of later is not judged over a year before it was one
    if (!isClientDuring(row.since, period, row.until)) continue;
    const judged = judgedBy(row.id, row.until);
    const tally = tallies.get(row.id);
    if (tally) add(assess(row, judged, tally.inPeriod, tally.last));
    // one that changed category may have fallen due under a norm of another period: its last
    // contact is read too
    else if ((row.since >= windowFrom || judged.over) && hasInterval(judged))
      newAndUnseen.push({ row, judged });
    else add(assess(row, judged, 0, null));
  }
  const older = await lastContactsBefore(
    db,
    workspaceId,
    newAndUnseen.map(({ row }) => row.id),
    windowFrom,
  );
  for (const { row, judged } of newAndUnseen)
    add(assess(row, judged, 0, older.get(row.id) ?? null));

  short.sort((a, b) => b.row.valueCents - a.row.valueCents || a.row.name.localeCompare(b.row.name));
  const named = short.slice(0, options.limit ?? 100);
  const seenBefore = await lastContactsBefore(
    db,
    workspaceId,
    named
      .filter(
        (client) =>
          client.lastContact === null && client.row.since < windowFrom && hasInterval(client),
      )
      .map((client) => client.row.id),
    windowFrom,
  );
  const shortfallClients = named.map((client) => {
    const last = seenBefore.get(client.row.id);
    // still overdue, by the days since that contact rather than since it became a client
    return last === undefined ? client : assess(client.row, client, 0, last);
  });
  return {
    fiscalYear,
    from,
    to,
    judgedAt,
    firm: finishedRollup(firm),
    categories: [...byCategory]
      .filter(([key, rollup]) => key !== null || rollup.clients > 0)
      .map(([categoryKey, rollup]) => ({ categoryKey, ...finishedRollup(rollup) })),
    professionals: professionals.flatMap((user) => {
      const rollup = byProfessional.get(user.id);
      return rollup ? [{ userId: user.id, name: user.name, ...finishedRollup(rollup) }] : [];
    }),
    shortfallClients: shortfallClients.map((client) => ({
      organizationId: client.row.id,
      name: client.row.name,
      categoryKey: client.category,
      relationshipManagerId: client.row.managerId,
      valueCents: client.row.valueCents,
      lastPersonalContact: client.lastContact,
      shortfalls: [...client.compliance.shortfalls],
    })),
    shortfallClientCount: short.length,
    setUpFirst: setUpFirst({
      categorised: categories.clientIds.length > 0,
      conceptCount: concepts.length,
    }),
  };
}
