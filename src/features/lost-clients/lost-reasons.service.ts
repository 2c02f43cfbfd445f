// The firm's list of reasons a client leaves (method §8): the presets every firm starts with and
// its own. A reason a loss names is hidden rather than deleted, so the loss keeps its reason and
// the report its history; a preset is never deleted, only hidden (decision 0037).
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { DomainError, invalidField, notFound } from '../../core/errors.ts';
import { presetLostReasons, type PresetLostReason } from '../../core/winback/client-loss.ts';
import type { Db } from '../../db/connection.ts';
import { clientLosses, lostReasons } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';

type Executor = Pick<Db, 'execute'>;
type ReasonRow = typeof lostReasons.$inferSelect;

export type LostReason = {
  id: string;
  /** The preset's key; null for the firm's own reason. */
  preset: PresetLostReason | null;
  /** The firm's own name; null for a preset it did not rename (shown in the user's language). */
  name: string | null;
  hidden: boolean;
  position: number;
  /** How many losses name it: a reason in use can be hidden, not deleted. */
  inUse: number;
};

/**
 * Gives every firm that has no reason yet the presets, in one statement: a new firm, every firm
 * of before the list existed (the migration does the same), a firm restored from an older backup.
 */
export async function seedPresetLostReasons(db: Executor, workspaceId?: string): Promise<void> {
  const presets = sql.join(
    presetLostReasons.map((preset, index) => sql`(${preset}, ${index})`),
    sql`, `,
  );
  await db.execute(sql`
    insert into lost_reasons (workspace_id, id, preset, position)
    select w.workspace_id, gen_random_uuid(), p.preset, p.position::smallint
    from workspaces w cross join (values ${presets}) as p(preset, position)
    where ${workspaceId === undefined ? sql`true` : sql`w.workspace_id = ${workspaceId}`}
      and not exists (select 1 from lost_reasons r where r.workspace_id = w.workspace_id)`);
}

function toReason(row: ReasonRow, inUse: number): LostReason {
  return {
    id: row.id,
    preset: row.preset as PresetLostReason | null,
    name: row.name,
    hidden: row.hidden,
    position: row.position,
    inUse,
  };
}

const auditable = ({ inUse: _u, id: _i, ...fields }: LostReason) => fields;

export async function listLostReasons(
  db: Pick<Db, 'select'>,
  workspaceId: string,
): Promise<LostReason[]> {
  const [rows, uses] = await Promise.all([
    db
      .select()
      .from(lostReasons)
      .where(eq(lostReasons.workspaceId, workspaceId))
      .orderBy(asc(lostReasons.position), asc(lostReasons.createdAt)),
    db
      .select({ reasonId: clientLosses.reasonId, uses: count() })
      .from(clientLosses)
      .where(eq(clientLosses.workspaceId, workspaceId))
      .groupBy(clientLosses.reasonId),
  ]);
  const usesOf = new Map(uses.map((use) => [use.reasonId, use.uses]));
  return rows.map((row) => toReason(row, usesOf.get(row.id) ?? 0));
}

async function reasonOf(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  id: string,
): Promise<LostReason> {
  const found = (await listLostReasons(db, workspaceId)).find((reason) => reason.id === id);
  if (!found) throw notFound('Lost reason');
  return found;
}

export async function createLostReason(
  db: Db,
  actor: Actor,
  input: { name: string },
): Promise<LostReason> {
  return db.transaction(async (tx) => {
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${lostReasons.position}), -1)::int` })
      .from(lostReasons)
      .where(eq(lostReasons.workspaceId, actor.workspaceId));
    const [row] = await tx
      .insert(lostReasons)
      .values({
        workspaceId: actor.workspaceId,
        id: newId(),
        name: input.name,
        position: (last?.position ?? -1) + 1,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const reason = toReason(row, 0);
    await recordAudit(tx, {
      ...actor,
      entityType: 'lost_reason',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: auditable(reason),
    });
    return reason;
  });
}

export async function updateLostReason(
  db: Db,
  actor: Actor,
  id: string,
  input: { name?: string | null | undefined; hidden?: boolean | undefined },
): Promise<LostReason> {
  return db.transaction(async (tx) => {
    const before = await reasonOf(tx, actor.workspaceId, id);
    if (input.name === null && before.preset === null)
      throw invalidField('name', 'is required for a reason of the firm’s own');
    const [row] = await tx
      .update(lostReasons)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.hidden !== undefined ? { hidden: input.hidden } : {}),
        updatedAt: sql`now()`,
      })
      .where(and(eq(lostReasons.workspaceId, actor.workspaceId), eq(lostReasons.id, id)))
      .returning();
    if (!row) throw notFound('Lost reason');
    const reason = toReason(row, before.inUse);
    await recordAudit(tx, {
      ...actor,
      entityType: 'lost_reason',
      entityId: id,
      action: 'update',
      before: auditable(before),
      after: auditable(reason),
    });
    return reason;
  });
}

/** Deletes a firm's own reason no loss names; a preset or a reason in use is hidden instead. */
export async function deleteLostReason(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await reasonOf(tx, actor.workspaceId, id);
    if (before.preset !== null)
      throw new DomainError('conflict', 'A preset reason cannot be deleted; hide it instead', [
        { field: 'id', message: 'is a preset reason: hide it instead' },
      ]);
    if (before.inUse > 0)
      throw new DomainError(
        'conflict',
        `This reason is given for ${before.inUse} lost client(s); hide it instead`,
        [{ field: 'id', message: 'is in use by a lost client: hide it instead' }],
      );
    await tx
      .delete(lostReasons)
      .where(and(eq(lostReasons.workspaceId, actor.workspaceId), eq(lostReasons.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'lost_reason',
      entityId: id,
      action: 'delete',
      before: auditable(before),
      after: undefined,
    });
  });
}
