// The activities a loss's win-back policy plans (method §8, decision 0037): planned for their day,
// owned by the professional who acts, linked to the loss so that undoing it withdraws the ones
// not done yet. Each written and removed with its audit entry, in the caller's transaction.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { PlannedWinBack } from '../../core/winback/win-back-policy.ts';
import type { Db } from '../../db/connection.ts';
import { activities } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { deleteActivityRows, peopleOf, replacePeople } from './activities.repo.ts';
import type { Activity } from './activities.schema.ts';
import { auditable, toActivity, withPeople } from './activities.service.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function planWinBack(
  tx: Tx,
  actor: Actor,
  organizationId: string,
  clientLossId: string,
  planned: readonly PlannedWinBack[],
): Promise<Activity[]> {
  const made: Activity[] = [];
  for (const step of planned) {
    const [row] = await tx
      .insert(activities)
      .values({
        workspaceId: actor.workspaceId,
        id: newId(),
        organizationId,
        type: step.type,
        p: step.p,
        status: 'planned',
        onDate: step.onDate,
        subject: step.subject,
        clientLossId,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const professionalIds = step.ownerId ? [step.ownerId] : [];
    await replacePeople(tx, actor.workspaceId, row.id, { professionalIds });
    const activity = await withPeople(tx, actor.workspaceId, row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'activity',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: auditable(activity),
    });
    made.push(activity);
  }
  return made;
}

/** Removes a loss's win-back activities still planned; the ones done stay. How many. */
export async function withdrawPlannedWinBack(
  tx: Tx,
  actor: Actor,
  clientLossId: string,
): Promise<number> {
  const rows = await tx
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, actor.workspaceId),
        eq(activities.clientLossId, clientLossId),
        eq(activities.status, 'planned'),
      ),
    )
    .for('update');
  for (const row of rows) {
    const before = await withPeople(tx, actor.workspaceId, row);
    await deleteActivityRows(tx, actor.workspaceId, row.id);
    await recordAudit(tx, {
      ...actor,
      entityType: 'activity',
      entityId: row.id,
      action: 'delete',
      before: auditable(before),
      after: undefined,
    });
  }
  return rows.length;
}

/** The win-back attempts of losses: the activities they planned, planned or done, by day. */
export async function activitiesOfLosses(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  clientLossIds: readonly string[],
): Promise<Activity[]> {
  if (clientLossIds.length === 0) return [];
  const rows = await db
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, workspaceId),
        inArray(activities.clientLossId, [...clientLossIds]),
      ),
    )
    .orderBy(asc(activities.onDate), asc(activities.id));
  const people = await peopleOf(
    db,
    workspaceId,
    rows.map((row) => row.id),
  );
  return rows.map((row) =>
    toActivity(row, people.get(row.id) ?? { contacts: [], professionals: [] }),
  );
}
