// Typed queries for relationship activities and the people they involved; all scoped by workspace.
import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lte,
  notInArray,
  sql,
  type SQL,
} from 'drizzle-orm';
import { displayName } from '../../core/contact-name.ts';
import type { InvitationResponse } from '../../core/servicing/invitations.ts';
import type { Db } from '../../db/connection.ts';
import {
  activities,
  activityContacts,
  activityProfessionals,
  contacts,
  users,
} from '../../db/schema.ts';
import type { ActivityFilter } from './activities.schema.ts';

export type ActivityRow = typeof activities.$inferSelect;
type Reader = Pick<Db, 'select'>;
export type People = {
  contacts: { id: string; displayName: string; response: InvitationResponse | null }[];
  professionals: { id: string; name: string }[];
};

const t = activities;

export async function findActivity(db: Reader, workspaceId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), eq(t.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The contact persons and professionals of each activity, by name. */
export async function peopleOf(
  db: Reader,
  workspaceId: string,
  activityIds: string[],
): Promise<Map<string, People>> {
  const people = new Map<string, People>(
    activityIds.map((id) => [id, { contacts: [], professionals: [] }]),
  );
  if (activityIds.length === 0) return people;
  const [contactRows, professionalRows] = await Promise.all([
    db
      .select({
        activityId: activityContacts.activityId,
        id: contacts.id,
        firstName: contacts.firstName,
        infix: contacts.infix,
        lastName: contacts.lastName,
        response: activityContacts.response,
      })
      .from(activityContacts)
      .innerJoin(
        contacts,
        and(
          eq(contacts.workspaceId, activityContacts.workspaceId),
          eq(contacts.id, activityContacts.contactId),
        ),
      )
      .where(
        and(
          eq(activityContacts.workspaceId, workspaceId),
          inArray(activityContacts.activityId, activityIds),
        ),
      )
      .orderBy(asc(contacts.sortKey), asc(contacts.id)),
    db
      .select({ activityId: activityProfessionals.activityId, id: users.id, name: users.name })
      .from(activityProfessionals)
      .innerJoin(
        users,
        and(
          eq(users.workspaceId, activityProfessionals.workspaceId),
          eq(users.id, activityProfessionals.userId),
        ),
      )
      .where(
        and(
          eq(activityProfessionals.workspaceId, workspaceId),
          inArray(activityProfessionals.activityId, activityIds),
        ),
      )
      .orderBy(asc(users.name), asc(users.id)),
  ]);
  for (const row of contactRows)
    people.get(row.activityId)?.contacts.push({
      id: row.id,
      displayName: displayName(row),
      response: row.response as InvitationResponse | null,
    });
  for (const row of professionalRows)
    people.get(row.activityId)?.professionals.push({ id: row.id, name: row.name });
  return people;
}

/** Which of the ids are contact persons of the organisation. */
export async function contactsOfOrganization(
  db: Reader,
  workspaceId: string,
  organizationId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.workspaceId, workspaceId),
        eq(contacts.organizationId, organizationId),
        inArray(contacts.id, ids),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/**
 * Replaces the contact persons and professionals an activity involved (when given); a contact
 * person who stays keeps the answer to an invitation.
 */
export async function replacePeople(
  tx: Pick<Db, 'insert' | 'delete'>,
  workspaceId: string,
  activityId: string,
  people: { contactIds?: string[] | undefined; professionalIds?: string[] | undefined },
) {
  if (people.contactIds) {
    await tx
      .delete(activityContacts)
      .where(
        and(
          eq(activityContacts.workspaceId, workspaceId),
          eq(activityContacts.activityId, activityId),
          ...(people.contactIds.length > 0
            ? [notInArray(activityContacts.contactId, people.contactIds)]
            : []),
        ),
      );
    if (people.contactIds.length > 0)
      await tx
        .insert(activityContacts)
        .values(people.contactIds.map((contactId) => ({ workspaceId, activityId, contactId })))
        .onConflictDoNothing();
  }
  if (people.professionalIds) {
    await tx
      .delete(activityProfessionals)
      .where(
        and(
          eq(activityProfessionals.workspaceId, workspaceId),
          eq(activityProfessionals.activityId, activityId),
        ),
      );
    if (people.professionalIds.length > 0)
      await tx
        .insert(activityProfessionals)
        .values(people.professionalIds.map((userId) => ({ workspaceId, activityId, userId })));
  }
}

/** Records what an invited contact person answered; false when not invited to the activity. */
export async function setInvitationResponse(
  tx: Pick<Db, 'update'>,
  workspaceId: string,
  key: { activityId: string; contactId: string },
  answer: { response: InvitationResponse | null; respondedOn: string | null },
): Promise<boolean> {
  const rows = await tx
    .update(activityContacts)
    .set(answer)
    .where(
      and(
        eq(activityContacts.workspaceId, workspaceId),
        eq(activityContacts.activityId, key.activityId),
        eq(activityContacts.contactId, key.contactId),
      ),
    )
    .returning({ contactId: activityContacts.contactId });
  return rows.length > 0;
}

export async function deleteActivityRows(
  tx: Pick<Db, 'delete'>,
  workspaceId: string,
  activityId: string,
) {
  await tx
    .delete(activityContacts)
    .where(
      and(
        eq(activityContacts.workspaceId, workspaceId),
        eq(activityContacts.activityId, activityId),
      ),
    );
  await tx
    .delete(activityProfessionals)
    .where(
      and(
        eq(activityProfessionals.workspaceId, workspaceId),
        eq(activityProfessionals.activityId, activityId),
      ),
    );
  await tx.delete(t).where(and(eq(t.workspaceId, workspaceId), eq(t.id, activityId)));
}

function filterConditions(
  workspaceId: string,
  organizationId: string,
  filter: ActivityFilter,
): SQL | undefined {
  return and(
    eq(t.workspaceId, workspaceId),
    eq(t.organizationId, organizationId),
    filter.status ? eq(t.status, filter.status) : undefined,
    filter.p === 'none' ? isNull(t.p) : filter.p ? eq(t.p, filter.p) : undefined,
  );
}

/** Newest first: by date, then the one entered last; the id breaks ties so paging is stable. */
const sortKeys = [
  sql`${t.onDate}::text`,
  sql`to_char(${t.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  sql`${t.id}`,
];

export async function listActivities(
  db: Db,
  args: {
    workspaceId: string;
    organizationId: string;
    filter: ActivityFilter;
    limit: number;
    after?: string[] | undefined;
  },
): Promise<{ row: ActivityRow; sortValues: string[] }[]> {
  const after =
    args.after && args.after.length === sortKeys.length
      ? sql`(${sql.join(sortKeys, sql`, `)}) < (${sql.join(
          args.after.map((value, index) =>
            index === sortKeys.length - 1 ? sql`${value}::uuid` : sql`${value}`,
          ),
          sql`, `,
        )})`
      : undefined;
  return db
    .select({
      row: t,
      sortValues: sql<string[]>`array[${sql.join(
        sortKeys.map((key) => sql`(${key})::text`),
        sql`, `,
      )}]`,
    })
    .from(t)
    .where(and(filterConditions(args.workspaceId, args.organizationId, args.filter), after))
    .orderBy(...sortKeys.map((key) => desc(key)))
    .limit(args.limit);
}

export async function countActivities(
  db: Db,
  workspaceId: string,
  organizationId: string,
  filter: ActivityFilter,
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(t)
    .where(filterConditions(workspaceId, organizationId, filter));
  return row?.count ?? 0;
}

/** The P of each activity done for the organisation within the period (both ends included). */
export async function pOfDoneActivities(
  db: Db,
  args: { workspaceId: string; organizationId: string; from: string; to: string },
): Promise<{ p: string | null }[]> {
  return db
    .select({ p: t.p })
    .from(t)
    .where(
      and(
        eq(t.workspaceId, args.workspaceId),
        eq(t.organizationId, args.organizationId),
        eq(t.status, 'done'),
        gte(t.onDate, args.from),
        lte(t.onDate, args.to),
      ),
    );
}
