// What the ideal prospect is drawn from and compared with: organisations' traits with the
// services they buy, the latest commit of a scheme, and the firm's edited profile
// (prospect_profiles), scoped by workspace.
import { and, eq, sql } from 'drizzle-orm';
import type { OrganisationTraits } from '../../core/choosing/index.ts';
import type { Db } from '../../db/connection.ts';
import { prospectProfiles } from '../../db/schema.ts';

type Executor = Pick<Db, 'execute' | 'select' | 'insert' | 'delete'>;

export type TraitsRow = Omit<OrganisationTraits, 'services'> & {
  id: string;
  name: string;
  services: string[];
};

/** The edited profile as kept in the profile column. */
export type EditedTrait = { active: boolean; values: string[] };
export type EditedProfile = {
  sector: EditedTrait;
  sizeClass: EditedTrait;
  region: EditedTrait;
  services: EditedTrait;
};

const utc = (column: ReturnType<typeof sql>) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** When the scheme's latest classification was committed; undefined when none was. */
export async function latestCommitAt(db: Executor, workspaceId: string, schemeId: string) {
  const result = await db.execute<{ createdAt: string }>(sql`
    select ${utc(sql`created_at`)} as "createdAt" from classifications
     where workspace_id = ${workspaceId} and scheme_id = ${schemeId}
     order by created_at desc, id desc limit 1`);
  return result.rows[0]?.createdAt;
}

/**
 * Traits of the firm's organisations that are not archived: either these clients or every
 * prospect. Services are the service lines invoiced in any year and those of assignments.
 */
export async function organisationTraits(
  db: Executor,
  workspaceId: string,
  which: { clientIds: readonly string[] } | 'prospects',
): Promise<TraitsRow[]> {
  const chosen =
    which === 'prospects'
      ? sql`o.status = 'prospect'`
      : sql`o.status = 'client' and o.id = any(${sql.param([...which.clientIds])}::uuid[])`;
  const result = await db.execute<TraitsRow>(sql`
    select o.id, o.name, o.sector, o.size_class as "sizeClass", o.region,
           array(select service from (
                   select unnest(cy.service_lines) as service from client_years cy
                    where cy.workspace_id = o.workspace_id and cy.organization_id = o.id
                   union
                   select a.service_line from assignments a
                    where a.workspace_id = o.workspace_id and a.organization_id = o.id
                 ) bought
                  where service is not null and service <> ''
                  order by service) as services
      from organizations o
     where o.workspace_id = ${workspaceId} and o.archived_at is null and ${chosen}
     order by o.name_key, o.id`);
  return result.rows;
}

export async function savedProfile(db: Executor, workspaceId: string, schemeId: string) {
  const [row] = await db
    .select({ profile: prospectProfiles.profile, updatedAt: prospectProfiles.updatedAt })
    .from(prospectProfiles)
    .where(
      and(eq(prospectProfiles.workspaceId, workspaceId), eq(prospectProfiles.schemeId, schemeId)),
    );
  return row ? { profile: row.profile as EditedProfile, updatedAt: row.updatedAt } : undefined;
}

export async function saveProfile(
  db: Executor,
  row: { workspaceId: string; schemeId: string; profile: EditedProfile },
) {
  const updatedAt = new Date();
  await db
    .insert(prospectProfiles)
    .values({ ...row, updatedAt })
    .onConflictDoUpdate({
      target: [prospectProfiles.workspaceId, prospectProfiles.schemeId],
      set: { profile: row.profile, updatedAt },
    });
}

export async function deleteProfile(db: Executor, workspaceId: string, schemeId: string) {
  await db
    .delete(prospectProfiles)
    .where(
      and(eq(prospectProfiles.workspaceId, workspaceId), eq(prospectProfiles.schemeId, schemeId)),
    );
}
