// What the firm's compliance with its service concepts is made of, read for a whole period at
// once: the clients, their personal contacts, the call-backs and proposals of the period, and the
// yearly duties done. A few set-wise statements, whatever the number of clients.
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import {
  evaluationWindowDays,
  type EndedAssignment,
  type EvaluationOfClient,
} from '../../core/satisfaction/evaluation-due.ts';
import { sql } from 'drizzle-orm';
import type { PeriodComplaint } from '../../core/servicing/client-compliance.ts';
import { personalContactTypes } from '../../core/servicing/personal-contact.ts';
import type { YearlyDutyKey } from '../../core/servicing/yearly-duties.ts';
import { arrayRows } from '../../db/array-rows.ts';
import type { Db } from '../../db/connection.ts';
import { clientOnOrAfter, clientStartOf } from '../organizations/organizations.service.ts';

type Reader = Pick<Db, 'execute'>;

/**
 * The personal contact types written out, so that the statements match the predicate of the
 * partial index activities_personal_contact_idx (a bound array would not).
 */
const personalTypes = sql.raw(personalContactTypes.map((type) => `'${type}'`).join(', '));

export type ComplianceClientRow = {
  id: string;
  name: string;
  managerId: string | null;
  secondProfessionalId: string | null;
  since: string;
  /** The last day a former client was one; null: still a client. */
  until: string | null;
  valueCents: number;
};

/**
 * The firm's clients of the period: its current clients and the former ones that were still
 * clients on its first day `from` (decision 0032), with their value: the revenue of their latest
 * year from sinceYear.
 */
export async function complianceClients(
  db: Db,
  workspaceId: string,
  sinceYear: number,
  from: string,
): Promise<ComplianceClientRow[]> {
  const rows = await arrayRows<
    [string, string, string | null, string | null, string, string | null, string | null]
  >(
    db,
    sql`
    select o.id, o.name, o.relationship_manager_id, o.second_professional_id,
           ${clientStartOf}, o.client_until::text, v.value::text
      from organizations o
      left join (
        select distinct on (organization_id) organization_id, revenue_cents as value
          from client_years
         where workspace_id = ${workspaceId} and fiscal_year >= ${sinceYear}
         order by organization_id, fiscal_year desc) v on v.organization_id = o.id
     where o.workspace_id = ${workspaceId} and o.archived_at is null
       and ${clientOnOrAfter(sql`${from}::date`)}`,
  );
  return rows.map(([id, name, managerId, secondProfessionalId, since, until, value]) => ({
    id,
    name,
    managerId,
    secondProfessionalId,
    since,
    until,
    valueCents: value === null ? 0 : Number(value),
  }));
}

export type ContactTally = { last: string; inPeriod: number };

/**
 * Per client its last personal contact from `windowFrom` up to today, and its personal contacts
 * from `periodFrom` up to today. Clients without one in the window are not in the map.
 */
export async function personalContactTallies(
  db: Db,
  workspaceId: string,
  window: { windowFrom: string; periodFrom: string; today: string },
): Promise<Map<string, ContactTally>> {
  const rows = await arrayRows<[string, string, number]>(
    db,
    sql`
    select organization_id, max(on_date)::text,
           (count(*) filter (where on_date >= ${window.periodFrom}))::int
      from activities
     where workspace_id = ${workspaceId} and status = 'done' and type in (${personalTypes})
       and on_date >= ${window.windowFrom} and on_date <= ${window.today}
     group by organization_id`,
  );
  const tallies = new Map<string, ContactTally>();
  for (const [id, last, inPeriod] of rows) tallies.set(id, { last, inPeriod });
  return tallies;
}

/** The last personal contact before `before` of each of the clients named, where there is one. */
export async function lastContactsBefore(
  db: Reader,
  workspaceId: string,
  clientIds: readonly string[],
  before: string,
): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const result = await db.execute<{ id: string; last: string | null }>(sql`
    select c.id, (select max(a.on_date)::text from activities a
                   where a.workspace_id = ${workspaceId} and a.organization_id = c.id
                     and a.status = 'done' and a.type in (${personalTypes})
                     and a.on_date < ${before}) as last
      from unnest(${sql.param([...clientIds])}::uuid[]) as c(id)`);
  const found = new Map<string, string>();
  for (const row of result.rows) if (row.last !== null) found.set(row.id, row.last);
  return found;
}

export type PeriodRequestRow = {
  organizationId: string;
  /** The professional it is for: the call's addressee, the proposal's owner; null: none named. */
  assignee: string | null;
  requested: string;
  done: string | null;
  /** A proposal lost before it was sent has no turnaround to judge. */
  judged: boolean;
};

type RequestRaw = {
  organization_id: string;
  assignee: string | null;
  requested: string;
  done: string | null;
  judged: boolean;
};

const toRequest = (row: RequestRaw): PeriodRequestRow => ({
  organizationId: row.organization_id,
  assignee: row.assignee,
  requested: row.requested,
  done: row.done,
  judged: row.judged,
});

/** The calls asked to be returned from `from` up to today. */
export async function callBacksOfPeriod(
  db: Reader,
  workspaceId: string,
  from: string,
  today: string,
): Promise<PeriodRequestRow[]> {
  const result = await db.execute<RequestRaw>(sql`
    select organization_id, for_user_id as assignee, called_on::text as requested,
           returned_on::text as done, true as judged
      from call_backs
     where workspace_id = ${workspaceId} and called_on >= ${from} and called_on <= ${today}`);
  return result.rows.map(toRequest);
}

/** The proposals requested from `from` up to today, the day sent being the day done. */
export async function proposalsOfPeriod(
  db: Reader,
  workspaceId: string,
  from: string,
  today: string,
): Promise<PeriodRequestRow[]> {
  const result = await db.execute<RequestRaw>(sql`
    select organization_id, owner_id as assignee, requested_on::text as requested,
           sent_on::text as done, not (stage = 'lost' and sent_on is null) as judged
      from proposals
     where workspace_id = ${workspaceId} and requested_on >= ${from}
       and requested_on <= ${today}`);
  return result.rows.map(toRequest);
}

/** The yearly duties done within the period, per client. */
export async function dutiesOfPeriod(
  db: Reader,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<Map<string, Set<YearlyDutyKey>>> {
  const rows = await arrayRows<[string, YearlyDutyKey]>(
    db,
    sql`
    select distinct organization_id, duty
      from activities
     where workspace_id = ${workspaceId} and duty is not null and status = 'done'
       and on_date >= ${period.from} and on_date <= ${period.to}`,
  );
  const done = new Map<string, Set<YearlyDutyKey>>();
  for (const [id, duty] of rows) {
    const duties = done.get(id);
    if (duties) duties.add(duty);
    else done.set(id, new Set([duty]));
  }
  return done;
}

/**
 * The clients with a done mailing in the period, and those with a gift or greeting: given in the
 * gift register or a done gift activity. The activities through the partial index
 * activities_yearly_norm_idx, so the firm's other activities are not read.
 */
export async function mailingsAndGiftsOfPeriod(
  db: Db,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<{ mailing: Set<string>; giftOrGreeting: Set<string> }> {
  const rows = await arrayRows<[string, boolean, boolean]>(
    db,
    sql`
    select organization_id, bool_or(type = 'mailing'), bool_or(type = 'gift')
      from activities
     where workspace_id = ${workspaceId} and status = 'done' and type in ('mailing', 'gift')
       and on_date >= ${period.from} and on_date <= ${period.to}
     group by organization_id
    union all
    select distinct organization_id, false, true
      from gifts
     where workspace_id = ${workspaceId} and status = 'given'
       and on_date >= ${period.from} and on_date <= ${period.to}`,
  );
  const mailing = new Set<string>();
  const giftOrGreeting = new Set<string>();
  for (const [id, mailed, gave] of rows) {
    if (mailed) mailing.add(id);
    if (gave) giftOrGreeting.add(id);
  }
  return { mailing, giftOrGreeting };
}

/**
 * The assignments that run in the period per client, each with its own professional: started on
 * or before `to` and not ended before `from`. One without a start date is not known to run.
 */
export async function runningAssignmentsOfPeriod(
  db: Db,
  workspaceId: string,
  period: { from: string; to: string },
): Promise<Map<string, { professionalId: string | null }[]>> {
  const rows = await arrayRows<[string, string | null]>(
    db,
    sql`
    select organization_id, professional_id
      from assignments
     where workspace_id = ${workspaceId} and start_date is not null
       and start_date <= ${period.to} and (end_date is null or end_date >= ${period.from})`,
  );
  const running = new Map<string, { professionalId: string | null }[]>();
  for (const [id, professionalId] of rows) {
    const list = running.get(id);
    if (list) list.push({ professionalId });
    else running.set(id, [{ professionalId }]);
  }
  return running;
}

/**
 * The assignments per client whose evaluation falls due in the period (the end date up to 30
 * days before it), with the evaluations that can cover them: those that name an assignment, and
 * those on or after the earliest end read.
 */
export async function endedAssignmentsOfPeriod(
  db: Db,
  workspaceId: string,
  period: { from: string; to: string },
) {
  const earliest = addCalendarDays(period.from, -evaluationWindowDays);
  const [ended, given] = await Promise.all([
    arrayRows<[string, string, string]>(
      db,
      sql`
      select organization_id, id, end_date::text from assignments
       where workspace_id = ${workspaceId} and end_date >= ${earliest} and end_date <= ${period.to}`,
    ),
    arrayRows<[string, string | null, string]>(
      db,
      sql`
      select organization_id, assignment_id, evaluated_on::text from evaluations
       where workspace_id = ${workspaceId}
         and (assignment_id is not null or evaluated_on >= ${earliest})`,
    ),
  ]);
  const assignments = new Map<string, EndedAssignment[]>();
  for (const [organizationId, id, endDate] of ended) {
    const list = assignments.get(organizationId);
    if (list) list.push({ id, endDate });
    else assignments.set(organizationId, [{ id, endDate }]);
  }
  const evaluations = new Map<string, EvaluationOfClient[]>();
  for (const [organizationId, assignmentId, evaluatedOn] of given) {
    const list = evaluations.get(organizationId);
    if (list) list.push({ assignmentId, evaluatedOn });
    else evaluations.set(organizationId, [{ assignmentId, evaluatedOn }]);
  }
  return { assignments, evaluations };
}

/** The members of every client's account team, its lead among them. */
export async function accountTeamsOf(db: Db, workspaceId: string): Promise<Map<string, string[]>> {
  const rows = await arrayRows<[string, string]>(
    db,
    sql`
    select organization_id, user_id from account_team_members where workspace_id = ${workspaceId}`,
  );
  const teams = new Map<string, string[]>();
  for (const [id, userId] of rows) {
    const team = teams.get(id);
    if (team) team.push(userId);
    else teams.set(id, [userId]);
  }
  return teams;
}

/** The firm's users by name: the professionals a report may name. */
export async function professionalsOf(
  db: Reader,
  workspaceId: string,
): Promise<{ id: string; name: string }[]> {
  const result = await db.execute<{ id: string; name: string }>(sql`
    select id, name from users where workspace_id = ${workspaceId} order by name, id`);
  return result.rows;
}

/** The complaints per client that came in from `from` up to today, with their steps' days. */
export async function complaintsOfPeriod(
  db: Db,
  workspaceId: string,
  from: string,
  today: string,
): Promise<Map<string, PeriodComplaint[]>> {
  const rows = await arrayRows<[string, string, string | null, string | null]>(
    db,
    sql`
    select organization_id, received_on::text, acknowledged_on::text, solved_on::text
      from complaints
     where workspace_id = ${workspaceId} and received_on >= ${from} and received_on <= ${today}`,
  );
  const byClient = new Map<string, PeriodComplaint[]>();
  for (const [organizationId, receivedOn, acknowledgedOn, solvedOn] of rows) {
    const complaint = { receivedOn, acknowledgedOn, solvedOn };
    const list = byClient.get(organizationId);
    if (list) list.push(complaint);
    else byClient.set(organizationId, [complaint]);
  }
  return byClient;
}
