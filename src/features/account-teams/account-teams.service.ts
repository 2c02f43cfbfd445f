// Use cases for an organisation's account team (method §14): who serves the client, who leads
// the team and who directs the relationship at its relation level; a change is audited on the
// organisation.
import { invalidField, notFound } from '../../core/errors.ts';
import type { RelationLevel } from '../../core/organization.ts';
import { relationshipDirection } from '../../core/servicing/relationship-direction.ts';
import type { Db } from '../../db/connection.ts';
import { recordAudit } from '../../kernel/audit.ts';
import {
  findOrganization,
  findOrganizationForUpdate,
} from '../organizations/organizations.service.ts';
import { membersOf, professionalsByIds, replaceMembers } from './account-teams.repo.ts';
import type { AccountTeam, AccountTeamRole, AccountTeamUpdate } from './account-teams.schema.ts';
import type { Actor } from '../../kernel/actor.ts';

type Reader = Pick<Db, 'select'>;

async function teamOf(db: Reader, workspaceId: string, organizationId: string, lock: boolean) {
  const organization = lock
    ? await findOrganizationForUpdate(db, workspaceId, organizationId)
    : await findOrganization(db, workspaceId, organizationId);
  if (!organization) throw notFound('Organisation');
  const members = await membersOf(db, workspaceId, organizationId);
  const lead = members.find((member) => member.role === 'lead') ?? null;
  const relationLevel = organization.relationLevel as RelationLevel;
  const direction = relationshipDirection({
    relationLevel,
    relationshipManagerId: organization.relationshipManagerId,
    accountTeamLeadId: lead?.userId ?? null,
  });
  const named = await professionalsByIds(
    db,
    workspaceId,
    [
      organization.relationshipManagerId,
      organization.secondProfessionalId,
      direction.userId,
    ].filter((id): id is string => id !== null),
  );
  const professional = (id: string | null) => {
    const found = id === null ? undefined : named.get(id);
    return found ? { id: found.id, name: found.name } : null;
  };
  return {
    organizationId,
    relationLevel,
    relationshipManager: professional(organization.relationshipManagerId),
    secondProfessional: professional(organization.secondProfessionalId),
    members: members.map((member) => ({ ...member, role: member.role as AccountTeamRole })),
    directedBy: { role: direction.role, professional: professional(direction.userId) },
  } satisfies AccountTeam;
}

export async function getAccountTeam(
  db: Db,
  workspaceId: string,
  organizationId: string,
): Promise<AccountTeam> {
  return teamOf(db, workspaceId, organizationId, false);
}

/** Members must be the firm's professionals who can sign in, each once, with at most one lead. */
async function checkMembers(
  tx: Reader,
  workspaceId: string,
  members: AccountTeamUpdate['members'],
) {
  const found = await professionalsByIds(
    tx,
    workspaceId,
    members.map((member) => member.userId),
  );
  const seen = new Set<string>();
  let leadAt: number | null = null;
  for (const [index, member] of members.entries()) {
    const professional = found.get(member.userId);
    if (!professional)
      throw invalidField(`members.${index}.userId`, 'is not a professional of this firm', {
        code: 'notAProfessional',
      });
    if (professional.disabled)
      throw invalidField(`members.${index}.userId`, `${professional.name} can no longer sign in`, {
        code: 'cannotSignIn',
        params: { name: professional.name },
      });
    if (seen.has(member.userId))
      throw invalidField(`members.${index}.userId`, `names ${professional.name} twice`, {
        code: 'namedTwice',
        params: { name: professional.name },
      });
    seen.add(member.userId);
    if (member.role === 'lead') {
      if (leadAt !== null)
        throw invalidField(`members.${index}.role`, 'the team has one lead at most', {
          code: 'oneLead',
        });
      leadAt = index;
    }
  }
}

const auditable = (team: AccountTeam) => ({
  accountTeam: team.members.map((member) => ({ userId: member.userId, role: member.role })),
});

/** Replaces the account team's members. */
export async function replaceAccountTeam(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: AccountTeamUpdate,
): Promise<AccountTeam> {
  return db.transaction(async (tx) => {
    const before = await teamOf(tx, actor.workspaceId, organizationId, true);
    await checkMembers(tx, actor.workspaceId, input.members);
    await replaceMembers(tx, actor.workspaceId, organizationId, input.members);
    const after = await teamOf(tx, actor.workspaceId, organizationId, false);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      before: auditable(before),
      after: auditable(after),
    });
    return after;
  });
}
