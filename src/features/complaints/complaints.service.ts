// Complaints (method §7, §15): recorded per client in a few clicks, followed up from received to
// acknowledged, solved and closed, each step judged against the norms of the category the client
// had on the day the complaint came in (decision 0027). Every change audited on the client.
import { and, eq } from 'drizzle-orm';
import { invalidField, notFound } from '../../core/errors.ts';
import {
  complaintCheck,
  complaintDateProblems,
  complaintStatus,
  moveComplaint,
  type ComplaintDates,
  type ComplaintSeverity,
  type ComplaintStatus,
} from '../../core/satisfaction/complaint.ts';
import type { Db } from '../../db/connection.ts';
import { complaints } from '../../db/schema.ts';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { contactsOfOrganization } from '../activities/activities.service.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import { clientNorms, daysSpanning, type ClientNorms } from '../servicing/client-norms.service.ts';
import { usersOfWorkspace } from '../users/users.service.ts';
import {
  deleteComplaintRow,
  findComplaint,
  listComplaints,
  type ComplaintFilter,
  type NamedComplaint,
} from './complaints.repo.ts';

const datesOf = (named: ComplaintDates): ComplaintDates => ({
  receivedOn: named.receivedOn,
  acknowledgedOn: named.acknowledgedOn,
  solvedOn: named.solvedOn,
  closedOn: named.closedOn,
});

function toComplaint(named: NamedComplaint, norms: ClientNorms, day: string) {
  const { complaintAcknowledgeWorkingDays, complaintSolveWorkingDays } = norms.concept;
  const check = complaintCheck(datesOf(named), norms.concept, day);
  const { relationshipManagerId, relationshipManagerName, ...rest } = named;
  const short = (request: typeof check.acknowledge) => ({
    deadline: request.deadline,
    status: request.status,
    workingDaysOverdue: request.workingDaysOverdue,
  });
  return {
    ...rest,
    followedUpById: named.professionalId ?? relationshipManagerId,
    followedUpByName: named.professionalId ? named.professionalName : relationshipManagerName,
    status: complaintStatus(named),
    category: norms.categoryThen,
    check: {
      acknowledgeWorkingDays: complaintAcknowledgeWorkingDays,
      solveWorkingDays: complaintSolveWorkingDays,
      acknowledge: short(check.acknowledge),
      solve: short(check.solve),
      resolutionWorkingDays: check.resolutionWorkingDays,
      nextStep: check.nextStep,
      nextDeadline: check.nextDeadline,
      workingDaysOverdue: check.workingDaysOverdue,
    },
  };
}

export type ComplaintView = ReturnType<typeof toComplaint>;

/** The complaints judged at `day`, the firm's today, each by the norms of the day it came in. */
export async function judgedComplaints(
  db: Db,
  workspaceId: string,
  rows: readonly NamedComplaint[],
  day: string,
): Promise<ComplaintView[]> {
  if (rows.length === 0) return [];
  const normsOf = await clientNorms(
    db,
    workspaceId,
    daysSpanning(
      day,
      rows.map((named) => named.receivedOn),
    ),
  );
  return rows.map((named) =>
    toComplaint(named, normsOf(named.organizationId, named.receivedOn), day),
  );
}

export async function clientComplaints(
  db: Db,
  workspaceId: string,
  organizationId: string,
  day: string,
) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  const rows = await listComplaints(db, workspaceId, { organizationId });
  return judgedComplaints(db, workspaceId, rows, day);
}

export type FirmComplaintFilter = Omit<ComplaintFilter, 'organizationId'> & {
  status?: ComplaintStatus | undefined;
  category?: string | undefined;
};

/** The firm's complaints, filtered; the open ones most overdue first, then the most recent. */
export async function firmComplaints(
  db: Db,
  workspaceId: string,
  filter: FirmComplaintFilter,
  day: string,
) {
  const rows = await listComplaints(db, workspaceId, filter);
  const views = (await judgedComplaints(db, workspaceId, rows, day)).filter(
    (view) =>
      (filter.status === undefined || view.status === filter.status) &&
      (filter.category === undefined || view.category === filter.category),
  );
  return views.sort((a, b) => b.check.workingDaysOverdue - a.check.workingDaysOverdue);
}

/** The complaints not closed yet that a professional follows up, for their worklist. */
export async function openComplaintsFor(db: Db, workspaceId: string, userId: string) {
  return listComplaints(db, workspaceId, { professionalId: userId, open: true });
}

export async function getComplaint(db: Db, workspaceId: string, id: string, day: string) {
  const named = await findComplaint(db, workspaceId, id);
  if (!named) throw notFound('Complaint');
  return (await judgedComplaints(db, workspaceId, [named], day))[0]!;
}

/** The steps' days in order, none after today: the first problem, with its field. */
function assertDates(dates: ComplaintDates, day: string) {
  const [problem] = complaintDateProblems(dates, day);
  if (!problem) return;
  const field = String(problem.path[0]);
  const message = {
    afterToday: 'cannot be after today',
    stepSkipped: 'needs the step before it first',
    beforePreviousStep: 'cannot be before the step before it',
  }[problem.code];
  throw invalidField(field, message, { code: problem.code });
}

async function assertProfessional(db: Db, workspaceId: string, userId: string | null) {
  if (userId === null) return;
  if (!(await usersOfWorkspace(db, workspaceId, [userId])).has(userId))
    throw invalidField('professionalId', 'is not a professional of this firm', {
      code: 'notAProfessional',
    });
}

async function assertContact(
  db: Db,
  workspaceId: string,
  organizationId: string,
  contactId: string | null,
) {
  if (contactId === null) return;
  if (!(await contactsOfOrganization(db, workspaceId, organizationId, [contactId])).has(contactId))
    throw invalidField('contactId', 'is not a contact person of this organisation', {
      code: 'notAContact',
    });
}

type Stored = Omit<
  NamedComplaint,
  | 'organizationName'
  | 'relationshipManagerId'
  | 'relationshipManagerName'
  | 'contactName'
  | 'professionalName'
>;

const audited = (row: Stored) => ({
  contactId: row.contactId,
  professionalId: row.professionalId,
  subject: row.subject,
  description: row.description,
  severity: row.severity,
  receivedOn: row.receivedOn,
  acknowledgedOn: row.acknowledgedOn,
  solvedOn: row.solvedOn,
  closedOn: row.closedOn,
});

const auditChange = (before: Stored | null, after: Stored | null, id: string) => ({
  before: { [`complaint:${id}`]: before ? audited(before) : null },
  after: { [`complaint:${id}`]: after ? audited(after) : null },
});

export type ComplaintInput = {
  contactId?: string | null | undefined;
  subject: string;
  description?: string | null | undefined;
  severity?: ComplaintSeverity | undefined;
  professionalId?: string | null | undefined;
  receivedOn?: string | undefined;
};

export async function createComplaint(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: ComplaintInput,
  day: string,
): Promise<ComplaintView> {
  const id = newId();
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    if (!(await findOrganization(tx, ws, organizationId))) throw notFound('Organisation');
    const row: Stored = {
      id,
      organizationId,
      contactId: input.contactId ?? null,
      professionalId: input.professionalId ?? null,
      subject: input.subject.trim(),
      description: input.description?.trim() || null,
      severity: input.severity ?? 'serious',
      receivedOn: input.receivedOn ?? day,
      acknowledgedOn: null,
      solvedOn: null,
      closedOn: null,
    };
    await assertContact(tx, ws, organizationId, row.contactId);
    await assertProfessional(tx, ws, row.professionalId);
    assertDates(row, day);
    await tx.insert(complaints).values({ ...row, workspaceId: ws, createdBy: actor.userId });
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: organizationId,
      action: 'update',
      ...auditChange(null, row, id),
    });
  });
  return getComplaint(db, actor.workspaceId, id, day);
}

export type ComplaintChange = {
  status?: ComplaintStatus | undefined;
  on?: string | undefined;
  contactId?: string | null | undefined;
  subject?: string | undefined;
  description?: string | null | undefined;
  severity?: ComplaintSeverity | undefined;
  professionalId?: string | null | undefined;
  receivedOn?: string | undefined;
  acknowledgedOn?: string | null | undefined;
  solvedOn?: string | null | undefined;
  closedOn?: string | null | undefined;
};

const keep = <T>(change: T | undefined, before: T): T => (change === undefined ? before : change);

/** The days as changed: first each day given, then a move to a status on a day (today). */
function changedDates(before: ComplaintDates, change: ComplaintChange, day: string) {
  const dates: ComplaintDates = {
    receivedOn: change.receivedOn ?? before.receivedOn,
    acknowledgedOn: keep(change.acknowledgedOn, before.acknowledgedOn),
    solvedOn: keep(change.solvedOn, before.solvedOn),
    closedOn: keep(change.closedOn, before.closedOn),
  };
  if (change.on !== undefined && change.status === undefined)
    throw invalidField('on', 'is the day of a move: give the status too', { code: 'invalid' });
  return change.status === undefined
    ? dates
    : moveComplaint(dates, change.status, change.on ?? day);
}

export async function updateComplaint(
  db: Db,
  actor: Actor,
  id: string,
  change: ComplaintChange,
  day: string,
): Promise<ComplaintView> {
  await db.transaction(async (tx) => {
    const ws = actor.workspaceId;
    const before = await findComplaint(tx, ws, id);
    if (!before) throw notFound('Complaint');
    const after: Stored = {
      id,
      organizationId: before.organizationId,
      contactId: keep(change.contactId, before.contactId),
      professionalId: keep(change.professionalId, before.professionalId),
      subject: change.subject?.trim() ?? before.subject,
      description:
        change.description === undefined ? before.description : change.description?.trim() || null,
      severity: change.severity ?? before.severity,
      ...changedDates(before, change, day),
    };
    if (change.contactId !== undefined)
      await assertContact(tx, ws, before.organizationId, after.contactId);
    if (change.professionalId !== undefined) await assertProfessional(tx, ws, after.professionalId);
    assertDates(after, day);
    const { id: _id, organizationId: _org, ...values } = after;
    await tx
      .update(complaints)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(complaints.workspaceId, ws), eq(complaints.id, id)));
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: before.organizationId,
      action: 'update',
      ...auditChange(before, after, id),
    });
  });
  return getComplaint(db, actor.workspaceId, id, day);
}

export async function deleteComplaint(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findComplaint(tx, actor.workspaceId, id);
    if (!before) throw notFound('Complaint');
    await deleteComplaintRow(tx, actor.workspaceId, id);
    await recordAudit(tx, {
      ...actor,
      entityType: 'organization',
      entityId: before.organizationId,
      action: 'update',
      ...auditChange(before, null, id),
    });
  });
}
