// Professionals of a firm: list, invite, accept an invitation, change role, disable, end sessions.
import { DomainError, invalidField, notFound } from '../../core/errors.ts';
import type { Role } from '../../core/roles.ts';
import type { Db } from '../../db/connection.ts';
import { pgErrorCode, uniqueViolation } from '../../db/errors.ts';
import { recordAudit } from '../../kernel/audit.ts';
import {
  checkPassword,
  hashPassword,
  verifyPassword,
  admitOwnPasswordCheck,
  oneSignInAtATime,
  ownPasswordChecked,
} from '../auth/auth.service.ts';
import { newId } from '../../kernel/ids.ts';
import { hashSecret, newSecret, splitCredential } from '../../kernel/secrets.ts';
import type { User } from './users.schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import {
  deleteSessionsOf,
  deleteUnacceptedInvitation,
  findUser,
  findUserForUpdate,
  insertInvitation,
  insertUser,
  invitationWithTokenForUpdate,
  lockOwners,
  markInvitationAccepted,
  openInvitations,
  otherActiveOwners,
  updateUserRow,
  userWithEmail,
  usersByName,
  type InvitationRow,
  type UserRow,
} from './users.repo.ts';

// Where another feature names a professional, it checks they are the firm's.
export { usersOfWorkspace } from './users.repo.ts';

export const invitationDays = 14;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as User['role'],
    locale: row.locale as User['locale'],
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toInvitation(row: InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  };
}

export async function listUsers(db: Db, workspaceId: string): Promise<User[]> {
  return (await usersByName(db, workspaceId)).map(toUser);
}

export async function getUser(db: Db, workspaceId: string, id: string): Promise<User> {
  const row = await findUser(db, workspaceId, id);
  if (!row) throw notFound('User');
  return toUser(row);
}

/** Creates a user directly (the CLI's `users create`). */
export async function createUser(
  db: Db,
  input: {
    workspaceId: string;
    email: string;
    name: string;
    role: Role;
    password: string;
    locale?: 'nl' | 'en';
  },
): Promise<User> {
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const row = await insertUser(tx, {
      workspaceId: input.workspaceId,
      id: newId(),
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      locale: input.locale ?? 'nl',
      passwordHash,
    }).catch(conflictOnEmail);
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      userId: undefined,
      entityType: 'user',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: { email: row.email, name: row.name, role: row.role },
    });
    return toUser(row);
  });
}

function conflictOnEmail(error: unknown): never {
  if (pgErrorCode(error) === uniqueViolation) {
    throw new DomainError('conflict', 'A user with this email address exists already', [
      { field: 'email', message: 'is already in use' },
    ]);
  }
  throw error;
}

export async function invite(
  db: Db,
  actor: Actor,
  input: { email: string; name: string; role: Role },
) {
  if (await userWithEmail(db, actor.workspaceId, input.email))
    throw new DomainError('conflict', 'A user with this email address exists already', [
      { field: 'email', message: 'is already in use' },
    ]);
  const secret = newSecret();
  return db.transaction(async (tx) => {
    const row = await insertInvitation(tx, {
      workspaceId: actor.workspaceId,
      id: newId(),
      ...input,
      tokenHash: hashSecret(secret),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + invitationDays * 86_400_000),
    });
    await recordAudit(tx, {
      ...actor,
      entityType: 'invitation',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: input,
    });
    return { invitation: toInvitation(row), token: `${actor.workspaceId}.${secret}` };
  });
}

export async function listInvitations(db: Db, workspaceId: string) {
  return (await openInvitations(db, workspaceId)).map(toInvitation);
}

export async function revokeInvitation(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await deleteUnacceptedInvitation(tx, actor.workspaceId, id);
    if (!row) throw notFound('Invitation');
    await recordAudit(tx, {
      ...actor,
      entityType: 'invitation',
      entityId: id,
      action: 'revoke',
      before: { email: row.email },
      after: undefined,
    });
  });
}

/** The invitee sets a password and becomes a user; the invitation can be used once. */
export async function acceptInvitation(
  db: Db,
  input: { token: string; password: string; name?: string | undefined },
) {
  const credential = splitCredential(input.token);
  const invalid = () =>
    new DomainError('not_found', 'This invitation is not valid (any more); ask for a new one');
  if (!credential) throw invalid();
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const invitation = await invitationWithTokenForUpdate(
      tx,
      credential.workspaceId,
      hashSecret(credential.secret),
    );
    if (!invitation || invitation.acceptedAt || invitation.expiresAt.getTime() < Date.now())
      throw invalid();
    await markInvitationAccepted(tx, invitation.workspaceId, invitation.id);
    const row = await insertUser(tx, {
      workspaceId: invitation.workspaceId,
      id: newId(),
      email: invitation.email,
      name: input.name ?? invitation.name,
      role: invitation.role,
      passwordHash,
    }).catch(conflictOnEmail);
    await recordAudit(tx, {
      workspaceId: row.workspaceId,
      userId: row.id,
      entityType: 'user',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: { email: row.email, name: row.name, role: row.role },
    });
    return { user: toUser(row), workspaceId: row.workspaceId };
  });
}

export async function updateUser(
  db: Db,
  actor: Actor,
  id: string,
  input: { role?: Role | undefined; disabled?: boolean | undefined; name?: string | undefined },
) {
  return db.transaction(async (tx) => {
    await lockOwners(tx);
    const current = await findUserForUpdate(tx, actor.workspaceId, id);
    if (!current) throw notFound('User');
    const losesOwner =
      current.role === 'owner' &&
      ((input.role && input.role !== 'owner') || input.disabled === true);
    if (losesOwner) {
      if ((await otherActiveOwners(tx, actor.workspaceId, id)) === 0)
        throw invalidField(
          input.role ? 'role' : 'disabled',
          'the firm needs at least one active owner',
        );
    }
    const changes = {
      ...(input.role ? { role: input.role } : {}),
      ...(input.name ? { name: input.name } : {}),
      ...(input.disabled === undefined
        ? {}
        : { disabledAt: input.disabled ? (current.disabledAt ?? new Date()) : null }),
    };
    // nothing asked to change (`{}`): the user as they are, and nothing to audit
    if (Object.keys(changes).length === 0) return toUser(current);
    const row = await updateUserRow(tx, actor.workspaceId, id, changes);
    if (!row) throw notFound('User');
    if (input.disabled) await deleteSessionsOf(tx, actor.workspaceId, id);
    const before = toUser(current);
    const after = toUser(row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'user',
      entityId: id,
      action: 'update',
      before: { role: before.role, name: before.name, disabled: before.disabled },
      after: { role: after.role, name: after.name, disabled: after.disabled },
    });
    return after;
  });
}

/** Ends every session of a user (they must sign in again). */
export async function endSessions(
  db: Db,
  workspaceId: string,
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  return deleteSessionsOf(db, workspaceId, userId, exceptSessionId);
}

export async function updateOwnProfile(
  db: Db,
  actor: Actor,
  input: { name?: string | undefined; locale?: 'nl' | 'en' | undefined },
) {
  const changes = {
    ...(input.name ? { name: input.name } : {}),
    ...(input.locale ? { locale: input.locale } : {}),
  };
  // nothing asked to change (`{}`): the profile as it is
  const row =
    Object.keys(changes).length === 0
      ? await findUser(db, actor.workspaceId, actor.userId)
      : await updateUserRow(db, actor.workspaceId, actor.userId, changes);
  if (!row) throw notFound('User');
  return toUser(row);
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor & { sessionId?: string | undefined },
  input: { currentPassword: string; newPassword: string },
) {
  const row = await findUser(db, actor.workspaceId, actor.userId);
  if (!row) throw notFound('User');
  checkPassword(input.newPassword, 'newPassword');
  const passwordHash = await oneSignInAtATime(async () => {
    await admitOwnPasswordCheck(db, actor.workspaceId, actor.userId);
    if (!row.passwordHash || !(await verifyPassword(input.currentPassword, row.passwordHash)))
      throw invalidField('currentPassword', 'is not your current password');
    await ownPasswordChecked(db, actor.workspaceId, actor.userId);
    return hashPassword(input.newPassword);
  });
  await updateUserRow(db, actor.workspaceId, actor.userId, { passwordHash });
  await endSessions(db, actor.workspaceId, actor.userId, actor.sessionId);
}
