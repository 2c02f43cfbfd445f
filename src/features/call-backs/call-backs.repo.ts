// Call-back requests (table call_backs) with the names they point at, scoped by workspace.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { callBacks } from '../../db/schema.ts';

type Reader = Pick<Db, 'execute'>;

export type NamedCallBack = {
  id: string;
  organizationId: string;
  organizationName: string;
  contactId: string | null;
  contactName: string | null;
  callerName: string | null;
  calledOn: string;
  forUserId: string;
  forUserName: string | null;
  note: string | null;
  returnedOn: string | null;
};

type Raw = {
  id: string;
  organization_id: string;
  organization_name: string;
  contact_id: string | null;
  contact_name: string | null;
  caller_name: string | null;
  called_on: string;
  for_user_id: string;
  for_user_name: string | null;
  note: string | null;
  returned_on: string | null;
};

const toNamed = (raw: Raw): NamedCallBack => ({
  id: raw.id,
  organizationId: raw.organization_id,
  organizationName: raw.organization_name,
  contactId: raw.contact_id,
  contactName: raw.contact_name,
  callerName: raw.caller_name,
  calledOn: raw.called_on,
  forUserId: raw.for_user_id,
  forUserName: raw.for_user_name,
  note: raw.note,
  returnedOn: raw.returned_on,
});

const selectNamed = sql`
  select b.id, b.organization_id, o.name as organization_name, b.contact_id,
         nullif(concat_ws(' ', c.first_name, c.infix, c.last_name), '') as contact_name, b.caller_name,
         b.called_on::text as called_on, b.for_user_id, u.name as for_user_name, b.note,
         b.returned_on::text as returned_on
    from call_backs b
    join organizations o on o.workspace_id = b.workspace_id and o.id = b.organization_id
    left join contacts c on c.workspace_id = b.workspace_id and c.id = b.contact_id
    left join users u on u.workspace_id = b.workspace_id and u.id = b.for_user_id`;

export async function findCallBack(db: Reader, workspaceId: string, id: string) {
  const result = await db.execute<Raw>(
    sql`${selectNamed} where b.workspace_id = ${workspaceId} and b.id = ${id}`,
  );
  const raw = result.rows[0];
  return raw ? toNamed(raw) : undefined;
}

/** A client's call-backs, or the firm's (for one professional, open only); oldest call first. */
export async function listCallBacks(
  db: Reader,
  workspaceId: string,
  filter: { organizationId?: string; forUserId?: string | undefined; open?: boolean },
) {
  const where = [sql`b.workspace_id = ${workspaceId}`];
  if (filter.organizationId) where.push(sql`b.organization_id = ${filter.organizationId}`);
  if (filter.forUserId) where.push(sql`b.for_user_id = ${filter.forUserId}`);
  if (filter.open) where.push(sql`b.returned_on is null`);
  const result = await db.execute<Raw>(
    sql`${selectNamed} where ${sql.join(where, sql` and `)} order by b.called_on, b.created_at limit 1000`,
  );
  return result.rows.map(toNamed);
}

export async function deleteCallBackRow(db: Pick<Db, 'delete'>, workspaceId: string, id: string) {
  await db
    .delete(callBacks)
    .where(and(eq(callBacks.workspaceId, workspaceId), eq(callBacks.id, id)));
}
