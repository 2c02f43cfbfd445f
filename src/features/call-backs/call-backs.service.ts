// Call-back requests (method §5): a client called for a professional; the call is returned within
// the category's call-back norm (the same or the next working day) or late. Every change audited.
import { invalidField, notFound } from '../../core/errors.ts';
import { callBackCheck } from '../../core/servicing/request-norms.ts';
import { dayNumberOf } from '../../core/servicing/calendar-days.ts';
import type { Db } from '../../db/connection.ts';
import { callBacks } from '../../db/schema.ts';
import { and, eq } from 'drizzle-orm';
import { contactsOfOrganization } from '../activities/activities.service.ts';
import { usersOfWorkspace } from '../users/users.service.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import { clientNorms, daysSpanning, type ClientNorms } from '../servicing/client-norms.service.ts';
import {
  deleteCallBackRow,
  findCallBack,
  listCallBacks,
  type NamedCallBack,
} from './call-backs.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

function toCallBack(named: NamedCallBack, norms: ClientNorms, day: string) {
  const norm = norms.concept.callBack;
  const check = callBackCheck({
    requested: named.calledOn,
    done: named.returnedOn,
    today: day,
    norm,
  });
  return {
    ...named,
    category: norms.category,
    check: {
      norm,
      deadline: check.deadline,
      status: check.status,
      workingDaysOverdue: check.workingDaysOverdue,
    },
  };
}

export type CallBackView = ReturnType<typeof toCallBack>;

/** The call-backs judged at `day`, the firm's today. */
async function views(db: Db, workspaceId: string, rows: NamedCallBack[], day: string) {
  // a call is owed the norm of the category its client had when it came in
  const normsOf = await clientNorms(
    db,
    workspaceId,
    daysSpanning(
      day,
      rows.map((named) => named.calledOn),
    ),
  );
  return rows.map((named) => toCallBack(named, normsOf(named.organizationId, named.calledOn), day));
}

export async function clientCallBacks(
  db: Db,
  workspaceId: string,
  organizationId: string,
  day: string,
) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  return views(db, workspaceId, await listCallBacks(db, workspaceId, { organizationId }), day);
}

export async function firmCallBacks(
  db: Db,
  workspaceId: string,
  filter: { forUserId?: string | undefined; open?: boolean },
  day: string,
) {
  return views(db, workspaceId, await listCallBacks(db, workspaceId, filter), day);
}

export async function getCallBack(db: Db, workspaceId: string, id: string, day: string) {
  const named = await findCallBack(db, workspaceId, id);
  if (!named) throw notFound('Call-back request');
  return (await views(db, workspaceId, [named], day))[0]!;
}

/** A day not after today, and (for a return) not before the call. */
function checkDays(calledOn: string, returnedOn: string | null, day: string) {
  const called = dayNumberOf(calledOn, 'calledOn');
  if (called > dayNumberOf(day, 'today'))
    throw invalidField('calledOn', 'cannot be after today', { code: 'afterToday' });
  if (returnedOn === null) return;
  const returned = dayNumberOf(returnedOn, 'returnedOn');
  if (returned > dayNumberOf(day, 'today'))
    throw invalidField('returnedOn', 'cannot be after today', { code: 'afterToday' });
  if (returned < called)
    throw invalidField('returnedOn', 'cannot be before the call', { code: 'beforeCall' });
}

async function assertUser(db: Db, workspaceId: string, userId: string) {
  const found = await usersOfWorkspace(db, workspaceId, [userId]);
  if (!found.has(userId))
    throw invalidField('forUserId', 'is not a professional of this firm', {
      code: 'notAProfessional',
    });
}

const audited = (
  named: Omit<NamedCallBack, 'organizationName' | 'contactName' | 'forUserName'>,
) => ({
  contactId: named.contactId,
  callerName: named.callerName,
  calledOn: named.calledOn,
  forUserId: named.forUserId,
  note: named.note,
  returnedOn: named.returnedOn,
});

export type CallBackInput = {
  contactId?: string | null | undefined;
  callerName?: string | null | undefined;
  calledOn?: string | undefined;
  forUserId?: string | undefined;
  note?: string | null | undefined;
};

export async function createCallBack(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: CallBackInput,
  day: string,
): Promise<CallBackView> {
  const id = newId();
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const organization = await findOrganization(tx, ws, organizationId);
    if (!organization) throw notFound('Organisation');
    const contactId = input.contactId ?? null;
    if (
      contactId &&
      !(await contactsOfOrganization(tx, ws, organizationId, [contactId])).has(contactId)
    )
      throw invalidField('contactId', 'is not a contact person of this organisation', {
        code: 'notAContact',
      });
    const callerName = input.callerName?.trim() || null;
    if (!contactId && !callerName)
      throw invalidField('callerName', 'say who called: a contact person or a name', {
        code: 'whoCalled',
      });
    const forUserId = input.forUserId ?? organization.relationshipManagerId ?? actor.userId;
    await assertUser(tx, ws, forUserId);
    const calledOn = input.calledOn ?? day;
    checkDays(calledOn, null, day);
    const row = {
      workspaceId: ws,
      id,
      organizationId,
      contactId,
      callerName,
      calledOn,
      forUserId,
      note: input.note?.trim() || null,
      returnedOn: null,
      createdBy: actor.userId,
    };
    await tx.insert(callBacks).values(row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      before: { [`callBack:${id}`]: null },
      after: { [`callBack:${id}`]: audited(row) },
    });
  });
  return getCallBack(db, actor.workspaceId, id, day);
}

export type CallBackChange = {
  returnedOn?: string | null | undefined;
  forUserId?: string | undefined;
  note?: string | null | undefined;
};

export async function updateCallBack(
  db: Db,
  actor: Actor,
  id: string,
  change: CallBackChange,
  day: string,
): Promise<CallBackView> {
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const before = await findCallBack(tx, ws, id);
    if (!before) throw notFound('Call-back request');
    if (change.forUserId !== undefined) await assertUser(tx, ws, change.forUserId);
    const after = {
      ...before,
      returnedOn: change.returnedOn === undefined ? before.returnedOn : change.returnedOn,
      forUserId: change.forUserId ?? before.forUserId,
      note: change.note === undefined ? before.note : change.note?.trim() || null,
    };
    checkDays(after.calledOn, after.returnedOn, day);
    await tx
      .update(callBacks)
      .set({
        returnedOn: after.returnedOn,
        forUserId: after.forUserId,
        note: after.note,
        updatedAt: new Date(),
      })
      .where(and(eq(callBacks.workspaceId, ws), eq(callBacks.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: before.organizationId,
      action: 'update',
      before: { [`callBack:${id}`]: audited(before) },
      after: { [`callBack:${id}`]: audited(after) },
    });
  });
  return getCallBack(db, actor.workspaceId, id, day);
}

export async function deleteCallBack(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findCallBack(tx, actor.workspaceId, id);
    if (!before) throw notFound('Call-back request');
    await deleteCallBackRow(tx, actor.workspaceId, id);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: before.organizationId,
      action: 'update',
      before: { [`callBack:${id}`]: audited(before) },
      after: { [`callBack:${id}`]: null },
    });
  });
}
