// Complaints (table complaints) with the names they point at, scoped by workspace.
import { and, eq, sql } from 'drizzle-orm';
import type { ComplaintSeverity } from '../../core/satisfaction/complaint.ts';
import type { Db } from '../../db/connection.ts';
import { complaints } from '../../db/schema.ts';

type Reader = Pick<Db, 'execute'>;

export type NamedComplaint = {
  id: string;
  organizationId: string;
  organizationName: string;
  relationshipManagerId: string | null;
  relationshipManagerName: string | null;
  contactId: string | null;
  contactName: string | null;
  professionalId: string | null;
  professionalName: string | null;
  subject: string;
  description: string | null;
  severity: ComplaintSeverity;
  receivedOn: string;
  acknowledgedOn: string | null;
  solvedOn: string | null;
  closedOn: string | null;
};

type Raw = {
  id: string;
  organization_id: string;
  organization_name: string;
  relationship_manager_id: string | null;
  relationship_manager_name: string | null;
  contact_id: string | null;
  contact_name: string | null;
  professional_id: string | null;
  professional_name: string | null;
  subject: string;
  description: string | null;
  severity: ComplaintSeverity;
  received_on: string;
  acknowledged_on: string | null;
  solved_on: string | null;
  closed_on: string | null;
};

const toNamed = (raw: Raw): NamedComplaint => ({
  id: raw.id,
  organizationId: raw.organization_id,
  organizationName: raw.organization_name,
  relationshipManagerId: raw.relationship_manager_id,
  relationshipManagerName: raw.relationship_manager_name,
  contactId: raw.contact_id,
  contactName: raw.contact_name,
  professionalId: raw.professional_id,
  professionalName: raw.professional_name,
  subject: raw.subject,
  description: raw.description,
  severity: raw.severity,
  receivedOn: raw.received_on,
  acknowledgedOn: raw.acknowledged_on,
  solvedOn: raw.solved_on,
  closedOn: raw.closed_on,
});

const selectNamed = sql`
  select k.id, k.organization_id, o.name as organization_name, o.relationship_manager_id,
         m.name as relationship_manager_name,
         k.contact_id, nullif(concat_ws(' ', c.first_name, c.infix, c.last_name), '') as contact_name,
         k.professional_id, u.name as professional_name, k.subject, k.description, k.severity,
         k.received_on::text as received_on, k.acknowledged_on::text as acknowledged_on,
         k.solved_on::text as solved_on, k.closed_on::text as closed_on
    from complaints k
    join organizations o on o.workspace_id = k.workspace_id and o.id = k.organization_id
    left join contacts c on c.workspace_id = k.workspace_id and c.id = k.contact_id
    left join users u on u.workspace_id = k.workspace_id and u.id = k.professional_id
    left join users m on m.workspace_id = o.workspace_id and m.id = o.relationship_manager_id`;

export async function findComplaint(db: Reader, workspaceId: string, id: string) {
  const result = await db.execute<Raw>(
    sql`${selectNamed} where k.workspace_id = ${workspaceId} and k.id = ${id}`,
  );
  const raw = result.rows[0];
  return raw ? toNamed(raw) : undefined;
}

export type ComplaintFilter = {
  organizationId?: string;
  /** Concerning this professional, or followed up by them as the relationship manager. */
  professionalId?: string | undefined;
  open?: boolean;
  from?: string | undefined;
  to?: string | undefined;
};

/** A client's complaints, or the firm's; the most recent first. */
export async function listComplaints(db: Reader, workspaceId: string, filter: ComplaintFilter) {
  const where = [sql`k.workspace_id = ${workspaceId}`];
  if (filter.organizationId) where.push(sql`k.organization_id = ${filter.organizationId}`);
  if (filter.professionalId)
    where.push(sql`(k.professional_id = ${filter.professionalId}
      or (k.professional_id is null and o.relationship_manager_id = ${filter.professionalId}))`);
  if (filter.open) where.push(sql`k.closed_on is null`);
  if (filter.from) where.push(sql`k.received_on >= ${filter.from}`);
  if (filter.to) where.push(sql`k.received_on <= ${filter.to}`);
  const result = await db.execute<Raw>(
    sql`${selectNamed} where ${sql.join(where, sql` and `)}
      order by k.received_on desc, k.created_at desc limit 5000`,
  );
  return result.rows.map(toNamed);
}

export async function deleteComplaintRow(db: Pick<Db, 'delete'>, workspaceId: string, id: string) {
  await db
    .delete(complaints)
    .where(and(eq(complaints.workspaceId, workspaceId), eq(complaints.id, id)));
}
