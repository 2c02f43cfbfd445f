// Lost clients (method §8, decision 0037): mark a client lost (its status becomes former until
// the day of the loss, the category's win-back policy plans its activities), correct the record,
// undo it, and record the win-back. Each in one transaction with its audit entries.
import { and, eq, sql } from 'drizzle-orm';
import { throwIfProblems } from '../../core/choosing/problems.ts';
import { DomainError, invalidField, notFound } from '../../core/errors.ts';
import { stripUndefined } from '../../core/objects.ts';
import {
  clientLossProblems,
  wonBackProblem,
  type ClientLossInput,
} from '../../core/winback/client-loss.ts';
import { plannedWinBack } from '../../core/winback/win-back-policy.ts';
import type { Db } from '../../db/connection.ts';
import { clientLosses } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import {
  activitiesOfLosses,
  planWinBack,
  withdrawPlannedWinBack,
} from '../activities/win-back-activities.service.ts';
import {
  findOrganization,
  findOrganizationForUpdate,
  setClientStatus,
} from '../organizations/organizations.service.ts';
import {
  findLoss,
  lossesOfOrganization,
  lossWithNames,
  type LossRow,
} from './client-losses.repo.ts';
import { lossViews, type LossView } from './loss-views.ts';
import { listLostReasons } from './lost-reasons.service.ts';
import { winBackPolicyOn } from './win-back-policies.service.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type LossInput = ClientLossInput;
export type LossUpdate = Partial<ClientLossInput> & { winBackNote?: string | null | undefined };

const auditable = (row: typeof clientLosses.$inferSelect) => ({
  organizationId: row.organizationId,
  lostOn: row.lostOn,
  reasonId: row.reasonId,
  text: row.text,
  manner: row.manner,
  told: row.told,
  wonBackOn: row.wonBackOn,
  winBackNote: row.winBackNote,
});

async function checkLoss(
  tx: Tx,
  workspaceId: string,
  loss: ClientLossInput,
  context: { today: string; clientSince: string | null; reasonBefore?: string },
) {
  const reasons = await listLostReasons(tx, workspaceId);
  throwIfProblems(clientLossProblems(loss, { ...context, reasons }), 'client loss');
}

async function viewOf(db: Tx | Db, workspaceId: string, id: string): Promise<LossView> {
  const row = await lossWithNames(db, workspaceId, id);
  if (!row) throw notFound('Client loss');
  return (await lossViews(db, workspaceId, [row]))[0]!;
}

/**
 * Marks a client lost: the loss recorded, the client a former client until the day of the loss,
 * and the activities of the win-back policy of the category it had that day planned for whoever
 * the policy says acts.
 */
export async function markLost(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: LossInput,
  today: string,
) {
  return db.transaction(async (tx) => {
    const organization = await findOrganizationForUpdate(tx, actor.workspaceId, organizationId);
    if (!organization) throw notFound('Organisation');
    if (organization.status !== 'client')
      throw new DomainError('conflict', 'Only a client can be lost', [
        { field: 'status', message: `is ${organization.status}, not client` },
      ]);
    await checkLoss(tx, actor.workspaceId, input, {
      today,
      clientSince: organization.clientSince,
    });
    await setClientStatus(tx, actor, organizationId, {
      status: 'former',
      clientUntil: input.lostOn,
    });
    const [row] = await tx
      .insert(clientLosses)
      .values({
        ...input,
        workspaceId: actor.workspaceId,
        id: newId(),
        organizationId,
        recordedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      ...actor,
      entityType: 'client_loss',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: auditable(row),
    });
    const { policy } = await winBackPolicyOn(tx, actor.workspaceId, organizationId, input.lostOn);
    const planned = policy
      ? plannedWinBack(policy, { lostOn: input.lostOn, recordedOn: today }, organization)
      : [];
    const attempts = await planWinBack(tx, actor, organizationId, row.id, planned);
    return { ...(await viewOf(tx, actor.workspaceId, row.id)), attempts };
  });
}

async function withAttempts(db: Db, workspaceId: string, views: LossView[]) {
  const attempts = await activitiesOfLosses(
    db,
    workspaceId,
    views.map((view) => view.id),
  );
  return views.map((view) => ({
    ...view,
    attempts: attempts.filter((activity) => activity.clientLossId === view.id),
  }));
}

/** A client's losses, the latest first, each with its win-back attempts. */
export async function lossesOfClient(db: Db, workspaceId: string, organizationId: string) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  const rows: LossRow[] = await lossesOfOrganization(db, workspaceId, organizationId);
  return withAttempts(db, workspaceId, await lossViews(db, workspaceId, rows));
}

export async function getLoss(db: Db, workspaceId: string, id: string) {
  return (await withAttempts(db, workspaceId, [await viewOf(db, workspaceId, id)]))[0]!;
}

async function lockedLoss(tx: Tx, workspaceId: string, id: string) {
  const row = await findLoss(tx, workspaceId, id, true);
  if (!row) throw notFound('Client loss');
  const organization = await findOrganizationForUpdate(tx, workspaceId, row.organizationId);
  if (!organization) throw notFound('Organisation');
  return { row, organization };
}

/**
 * Corrects a loss. The day of an open loss is also the client's last day as a client, so both
 * change together; the activities already planned keep their days.
 */
export async function updateLoss(
  db: Db,
  actor: Actor,
  id: string,
  input: LossUpdate,
  today: string,
) {
  await db.transaction(async (tx) => {
    const { row, organization } = await lockedLoss(tx, actor.workspaceId, id);
    const changes = stripUndefined(input);
    const merged = { ...row, manner: row.manner as ClientLossInput['manner'], ...changes };
    await checkLoss(tx, actor.workspaceId, merged, {
      today,
      clientSince: organization.clientSince,
      reasonBefore: row.reasonId,
    });
    if (merged.wonBackOn && merged.lostOn >= merged.wonBackOn)
      throw invalidField('lostOn', `must be before the day it was won back (${merged.wonBackOn})`);
    const [after] = await tx
      .update(clientLosses)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(and(eq(clientLosses.workspaceId, actor.workspaceId), eq(clientLosses.id, id)))
      .returning();
    if (!after) throw notFound('Client loss');
    if (after.wonBackOn === null && after.lostOn !== row.lostOn && organization.status === 'former')
      await setClientStatus(tx, actor, row.organizationId, {
        status: 'former',
        clientUntil: after.lostOn,
      });
    await recordAudit(tx, {
      ...actor,
      entityType: 'client_loss',
      entityId: id,
      action: 'update',
      before: auditable(row),
      after: auditable(after),
    });
  });
  return getLoss(db, actor.workspaceId, id);
}

/**
 * Undoes a loss recorded by mistake: the client is a client again, the win-back activities still
 * planned are removed, the ones done stay (no longer linked to a loss). A loss won back is history
 * and is not undone.
 */
export async function undoLoss(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { row } = await lockedLoss(tx, actor.workspaceId, id);
    if (row.wonBackOn !== null)
      throw new DomainError('conflict', 'A client won back keeps its loss', [
        { field: 'wonBackOn', message: `is ${row.wonBackOn}: the loss was won back` },
      ]);
    await withdrawPlannedWinBack(tx, actor, id);
    await tx
      .delete(clientLosses)
      .where(and(eq(clientLosses.workspaceId, actor.workspaceId), eq(clientLosses.id, id)));
    await setClientStatus(tx, actor, row.organizationId, { status: 'client', clientUntil: null });
    await recordAudit(tx, {
      ...actor,
      entityType: 'client_loss',
      entityId: id,
      action: 'delete',
      before: auditable(row),
      after: undefined,
    });
  });
}

/**
 * The client is won back: a client again from the day given, the loss keeps its record with that
 * day; win-back activities still planned are no longer needed and are removed.
 */
export async function recordWinBack(
  db: Db,
  actor: Actor,
  id: string,
  input: { wonBackOn: string; winBackNote?: string | null | undefined },
  today: string,
) {
  await db.transaction(async (tx) => {
    const { row } = await lockedLoss(tx, actor.workspaceId, id);
    if (row.wonBackOn !== null)
      throw new DomainError('conflict', 'This loss was won back already', [
        { field: 'wonBackOn', message: `is ${row.wonBackOn} already` },
      ]);
    const problem = wonBackProblem(row.lostOn, input.wonBackOn, today);
    if (problem === 'won_back_not_after_loss')
      throw invalidField('wonBackOn', `must be after the day it was lost (${row.lostOn})`);
    if (problem === 'won_back_in_future')
      throw invalidField('wonBackOn', `cannot be after today (${today})`);
    await withdrawPlannedWinBack(tx, actor, id);
    const [after] = await tx
      .update(clientLosses)
      .set({
        wonBackOn: input.wonBackOn,
        winBackNote: input.winBackNote ?? row.winBackNote,
        updatedAt: sql`now()`,
      })
      .where(and(eq(clientLosses.workspaceId, actor.workspaceId), eq(clientLosses.id, id)))
      .returning();
    if (!after) throw notFound('Client loss');
    await setClientStatus(tx, actor, row.organizationId, { status: 'client', clientUntil: null });
    await recordAudit(tx, {
      ...actor,
      entityType: 'client_loss',
      entityId: id,
      action: 'update',
      before: auditable(row),
      after: auditable(after),
    });
  });
  return getLoss(db, actor.workspaceId, id);
}
