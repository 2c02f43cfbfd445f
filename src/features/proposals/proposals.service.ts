// Proposals (method §5, §11): requested, drafted, sent, won or lost, on the board and per client,
// each with its turnaround against the category's norm in working days. Every change audited.
import { invalidField, notFound } from '../../core/errors.ts';
import {
  checkGivenForStage,
  checkProposal,
  inStage,
  type AcquisitionAngle,
  type ProposalDates,
  type ProposalStage,
} from '../../core/servicing/proposal-stages.ts';
import { addCalendarDays } from '../../core/servicing/calendar-days.ts';
import { proposalCheck } from '../../core/servicing/request-norms.ts';
import type { Db } from '../../db/connection.ts';
import { proposals } from '../../db/schema.ts';
import { and, eq } from 'drizzle-orm';
import { usersOfWorkspace } from '../users/users.service.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import { clientNorms, daysSpanning, type ClientNorms } from '../servicing/client-norms.service.ts';
import {
  boardProposals,
  deleteProposalRow,
  findProposal,
  proposalsOfOrganization,
  type NamedProposal,
} from './proposals.repo.ts';
import type { Actor } from '../../kernel/actor.ts';

function toProposal(named: NamedProposal, norms: ClientNorms, day: string) {
  const { row } = named;
  const normWorkingDays = norms.concept.proposalTurnaroundWorkingDays;
  // lost before it was sent: there is no turnaround to judge
  const judged = !(row.stage === 'lost' && row.sentOn === null);
  const check = proposalCheck({
    requested: row.requestedOn,
    done: row.sentOn,
    today: day,
    turnaroundWorkingDays: judged ? normWorkingDays : null,
  });
  return {
    id: row.id,
    organizationId: row.organizationId,
    organizationName: named.organizationName,
    title: row.title,
    stage: row.stage as ProposalStage,
    requestedOn: row.requestedOn,
    sentOn: row.sentOn,
    decidedOn: row.decidedOn,
    valueCents: row.valueCents,
    lostReason: row.lostReason,
    ownerId: row.ownerId,
    ownerName: named.ownerName,
    angle: row.angle as AcquisitionAngle | null,
    position: row.position,
    category: norms.category,
    turnaround: {
      normWorkingDays,
      deadline: check.deadline,
      workingDaysTaken: check.workingDaysTaken,
      status: check.status,
      workingDaysOverdue: check.workingDaysOverdue,
    },
  };
}

export type ProposalView = ReturnType<typeof toProposal>;

/** The proposals judged at `day`, the firm's today. */
async function views(db: Db, workspaceId: string, rows: NamedProposal[], day: string) {
  // a proposal is owed the norm of the category its client had when it was asked
  const normsOf = await clientNorms(
    db,
    workspaceId,
    daysSpanning(
      day,
      rows.map((named) => named.row.requestedOn),
    ),
  );
  return rows.map((named) =>
    toProposal(named, normsOf(named.row.organizationId, named.row.requestedOn), day),
  );
}

export async function listClientProposals(
  db: Db,
  workspaceId: string,
  organizationId: string,
  day: string,
) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  return views(
    db,
    workspaceId,
    await proposalsOfOrganization(db, workspaceId, organizationId),
    day,
  );
}

/** The proposal board: open proposals and those decided since a day (default 90 days ago). */
export async function proposalBoard(
  db: Db,
  workspaceId: string,
  filter: { ownerId?: string | undefined; decidedSince?: string | undefined },
  day: string,
) {
  const since = filter.decidedSince ?? addCalendarDays(day, -90);
  return views(
    db,
    workspaceId,
    await boardProposals(db, workspaceId, { ...filter, decidedSince: since }),
    day,
  );
}

export async function getProposal(db: Db, workspaceId: string, id: string, day: string) {
  const named = await findProposal(db, workspaceId, id);
  if (!named) throw notFound('Proposal');
  return (await views(db, workspaceId, [named], day))[0]!;
}

async function assertOwner(db: Db, workspaceId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const found = await usersOfWorkspace(db, workspaceId, [ownerId]);
  if (!found.has(ownerId)) throw invalidField('ownerId', 'is not a professional of this firm');
}

export type ProposalInput = {
  title: string;
  stage?: ProposalStage | undefined;
  requestedOn?: string | undefined;
  sentOn?: string | null | undefined;
  decidedOn?: string | null | undefined;
  valueCents?: number | null | undefined;
  lostReason?: string | null | undefined;
  ownerId?: string | null | undefined;
  angle?: AcquisitionAngle | null | undefined;
};

const audited = (row: Omit<typeof proposals.$inferSelect, 'createdAt' | 'updatedAt'>) => ({
  title: row.title,
  stage: row.stage,
  requestedOn: row.requestedOn,
  sentOn: row.sentOn,
  decidedOn: row.decidedOn,
  valueCents: row.valueCents,
  lostReason: row.lostReason,
  ownerId: row.ownerId,
  angle: row.angle,
});

function datesOf(input: ProposalDates, day: string): ProposalDates {
  const dates = inStage(input, day);
  checkProposal(dates, day);
  return dates;
}

export async function createProposal(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: ProposalInput,
  day: string,
): Promise<ProposalView> {
  const id = newId();
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    if (!(await findOrganization(tx, ws, organizationId))) throw notFound('Organisation');
    const ownerId = input.ownerId === undefined ? actor.userId : input.ownerId;
    await assertOwner(tx, ws, ownerId);
    checkGivenForStage(input, input.stage ?? 'request');
    const dates = datesOf(
      {
        stage: input.stage ?? 'request',
        requestedOn: input.requestedOn ?? day,
        sentOn: input.sentOn ?? null,
        decidedOn: input.decidedOn ?? null,
        lostReason: input.lostReason?.trim() || null,
      },
      day,
    );
    const row = {
      workspaceId: ws,
      id,
      organizationId,
      title: input.title,
      ...dates,
      valueCents: input.valueCents ?? null,
      ownerId,
      angle: input.angle ?? null,
      position: 0,
      createdBy: actor.userId,
    };
    await tx.insert(proposals).values(row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      before: { [`proposal:${id}`]: null },
      after: { [`proposal:${id}`]: audited(row) },
    });
  });
  return getProposal(db, actor.workspaceId, id, day);
}

export type ProposalChange = Partial<ProposalInput> & { position?: number | undefined };

export async function updateProposal(
  db: Db,
  actor: Actor,
  id: string,
  change: ProposalChange,
  day: string,
): Promise<ProposalView> {
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const named = await findProposal(tx, ws, id);
    if (!named) throw notFound('Proposal');
    const before = named.row;
    if (change.ownerId !== undefined) await assertOwner(tx, ws, change.ownerId);
    const pick = <T>(value: T | undefined, old: T) => (value === undefined ? old : value);
    checkGivenForStage(change, pick(change.stage, before.stage as ProposalStage));
    const dates = datesOf(
      {
        stage: pick(change.stage, before.stage as ProposalStage),
        requestedOn: pick(change.requestedOn, before.requestedOn),
        sentOn: pick(change.sentOn, before.sentOn),
        decidedOn: pick(change.decidedOn, before.decidedOn),
        lostReason:
          change.lostReason === undefined ? before.lostReason : change.lostReason?.trim() || null,
      },
      day,
    );
    const after = {
      ...before,
      ...dates,
      title: pick(change.title, before.title),
      valueCents: pick(change.valueCents, before.valueCents),
      ownerId: pick(change.ownerId, before.ownerId),
      angle: pick(change.angle, before.angle),
      position: pick(change.position, before.position),
    };
    await tx
      .update(proposals)
      .set({
        title: after.title,
        stage: after.stage,
        requestedOn: after.requestedOn,
        sentOn: after.sentOn,
        decidedOn: after.decidedOn,
        valueCents: after.valueCents,
        lostReason: after.lostReason,
        ownerId: after.ownerId,
        angle: after.angle,
        position: after.position,
        updatedAt: new Date(),
      })
      .where(and(eq(proposals.workspaceId, ws), eq(proposals.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: before.organizationId,
      action: 'update',
      before: { [`proposal:${id}`]: audited(before) },
      after: { [`proposal:${id}`]: audited(after) },
    });
  });
  return getProposal(db, actor.workspaceId, id, day);
}

export async function deleteProposal(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const named = await findProposal(tx, actor.workspaceId, id);
    if (!named) throw notFound('Proposal');
    await deleteProposalRow(tx, actor.workspaceId, id);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: named.row.organizationId,
      action: 'update',
      before: { [`proposal:${id}`]: audited(named.row) },
      after: { [`proposal:${id}`]: null },
    });
  });
}
