// Use cases for relationship activities (method §6): log or plan, list, change, remove, and the
// balance of the four P's for a client over a period; every change audited.
import { and, eq, sql } from 'drizzle-orm';
import { invalidField, notFound } from '../../core/errors.ts';
import { stripUndefined } from '../../core/objects.ts';
import { activityP, checkActivityDates } from '../../core/servicing/activity-input.ts';
import { addCalendarDays, sameDayYearEarlier } from '../../core/servicing/calendar-days.ts';
import { fourPBalance, fourPs, type FourP } from '../../core/servicing/four-ps.ts';
import { invites, type InvitationResponse } from '../../core/servicing/invitations.ts';
import type { Db } from '../../db/connection.ts';
import { activities } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import {
  contactsOfOrganization,
  countActivities,
  deleteActivityRows,
  findActivity,
  listActivities,
  peopleOf,
  pOfDoneActivities,
  replacePeople,
  setInvitationResponse,
  type ActivityRow,
  type People,
} from './activities.repo.ts';
import { usersOfWorkspace } from '../users/users.service.ts';
import type {
  Activity,
  ActivityCreate,
  ActivityFilter,
  ActivityUpdate,
} from './activities.schema.ts';
import type { Actor } from '../../kernel/actor.ts';

// The contacts a call-back may be with.
export { contactsOfOrganization } from './activities.repo.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** The one mapper from a row and its people to the API's activity. */
export function toActivity(row: ActivityRow, people: People): Activity {
  return {
    id: row.id,
    organizationId: row.organizationId,
    type: row.type as Activity['type'],
    p: row.p as Activity['p'],
    status: row.status as Activity['status'],
    onDate: row.onDate,
    subject: row.subject,
    notes: row.notes,
    minutes: row.minutes,
    costCents: row.costCents,
    followUpOn: row.followUpOn,
    followUpNote: row.followUpNote,
    followUpDoneAt: row.followUpDoneAt?.toISOString() ?? null,
    duty: row.duty as Activity['duty'],
    clientLossId: row.clientLossId,
    contacts: people.contacts,
    professionals: people.professionals,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function auditable(activity: Activity): Record<string, unknown> {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    createdBy: _b,
    contacts,
    professionals,
    ...fields
  } = activity;
  return {
    ...fields,
    contactIds: contacts.map((contact) => contact.id),
    professionalIds: professionals.map((professional) => professional.id),
  };
}

export async function withPeople(db: Pick<Db, 'select'>, workspaceId: string, row: ActivityRow) {
  const people = await peopleOf(db, workspaceId, [row.id]);
  return toActivity(row, people.get(row.id) ?? { contacts: [], professionals: [] });
}

/** Contact persons must be the organisation's, professionals the firm's. */
async function checkPeople(
  tx: Tx,
  workspaceId: string,
  organizationId: string,
  input: { contactIds?: string[] | undefined; professionalIds?: string[] | undefined },
) {
  if (input.contactIds) {
    const found = await contactsOfOrganization(tx, workspaceId, organizationId, input.contactIds);
    if (input.contactIds.some((id) => !found.has(id)))
      throw invalidField('contactIds', 'names someone who is not a contact person of this client', {
        code: 'notAContact',
      });
  }
  if (input.professionalIds) {
    const found = await usersOfWorkspace(tx, workspaceId, input.professionalIds);
    if (input.professionalIds.some((id) => !found.has(id)))
      throw invalidField(
        'professionalIds',
        'names someone who is not a professional of this firm',
        {
          code: 'notAProfessional',
        },
      );
  }
}

const encodeCursor = (values: string[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string | undefined): string[] | undefined {
  if (!cursor) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // the date, the moment entered and the id, as this list gives them out
    if (
      Array.isArray(values) &&
      values.length === 3 &&
      values.every((v) => typeof v === 'string') &&
      /^\d{4}-\d{2}-\d{2}$/.test(String(values[0])) &&
      uuidPattern.test(String(values[2]))
    )
      return values as string[];
  } catch {
    // fall through
  }
  throw invalidField('cursor', 'is not a cursor this list gave out');
}

export async function pageOfActivities(
  db: Db,
  args: {
    workspaceId: string;
    organizationId: string;
    filter: ActivityFilter;
    limit: number;
    cursor?: string | undefined;
    withTotal: boolean;
  },
) {
  const after = decodeCursor(args.cursor);
  if (!(await findOrganization(db, args.workspaceId, args.organizationId)))
    throw notFound('Organisation');
  const [rows, total] = await Promise.all([
    listActivities(db, { ...args, limit: args.limit + 1, after }),
    args.withTotal
      ? countActivities(db, args.workspaceId, args.organizationId, args.filter)
      : Promise.resolve(null),
  ]);
  const page = rows.slice(0, args.limit);
  const people = await peopleOf(
    db,
    args.workspaceId,
    page.map((r) => r.row.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((r) =>
      toActivity(r.row, people.get(r.row.id) ?? { contacts: [], professionals: [] }),
    ),
    nextCursor: rows.length > args.limit && last ? encodeCursor(last.sortValues) : null,
    total,
  };
}

export async function getActivity(db: Db, workspaceId: string, id: string): Promise<Activity> {
  const row = await findActivity(db, workspaceId, id);
  if (!row) throw notFound('Activity');
  return withPeople(db, workspaceId, row);
}

export async function createActivity(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: ActivityCreate,
  day: string,
): Promise<Activity> {
  return db.transaction(async (tx) => {
    if (!(await findOrganization(tx, actor.workspaceId, organizationId)))
      throw notFound('Organisation');
    const { contactIds, professionalIds = [actor.userId], p, ...fields } = input;
    checkActivityDates({
      status: fields.status,
      onDate: fields.onDate,
      followUpOn: fields.followUpOn ?? null,
      today: day,
    });
    await checkPeople(tx, actor.workspaceId, organizationId, { contactIds, professionalIds });
    const [row] = await tx
      .insert(activities)
      .values({
        ...fields,
        p: activityP(fields.type, p),
        workspaceId: actor.workspaceId,
        id: newId(),
        organizationId,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await replacePeople(tx, actor.workspaceId, row.id, { contactIds, professionalIds });
    const activity = await withPeople(tx, actor.workspaceId, row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'activity',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: auditable(activity),
    });
    return activity;
  });
}

export async function updateActivity(
  db: Db,
  actor: Actor,
  id: string,
  input: ActivityUpdate,
  day: string,
): Promise<Activity> {
  return db.transaction(async (tx) => {
    const current = await findActivity(tx, actor.workspaceId, id, true);
    if (!current) throw notFound('Activity');
    const before = await withPeople(tx, actor.workspaceId, current);
    const { contactIds, professionalIds, followUpDone, ...fields } = input;
    const changes = stripUndefined(fields);
    const followUpOn = changes.followUpOn === undefined ? before.followUpOn : changes.followUpOn;
    checkActivityDates({
      status: changes.status ?? before.status,
      onDate: changes.onDate ?? before.onDate,
      followUpOn,
      today: day,
    });
    if (followUpDone && followUpOn === null)
      throw invalidField('followUpDone', 'there is no follow-up to be done', {
        code: 'noFollowUp',
      });
    await checkPeople(tx, actor.workspaceId, current.organizationId, {
      contactIds,
      professionalIds,
    });
    // done stays the moment it was first marked done; a follow-up cleared is no longer done
    const followUpDoneAt =
      changes.followUpOn === null || followUpDone === false
        ? null
        : followUpDone && !current.followUpDoneAt
          ? sql`now()`
          : undefined;
    const [row] = await tx
      .update(activities)
      .set({
        ...changes,
        ...(followUpDoneAt === undefined ? {} : { followUpDoneAt }),
        updatedAt: sql`now()`,
      })
      .where(and(eq(activities.workspaceId, actor.workspaceId), eq(activities.id, id)))
      .returning();
    if (!row) throw notFound('Activity');
    await replacePeople(tx, actor.workspaceId, id, { contactIds, professionalIds });
    const activity = await withPeople(tx, actor.workspaceId, row);
    await recordAudit(tx, {
      ...actor,
      entityType: 'activity',
      entityId: id,
      action: 'update',
      before: auditable(before),
      after: auditable(activity),
    });
    return activity;
  });
}

/**
 * Records what a contact person invited answered (accepted, declined,
 * or null to take it back), on the firm's day; audited on the activity.
 */
export async function answerInvitation(
  db: Db,
  actor: Actor,
  key: { activityId: string; contactId: string },
  response: InvitationResponse | null,
  day: string,
): Promise<Activity> {
  return db.transaction(async (tx) => {
    const current = await findActivity(tx, actor.workspaceId, key.activityId, true);
    if (!current) throw notFound('Activity');
    if (!invites(current.type as Activity['type']))
      throw invalidField('response', 'only an invitation is answered', {
        code: 'notAnInvitation',
      });
    const before = await withPeople(tx, actor.workspaceId, current);
    const invited = await setInvitationResponse(tx, actor.workspaceId, key, {
      response,
      respondedOn: response === null ? null : day,
    });
    if (!invited) throw notFound('Invited contact person');
    const activity = await withPeople(tx, actor.workspaceId, current);
    await recordAudit(tx, {
      ...actor,
      entityType: 'activity',
      entityId: key.activityId,
      action: 'update',
      before: { responses: responsesOf(before) },
      after: { responses: responsesOf(activity) },
    });
    return activity;
  });
}

const responsesOf = (activity: Activity) =>
  Object.fromEntries(activity.contacts.map((contact) => [contact.id, contact.response]));

export async function deleteActivity(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await findActivity(tx, actor.workspaceId, id, true);
    if (!current) throw notFound('Activity');
    const before = await withPeople(tx, actor.workspaceId, current);
    await deleteActivityRows(tx, actor.workspaceId, id);
    await recordAudit(tx, {
      ...actor,
      entityType: 'activity',
      entityId: id,
      action: 'delete',
      before: auditable(before),
      after: undefined,
    });
  });
}

/** The balance of the four P's of a client's done activities over a period (method §6). */
export async function fourPsOfOrganization(
  db: Db,
  args: {
    workspaceId: string;
    organizationId: string;
    from?: string | undefined;
    to?: string | undefined;
    /** The firm's day. */
    today: string;
  },
) {
  // by default the last twelve months, today included
  const to = args.to ?? args.today;
  const from = args.from ?? addCalendarDays(sameDayYearEarlier(to), 1);
  if (from > to) throw invalidField('to', 'cannot be before from', { code: 'beforeFrom' });
  if (!(await findOrganization(db, args.workspaceId, args.organizationId)))
    throw notFound('Organisation');
  const rows = await pOfDoneActivities(db, { ...args, from, to });
  const balance = fourPBalance(rows.map((row) => ({ p: row.p as FourP | null })));
  return {
    organizationId: args.organizationId,
    from,
    to,
    ...balance,
    withoutP: rows.length - balance.total,
    advisedOrder: [...fourPs],
  };
}
