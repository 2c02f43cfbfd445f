// What professionals record about early warning: the acute signals they heard, the dismissal of
// a signal with a reason (for the evidence it had), and the firm's weights. Audited in the same
// transaction as the change.
import { and, eq, sql } from 'drizzle-orm';
import { invalidField, notFound } from '../../core/errors.ts';
import {
  defaultSignalWeights,
  signalWeightsOf,
  type SignalWeights,
} from '../../core/early-warning/risk.ts';
import type { AcuteSignalKind, SignalKind } from '../../core/early-warning/signal.ts';
import type { Db } from '../../db/connection.ts';
import { acuteSignals, signalDismissals, workspaces } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { assessRisk } from './early-warning.service.ts';
import { riskSettingsOf } from './early-warning.repo.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const audit = (tx: Tx, actor: Actor, organizationId: string, before: object, after: object) =>
  recordAudit(tx, {
    ...actor,
    entityType: 'organization',
    entityId: organizationId,
    action: 'update',
    before: before as Record<string, unknown>,
    after: after as Record<string, unknown>,
  });

async function organizationExists(db: Pick<Db, 'execute'>, workspaceId: string, id: string) {
  const result = await db.execute(sql`
    select 1 from organizations where workspace_id = ${workspaceId} and id = ${id}`);
  if (result.rows.length === 0) throw notFound('Organization');
}

export type RecordedSignalView = {
  id: string;
  kind: AcuteSignalKind;
  recordedOn: string;
  note: string | null;
  recordedBy: string | null;
};

/** Every acute signal recorded for a client, the latest first. */
export async function recordedSignalsOf(
  db: Pick<Db, 'execute'>,
  workspaceId: string,
  organizationId: string,
): Promise<RecordedSignalView[]> {
  const result = await db.execute<RecordedSignalView>(sql`
    select s.id, s.kind, s.recorded_on::text as "recordedOn", s.note, u.name as "recordedBy"
      from acute_signals s
      left join users u on u.workspace_id = s.workspace_id and u.id = s.recorded_by
     where s.workspace_id = ${workspaceId} and s.organization_id = ${organizationId}
     order by s.recorded_on desc, s.created_at desc`);
  return result.rows;
}

/** A client's signals at today and every acute signal recorded for it. */
export async function clientSignalsOf(
  db: Db,
  workspaceId: string,
  organizationId: string,
  today: string,
) {
  await organizationExists(db, workspaceId, organizationId);
  const [recorded, [client]] = await Promise.all([
    recordedSignalsOf(db, workspaceId, organizationId),
    assessRisk(db, workspaceId, { today, only: [organizationId] }),
  ]);
  return { today, client: client ?? null, recorded };
}

export async function recordAcuteSignal(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: { kind: AcuteSignalKind; recordedOn?: string | undefined; note?: string | null },
  today: string,
) {
  const recordedOn = input.recordedOn ?? today;
  if (recordedOn > today) throw invalidField('recordedOn', 'cannot be after today');
  const note = input.note?.trim() || null;
  const id = newId();
  await db.transaction(async (tx) => {
    await organizationExists(tx, actor.workspaceId, organizationId);
    await tx.insert(acuteSignals).values({
      workspaceId: actor.workspaceId,
      id,
      organizationId,
      kind: input.kind,
      recordedOn,
      note,
      recordedBy: actor.userId,
    });
    await audit(tx, actor, organizationId, {}, { [`acuteSignal.${input.kind}`]: recordedOn });
  });
  const recorded = await recordedSignalsOf(db, actor.workspaceId, organizationId);
  return recorded.find((signal) => signal.id === id)!;
}

export async function deleteAcuteSignal(db: Db, actor: Actor, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(acuteSignals)
      .where(and(eq(acuteSignals.workspaceId, actor.workspaceId), eq(acuteSignals.id, id)))
      .returning();
    if (!row) throw notFound('Acute signal');
    await audit(tx, actor, row.organizationId, { [`acuteSignal.${row.kind}`]: row.recordedOn }, {});
  });
}

/**
 * Dismiss a signal the client shows now, with the reason: it stops counting until its evidence
 * changes (a dismissal of the same signal before is replaced).
 */
export async function dismissSignal(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: { kind: SignalKind; reason: string },
  today: string,
) {
  const reason = input.reason.trim();
  if (reason === '') throw invalidField('reason', 'says why the signal is dismissed');
  const [client] = await assessRisk(db, actor.workspaceId, { today, only: [organizationId] });
  if (!client) throw notFound('Client');
  const signal = client.signals.find((candidate) => candidate.kind === input.kind);
  if (!signal) throw invalidField('kind', 'is not a signal this client shows now');
  const { fingerprint } = signal;
  await db.transaction(async (tx) => {
    await tx
      .insert(signalDismissals)
      .values({
        workspaceId: actor.workspaceId,
        id: newId(),
        organizationId,
        kind: input.kind,
        fingerprint,
        reason,
        dismissedBy: actor.userId,
        dismissedOn: today,
      })
      .onConflictDoUpdate({
        target: [
          signalDismissals.workspaceId,
          signalDismissals.organizationId,
          signalDismissals.kind,
        ],
        set: { fingerprint, reason, dismissedBy: actor.userId, dismissedOn: today },
      });
    await audit(tx, actor, organizationId, {}, { [`dismissed.${input.kind}`]: reason });
  });
}

export async function undismissSignal(
  db: Db,
  actor: Actor,
  organizationId: string,
  kind: SignalKind,
) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(signalDismissals)
      .where(
        and(
          eq(signalDismissals.workspaceId, actor.workspaceId),
          eq(signalDismissals.organizationId, organizationId),
          eq(signalDismissals.kind, kind),
        ),
      )
      .returning();
    if (!row) throw notFound('Dismissal');
    await audit(tx, actor, organizationId, { [`dismissed.${kind}`]: row.reason }, {});
  });
}

export async function signalWeights(db: Pick<Db, 'execute'>, workspaceId: string) {
  const { weights } = await riskSettingsOf(db, workspaceId);
  return { weights: signalWeightsOf(weights), defaults: defaultSignalWeights };
}

/** Set some of the firm's weights; the others stay as they were. */
export async function updateSignalWeights(db: Db, actor: Actor, changes: Partial<SignalWeights>) {
  return db.transaction(async (tx) => {
    const { weights: stored } = await riskSettingsOf(tx, actor.workspaceId);
    const before = signalWeightsOf(stored);
    const after = signalWeightsOf({ ...stored, ...changes });
    // only what differs from the defaults is kept: a default changed later reaches the firm
    const own = Object.fromEntries(
      Object.entries(after).filter(
        ([kind, weight]) => defaultSignalWeights[kind as SignalKind] !== weight,
      ),
    );
    await tx
      .update(workspaces)
      .set({ signalWeights: own })
      .where(eq(workspaces.workspaceId, actor.workspaceId));
    await recordAudit(tx, {
      ...actor,
      entityType: 'workspace',
      entityId: actor.workspaceId,
      action: 'update',
      before: { signalWeights: before },
      after: { signalWeights: after },
    });
    return { weights: after, defaults: defaultSignalWeights };
  });
}
