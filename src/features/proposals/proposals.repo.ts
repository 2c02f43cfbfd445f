// Proposals (table proposals) with their client's and owner's names, scoped by workspace.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { proposals } from '../../db/schema.ts';

type Reader = Pick<Db, 'execute'>;

export type ProposalRow = typeof proposals.$inferSelect;
export type NamedProposal = {
  row: ProposalRow;
  organizationName: string;
  ownerName: string | null;
};

type Raw = {
  workspace_id: string;
  id: string;
  organization_id: string;
  title: string;
  stage: string;
  requested_on: string;
  sent_on: string | null;
  decided_on: string | null;
  value_cents: string | null;
  lost_reason: string | null;
  owner_id: string | null;
  angle: string | null;
  position: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  organization_name: string;
  owner_name: string | null;
};

const toNamed = (raw: Raw): NamedProposal => ({
  row: {
    workspaceId: raw.workspace_id,
    id: raw.id,
    organizationId: raw.organization_id,
    title: raw.title,
    stage: raw.stage,
    requestedOn: raw.requested_on,
    sentOn: raw.sent_on,
    decidedOn: raw.decided_on,
    valueCents: raw.value_cents === null ? null : Number(raw.value_cents),
    lostReason: raw.lost_reason,
    ownerId: raw.owner_id,
    angle: raw.angle,
    position: Number(raw.position),
    createdBy: raw.created_by,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  },
  organizationName: raw.organization_name,
  ownerName: raw.owner_name,
});

const selectNamed = sql`
  select p.workspace_id, p.id, p.organization_id, p.title, p.stage,
         p.requested_on::text as requested_on, p.sent_on::text as sent_on,
         p.decided_on::text as decided_on, p.value_cents::text as value_cents, p.lost_reason,
         p.owner_id, p.angle, p.position, p.created_by, p.created_at, p.updated_at,
         o.name as organization_name, u.name as owner_name
    from proposals p
    join organizations o on o.workspace_id = p.workspace_id and o.id = p.organization_id
    left join users u on u.workspace_id = p.workspace_id and u.id = p.owner_id`;

export async function findProposal(db: Reader, workspaceId: string, id: string) {
  const result = await db.execute<Raw>(
    sql`${selectNamed} where p.workspace_id = ${workspaceId} and p.id = ${id}`,
  );
  const raw = result.rows[0];
  return raw ? toNamed(raw) : undefined;
}

/** A client's proposals, the latest request first. */
export async function proposalsOfOrganization(db: Reader, workspaceId: string, id: string) {
  const result = await db.execute<Raw>(sql`${selectNamed}
    where p.workspace_id = ${workspaceId} and p.organization_id = ${id}
    order by p.requested_on desc, p.created_at desc`);
  return result.rows.map(toNamed);
}

/** The board: every open proposal, and the ones decided since a day; by column place. */
export async function boardProposals(
  db: Reader,
  workspaceId: string,
  filter: { ownerId?: string | undefined; decidedSince: string },
) {
  const owner = filter.ownerId ? sql`and p.owner_id = ${filter.ownerId}` : sql``;
  const result = await db.execute<Raw>(sql`${selectNamed}
    where p.workspace_id = ${workspaceId} ${owner}
      and (p.decided_on is null or p.decided_on >= ${filter.decidedSince})
    order by p.position, p.requested_on, p.created_at`);
  return result.rows.map(toNamed);
}

export async function deleteProposalRow(db: Pick<Db, 'delete'>, workspaceId: string, id: string) {
  await db
    .delete(proposals)
    .where(and(eq(proposals.workspaceId, workspaceId), eq(proposals.id, id)));
}
