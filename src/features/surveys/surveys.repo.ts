// Survey requests and their links (tables survey_requests, survey_links) with the names they
// point at; scoped by workspace. A link is found only by the hash of its secret.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';

type Reader = Pick<Db, 'execute'>;

export type SurveyRequestRow = {
  workspace_id: string;
  id: string;
  organization_id: string;
  organization_name: string;
  assignment_id: string | null;
  assignment_title: string | null;
  contact_id: string;
  contact_name: string;
  contact_first_name: string;
  contact_email: string | null;
  kind: string;
  language: string;
  created_by: string | null;
  created_by_name: string | null;
  created_at: string;
  expires_at: string;
  sent_at: string | null;
  sent_to: string | null;
  reminders_sent: number;
  last_reminder_at: string | null;
  answered_at: string | null;
  evaluation_id: string | null;
  revoked_at: string | null;
  firm_name: string;
};

/** A timestamp as ISO 8601 in UTC, which Date reads the same everywhere. */
const iso = (column: string) =>
  sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

const selectRequests = sql`
  select r.workspace_id, r.id, r.organization_id, o.name as organization_name, r.assignment_id,
         a.title as assignment_title, r.contact_id,
         concat_ws(' ', c.first_name, c.infix, c.last_name) as contact_name,
         c.first_name as contact_first_name, c.email as contact_email, r.kind, r.language,
         r.created_by, u.name as created_by_name, ${iso('r.created_at')} as created_at,
         ${iso('r.expires_at')} as expires_at, ${iso('r.sent_at')} as sent_at, r.sent_to,
         r.reminders_sent, ${iso('r.last_reminder_at')} as last_reminder_at,
         ${iso('r.answered_at')} as answered_at, r.evaluation_id,
         ${iso('r.revoked_at')} as revoked_at, w.name as firm_name
    from survey_requests r
    join workspaces w on w.workspace_id = r.workspace_id
    join organizations o on o.workspace_id = r.workspace_id and o.id = r.organization_id
    join contacts c on c.workspace_id = r.workspace_id and c.id = r.contact_id
    left join assignments a on a.workspace_id = r.workspace_id and a.id = r.assignment_id
    left join users u on u.workspace_id = r.workspace_id and u.id = r.created_by`;

/** A smallint may come back as text from a raw statement. */
const dated = (row: SurveyRequestRow): SurveyRequestRow => ({
  ...row,
  reminders_sent: Number(row.reminders_sent),
});

export async function listRequests(
  db: Reader,
  workspaceId: string,
  where: { organizationId?: string | undefined; id?: string | undefined; lock?: boolean },
): Promise<SurveyRequestRow[]> {
  const filters: SQL[] = [sql`r.workspace_id = ${workspaceId}`];
  if (where.organizationId) filters.push(sql`r.organization_id = ${where.organizationId}`);
  if (where.id) filters.push(sql`r.id = ${where.id}`);
  const result = await db.execute<SurveyRequestRow>(sql`
    ${selectRequests} where ${sql.join(filters, sql` and `)}
    order by r.created_at desc, r.id
    ${where.lock ? sql`for update of r` : sql``}`);
  return result.rows.map(dated);
}

export async function findRequest(db: Reader, workspaceId: string, id: string, lock = false) {
  return (await listRequests(db, workspaceId, { id, lock }))[0];
}

/** The request a link opens, locked when it is to be answered; undefined for an unknown link. */
export async function requestOfLink(
  db: Reader,
  workspaceId: string,
  tokenHash: string,
  lock = false,
): Promise<SurveyRequestRow | undefined> {
  const result = await db.execute<SurveyRequestRow>(sql`
    ${selectRequests}
    join survey_links l on l.workspace_id = r.workspace_id and l.request_id = r.id
    where l.workspace_id = ${workspaceId} and l.token_hash = ${tokenHash}
    ${lock ? sql`for update of r` : sql``}`);
  const row = result.rows[0];
  return row ? dated(row) : undefined;
}

/** The open requests of every firm that were mailed and have reminders left (the job's list). */
export async function remindable(
  db: Reader,
  maxReminders: number,
  now: Date,
): Promise<SurveyRequestRow[]> {
  const result = await db.execute<SurveyRequestRow>(sql`
    ${selectRequests}
    where r.sent_at is not null and r.answered_at is null and r.revoked_at is null
      and r.reminders_sent < ${maxReminders} and r.expires_at > ${now}
    order by r.workspace_id, r.sent_at`);
  return result.rows.map(dated);
}

export async function isContactOf(db: Reader, workspaceId: string, org: string, contact: string) {
  const result = await db.execute(sql`
    select 1 from contacts where workspace_id = ${workspaceId} and id = ${contact}
       and organization_id = ${org}`);
  return result.rows.length > 0;
}

export async function isAssignmentOf(db: Reader, workspaceId: string, org: string, id: string) {
  const result = await db.execute(sql`
    select 1 from assignments where workspace_id = ${workspaceId} and id = ${id}
       and organization_id = ${org}`);
  return result.rows.length > 0;
}

export async function organizationExists(db: Reader, workspaceId: string, id: string) {
  const result = await db.execute(sql`
    select 1 from organizations where workspace_id = ${workspaceId} and id = ${id}`);
  return result.rows.length > 0;
}

export async function firmLocale(db: Reader, workspaceId: string): Promise<string> {
  const result = await db.execute<{ locale: string }>(sql`
    select locale from workspaces where workspace_id = ${workspaceId}`);
  return result.rows[0]?.locale ?? 'nl';
}
