// What a professional's worklist is made of, read per concern for one professional: the clients
// they manage with their last personal contact and value, and the open call-backs, proposals,
// planned activities and follow-ups that fall to them. Scoped by workspace.
import { sql, type SQL } from 'drizzle-orm';
import { personalContactTypes } from '../../core/servicing/personal-contact.ts';
import type { Db } from '../../db/connection.ts';
import { clientStartOf } from '../organizations/organizations.service.ts';

type Reader = Pick<Db, 'execute'>;

export type WorklistClientRow = {
  id: string;
  name: string;
  managerId: string | null;
  since: string;
  /** The last day a former client was one; null: a client (or not known). */
  until: string | null;
  lastContact: string | null;
  valueCents: number;
};

type ClientRaw = {
  id: string;
  name: string;
  manager: string | null;
  since: string;
  until: string | null;
  last_contact: string | null;
  value: string | null;
};

const toClient = (row: ClientRaw): WorklistClientRow => ({
  id: row.id,
  name: row.name,
  managerId: row.manager,
  since: row.since,
  until: row.until,
  lastContact: row.last_contact,
  valueCents: row.value === null ? 0 : Number(row.value),
});

const personal = sql.param([...personalContactTypes]);

/**
 * Clients with their value and their last personal contact: the ones the professional manages,
 * and the ones named (items that fall to them at clients managed by others). The value is the
 * revenue of the client's latest fiscal year from `sinceYear` on; 0 without one.
 */
export async function worklistClients(
  db: Reader,
  workspaceId: string,
  filter: { managerId: string } | { ids: readonly string[] },
  sinceYear: number,
): Promise<WorklistClientRow[]> {
  if ('ids' in filter && filter.ids.length === 0) return [];
  const which =
    'managerId' in filter
      ? sql`o.relationship_manager_id = ${filter.managerId} and o.status = 'client'
              and o.archived_at is null`
      : sql`o.id = any(${sql.param([...filter.ids])}::uuid[])`;
  const result = await db.execute<ClientRaw>(sql`
    select o.id, o.name, o.relationship_manager_id as manager,
           ${clientStartOf} as since,
           case when o.status = 'former' then o.client_until::text end as until,
           (select max(a.on_date)::text from activities a
             where a.workspace_id = o.workspace_id and a.organization_id = o.id
               and a.status = 'done' and a.type = any(${personal}::text[])) as last_contact,
           cy.revenue_cents::text as value
      from organizations o
      left join lateral (
        select revenue_cents from client_years y
         where y.workspace_id = o.workspace_id and y.organization_id = o.id
           and y.fiscal_year >= ${sinceYear}
         order by y.fiscal_year desc limit 1) cy on true
     where o.workspace_id = ${workspaceId} and ${which}`);
  return result.rows.map(toClient);
}

export type OpenItem = {
  id: string;
  organizationId: string;
  /** The call, the request, the planned day, the follow-up day. */
  day: string;
  /** The professional it is for; null: nobody named (the relationship manager's). */
  assignee: string | null;
  label: string | null;
};

type ItemRaw = {
  id: string;
  organization_id: string;
  day: string;
  assignee: string | null;
  label: string | null;
};

const toItem = (row: ItemRaw): OpenItem => ({
  id: row.id,
  organizationId: row.organization_id,
  day: row.day,
  assignee: row.assignee,
  label: row.label,
});

/** Calls not returned yet that are for the professional. */
export async function openCallBacks(db: Reader, workspaceId: string, userId: string) {
  const result = await db.execute<ItemRaw>(sql`
    select b.id, b.organization_id, b.called_on::text as day, b.for_user_id as assignee,
           coalesce(nullif(concat_ws(' ', c.first_name, c.infix, c.last_name), ''), b.caller_name)
             as label
      from call_backs b
      left join contacts c on c.workspace_id = b.workspace_id and c.id = b.contact_id
     where b.workspace_id = ${workspaceId} and b.for_user_id = ${userId}
       and b.returned_on is null`);
  return result.rows.map(toItem);
}

/** Proposals not sent yet that the professional owns, or that nobody owns at their clients. */
export async function openProposals(
  db: Reader,
  workspaceId: string,
  userId: string,
  managed: readonly string[],
) {
  const result = await db.execute<ItemRaw>(sql`
    select p.id, p.organization_id, p.requested_on::text as day, p.owner_id as assignee,
           p.title as label
      from proposals p
     where p.workspace_id = ${workspaceId} and p.stage in ('request', 'drafting')
       and (p.owner_id = ${userId}
            or (p.owner_id is null and p.organization_id = any(${sql.param([...managed])}::uuid[])))`);
  return result.rows.map(toItem);
}

/**
 * Planned activities up to `until` and open follow-ups due by then that involve the professional,
 * or nobody at their clients. The assignee is the professional when they take part, else null
 * (nobody) or another professional's id. The candidates are narrowed first (at their clients, or
 * with them taking part) so the cost follows the professional's share, not the firm's size.
 */
export async function openActivities(
  db: Reader,
  workspaceId: string,
  userId: string,
  managed: readonly string[],
  until: string,
) {
  const clients = sql.param([...managed]);
  const open = (day: SQL, due: SQL, label: SQL) => sql`
    with candidates as materialized (
      select a.id, a.organization_id, ${day} as day, ${label} as label
        from activities a
       where a.workspace_id = ${workspaceId} and ${due}
         and (a.organization_id = any(${clients}::uuid[])
              or exists (select 1 from activity_professionals ap
                          where ap.workspace_id = a.workspace_id and ap.activity_id = a.id
                            and ap.user_id = ${userId})))
    select c.id, c.organization_id, c.day::text as day, w.assignee, c.label
      from candidates c
      cross join lateral (
        select case when bool_or(ap.user_id = ${userId}) then ${userId}::uuid
                    else min(ap.user_id::text)::uuid end as assignee
          from activity_professionals ap
         where ap.workspace_id = ${workspaceId} and ap.activity_id = c.id) w
     where w.assignee = ${userId}
        or (w.assignee is null and c.organization_id = any(${clients}::uuid[]))`;
  const [planned, followUps] = await Promise.all([
    db.execute<ItemRaw>(
      open(sql`a.on_date`, sql`a.status = 'planned' and a.on_date <= ${until}`, sql`a.subject`),
    ),
    db.execute<ItemRaw>(
      open(
        sql`a.follow_up_on`,
        sql`a.follow_up_on is not null and a.follow_up_done_at is null
            and a.follow_up_on <= ${until}`,
        sql`coalesce(a.follow_up_note, a.subject)`,
      ),
    ),
  ]);
  return { planned: planned.rows.map(toItem), followUps: followUps.rows.map(toItem) };
}
