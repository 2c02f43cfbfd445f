// The facts early warning is derived from, read for the whole firm (or a few clients) in a few
// set-wise statements: never a statement per client.
import { sql, type SQL } from 'drizzle-orm';
import { acuteSignalDays, type RecordedSignal } from '../../core/early-warning/acute-signals.ts';
import {
  contactChangeWindowDays,
  evaluationWindowDays,
} from '../../core/early-warning/derived-signals.ts';
import type { Dismissal } from '../../core/early-warning/dismissal.ts';
import type { AcuteSignalKind, SignalKind } from '../../core/early-warning/signal.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { personalContactTypes } from '../../core/servicing/personal-contact.ts';
import { arrayRows } from '../../db/array-rows.ts';
import type { Db } from '../../db/connection.ts';
import { clientStartOf } from '../organizations/organizations.service.ts';

type Reader = Pick<Db, 'execute'>;

/** Orders of the last three years make a client's rhythm. */
export const rhythmYears = 3;

/** Written out so the statement matches the partial index activities_personal_contact_idx. */
const personalTypes = sql.raw(personalContactTypes.map((type) => `'${type}'`).join(', '));

/** Only these clients, or every client when `only` is undefined. */
const among = (column: SQL, only: readonly string[] | undefined) =>
  only === undefined ? sql`true` : sql`${column} = any(${sql.param([...only])}::uuid[])`;

export type RiskClientRow = {
  id: string;
  name: string;
  managerId: string | null;
  since: string;
  valueCents: number;
};

/** The firm's current clients with their value: the revenue of the latest complete fiscal year. */
export async function riskClients(
  db: Reader,
  workspaceId: string,
  options: { valueYear: number; managerId?: string | undefined; only?: readonly string[] },
): Promise<RiskClientRow[]> {
  const rows = await arrayRows<[string, string, string | null, string, number | null]>(
    db,
    sql`
    select o.id, o.name, o.relationship_manager_id, ${clientStartOf}, cy.revenue_cents
      from organizations o
      left join client_years cy on cy.workspace_id = o.workspace_id
       and cy.organization_id = o.id and cy.fiscal_year = ${options.valueYear}
     where o.workspace_id = ${workspaceId} and o.archived_at is null and o.status = 'client'
       and ${options.managerId === undefined ? sql`true` : sql`o.relationship_manager_id = ${options.managerId}`}
       and ${among(sql`o.id`, options.only)}`,
  );
  return rows.map(([id, name, managerId, since, value]) => ({
    id,
    name,
    managerId,
    since,
    valueCents: value ?? 0,
  }));
}

/** Grouped by client, in the order read. */
function grouped<T>(rows: readonly (readonly [string, T])[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const [id, value] of rows) {
    const list = map.get(id);
    if (list) list.push(value);
    else map.set(id, [value]);
  }
  return map;
}

export type YearRow = {
  fiscalYear: number;
  revenueCents: number;
  creditNotes: number;
  creditCents: number;
};

/** Revenue and credit notes per client and fiscal year from `fromYear`. */
export async function yearsFrom(
  db: Reader,
  workspaceId: string,
  fromYear: number,
  only?: readonly string[],
): Promise<Map<string, YearRow[]>> {
  const rows = await arrayRows<[string, number, number, number, number]>(
    db,
    sql`
    select organization_id, fiscal_year, revenue_cents, credit_notes, credit_cents
      from client_years
     where workspace_id = ${workspaceId} and fiscal_year >= ${fromYear}
       and ${among(sql`organization_id`, only)}`,
  );
  return grouped(
    rows.map(([id, fiscalYear, revenueCents, creditNotes, creditCents]) => [
      id,
      { fiscalYear, revenueCents, creditNotes, creditCents },
    ]),
  );
}

/** Per client the days it ordered in the last years: invoices, and assignments started. */
export async function orderDays(
  db: Reader,
  workspaceId: string,
  today: string,
  only?: readonly string[],
): Promise<Map<string, string[]>> {
  const from = addCalendarDays(today, -366 * rhythmYears);
  const rows = await arrayRows<[string, string]>(
    db,
    sql`
    select organization_id, string_agg(day::text, ',')
      from (select organization_id, invoice_date as day from revenue_lines
             where workspace_id = ${workspaceId} and invoice_date > ${from}
               and invoice_date <= ${today} and ${among(sql`organization_id`, only)}
            union
            select organization_id, start_date from assignments
             where workspace_id = ${workspaceId} and start_date > ${from}
               and start_date <= ${today} and ${among(sql`organization_id`, only)}) orders
     group by organization_id`,
  );
  return new Map(rows.map(([id, days]) => [id, days.split(',')]));
}

export type LeftContact = { id: string; name: string; dmuRole: string | null; activeTo: string };

/** The contact persons who left within the window of a change of contacts. */
export async function contactsLeft(
  db: Reader,
  workspaceId: string,
  today: string,
  only?: readonly string[],
): Promise<Map<string, LeftContact[]>> {
  const from = addCalendarDays(today, -contactChangeWindowDays);
  const rows = await arrayRows<[string, string, string, string | null, string]>(
    db,
    sql`
    select organization_id, id, concat_ws(' ', first_name, infix, last_name), dmu_role,
           active_to::text
      from contacts
     where workspace_id = ${workspaceId} and active_to > ${from} and active_to <= ${today}
       and ${among(sql`organization_id`, only)}`,
  );
  return grouped(
    rows.map(([orgId, id, name, dmuRole, activeTo]) => [orgId, { id, name, dmuRole, activeTo }]),
  );
}

/**
 * The last personal contact of each client from `from` up to today; further back only for the
 * clients that need it (`lastContactsBefore`).
 */
export async function lastContactsFrom(
  db: Reader,
  workspaceId: string,
  window: { from: string; today: string },
  only?: readonly string[],
): Promise<Map<string, string>> {
  const rows = await arrayRows<[string, string]>(
    db,
    sql`
    select organization_id, max(on_date)::text
      from activities
     where workspace_id = ${workspaceId} and status = 'done' and type in (${personalTypes})
       and on_date >= ${window.from} and on_date <= ${window.today}
       and ${among(sql`organization_id`, only)}
     group by organization_id`,
  );
  return new Map(rows);
}

/** The last personal contact before `before` of each client named, where there is one. */
export async function lastContactsBefore(
  db: Reader,
  workspaceId: string,
  clientIds: readonly string[],
  before: string,
): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const rows = await arrayRows<[string, string | null]>(
    db,
    sql`
    select c.id, (select max(a.on_date)::text from activities a
                   where a.workspace_id = ${workspaceId} and a.organization_id = c.id
                     and a.status = 'done' and a.type in (${personalTypes})
                     and a.on_date < ${before})
      from unnest(${sql.param([...clientIds])}::uuid[]) as c(id)`,
  );
  const found = new Map<string, string>();
  for (const [id, last] of rows) if (last !== null) found.set(id, last);
  return found;
}

/** The evaluations of the window of early warning, by client. */
export async function recentEvaluations(
  db: Reader,
  workspaceId: string,
  today: string,
  only?: readonly string[],
): Promise<Map<string, { on: string; overall: number }[]>> {
  const rows = await arrayRows<[string, string, number]>(
    db,
    sql`
    select organization_id, evaluated_on::text, overall
      from evaluations
     where workspace_id = ${workspaceId}
       and evaluated_on > ${addCalendarDays(today, -evaluationWindowDays)}
       and evaluated_on <= ${today} and ${among(sql`organization_id`, only)}`,
  );
  return grouped(rows.map(([id, on, overall]) => [id, { on, overall }]));
}

/** The acute signals recorded within the time they count, by client. */
export async function recentAcuteSignals(
  db: Reader,
  workspaceId: string,
  today: string,
  only?: readonly string[],
): Promise<Map<string, RecordedSignal[]>> {
  const rows = await arrayRows<[string, string, string, string, string | null]>(
    db,
    sql`
    select organization_id, id, kind, recorded_on::text, note
      from acute_signals
     where workspace_id = ${workspaceId}
       and recorded_on >= ${addCalendarDays(today, -acuteSignalDays)}
       and recorded_on <= ${today} and ${among(sql`organization_id`, only)}`,
  );
  return grouped(
    rows.map(([orgId, id, kind, recordedOn, note]) => [
      orgId,
      { id, kind: kind as AcuteSignalKind, recordedOn, note },
    ]),
  );
}

export type DismissalRow = Dismissal & {
  reason: string;
  dismissedOn: string;
  dismissedBy: string | null;
};

/** The firm's dismissals, by client. */
export async function dismissalsOf(
  db: Reader,
  workspaceId: string,
  only?: readonly string[],
): Promise<Map<string, DismissalRow[]>> {
  const rows = await arrayRows<[string, string, string, string, string, string | null]>(
    db,
    sql`
    select d.organization_id, d.kind, d.fingerprint, d.reason, d.dismissed_on::text, u.name
      from signal_dismissals d
      left join users u on u.workspace_id = d.workspace_id and u.id = d.dismissed_by
     where d.workspace_id = ${workspaceId} and ${among(sql`d.organization_id`, only)}`,
  );
  return grouped(
    rows.map(([id, kind, fingerprint, reason, dismissedOn, dismissedBy]) => [
      id,
      { kind: kind as SignalKind, fingerprint, reason, dismissedOn, dismissedBy },
    ]),
  );
}

/** The firm's own weights, its satisfaction norm and the first month of its fiscal year. */
export async function riskSettingsOf(db: Reader, workspaceId: string) {
  const rows = await arrayRows<[Record<string, unknown>, number, number]>(
    db,
    sql`
    select signal_weights, satisfaction_norm, fiscal_year_start_month
      from workspaces where workspace_id = ${workspaceId}`,
  );
  const [weights, satisfactionNorm, fiscalYearStartMonth] = rows[0] ?? [{}, 8, 1];
  return { weights, satisfactionNorm, fiscalYearStartMonth };
}
