// Contact persons: a contact who leaves is ended (active to a date), never overwritten or deleted.
import { and, asc, eq, isNull, like, or, gt, sql } from 'drizzle-orm';
import { firmToday } from '../../http/today.ts';
import {
  contactSearchKey,
  contactSortKey,
  displayName,
  listName,
} from '../../core/contact-name.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { stripUndefined } from '../../core/objects.ts';
import type { Db } from '../../db/connection.ts';
import { likePattern } from '../../core/search-key.ts';
import { contacts, organizations } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { findOrganization } from '../organizations/organizations.service.ts';
import type { Contact, ContactCreate, ContactHit, ContactUpdate } from './contacts.schema.ts';
import type { Actor } from '../../kernel/actor.ts';

type ContactRow = typeof contacts.$inferSelect;

/** The contact as the API answers it; `on` is the firm's day, which says whether it is active. */
export function toContact(row: ContactRow, on: string): Contact {
  return {
    id: row.id,
    organizationId: row.organizationId,
    firstName: row.firstName,
    infix: row.infix,
    lastName: row.lastName,
    displayName: displayName(row),
    listName: listName(row),
    jobTitle: row.jobTitle,
    dmuRole: row.dmuRole as Contact['dmuRole'],
    email: row.email,
    phone: row.phone,
    birthday: row.birthday,
    activeFrom: row.activeFrom,
    activeTo: row.activeTo,
    active: row.activeTo === null || row.activeTo > on,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields of a contact the audit log keeps. */
export function auditable(contact: Contact): Record<string, unknown> {
  const {
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    displayName: _d,
    listName: _l,
    active: _a,
    ...fields
  } = contact;
  return fields;
}

export async function listContacts(
  db: Db,
  workspaceId: string,
  organizationId: string,
  include: 'active' | 'all',
) {
  if (!(await findOrganization(db, workspaceId, organizationId))) throw notFound('Organisation');
  const day = await firmToday(db, workspaceId);
  const rows = await db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.workspaceId, workspaceId),
        eq(contacts.organizationId, organizationId),
        include === 'active'
          ? or(isNull(contacts.activeTo), gt(contacts.activeTo, day))
          : undefined,
      ),
    )
    .orderBy(asc(contacts.sortKey), asc(contacts.id));
  return rows.map((row) => toContact(row, day));
}

/**
 * Contact persons whose name, e-mail or phone holds every word (the organisation search's rule),
 * of organisations that are not archived, active ones first, each with its organisation's name.
 */
export async function searchContacts(
  db: Db,
  workspaceId: string,
  q: string,
  limit: number,
): Promise<ContactHit[]> {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  const day = await firmToday(db, workspaceId);
  const rows = await db
    .select({ contact: contacts, organizationName: organizations.name })
    .from(contacts)
    .innerJoin(
      organizations,
      and(
        eq(organizations.workspaceId, contacts.workspaceId),
        eq(organizations.id, contacts.organizationId),
      ),
    )
    .where(
      and(
        eq(contacts.workspaceId, workspaceId),
        isNull(organizations.archivedAt),
        ...words.map((word) => like(contacts.searchKey, likePattern(word))),
      ),
    )
    .orderBy(
      sql`(${contacts.activeTo} is not null and ${contacts.activeTo} <= ${day})`,
      asc(contacts.sortKey),
      asc(contacts.id),
    )
    .limit(limit);
  return rows.map((row) => ({
    ...toContact(row.contact, day),
    organizationName: row.organizationName,
  }));
}

async function findContact(db: Pick<Db, 'select'>, workspaceId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function getContact(db: Db, workspaceId: string, id: string): Promise<Contact> {
  const row = await findContact(db, workspaceId, id);
  if (!row) throw notFound('Contact person');
  return toContact(row, await firmToday(db, workspaceId));
}

export async function createContact(
  db: Db,
  actor: Actor,
  organizationId: string,
  input: ContactCreate,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const organization = await findOrganization(tx, actor.workspaceId, organizationId);
    if (!organization) throw notFound('Organisation');
    const [row] = await tx
      .insert(contacts)
      .values({
        ...input,
        workspaceId: actor.workspaceId,
        id: newId(),
        organizationId,
        sortKey: contactSortKey(input),
        searchKey: contactSearchKey(input),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const contact = toContact(row, await firmToday(tx, actor.workspaceId));
    await recordAudit(tx, {
      ...actor,
      entityType: 'contact',
      entityId: row.id,
      action: 'create',
      before: undefined,
      after: auditable(contact),
    });
    return contact;
  });
}

export async function updateContact(
  db: Db,
  actor: Actor,
  id: string,
  input: ContactUpdate,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const current = await findContact(tx, actor.workspaceId, id, true);
    if (!current) throw notFound('Contact person');
    const changes = stripUndefined(input);
    const merged = { ...current, ...changes };
    const [row] = await tx
      .update(contacts)
      .set({
        ...changes,
        sortKey: contactSortKey(merged),
        searchKey: contactSearchKey(merged),
        updatedAt: sql`now()`,
      })
      .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, id)))
      .returning();
    if (!row) throw notFound('Contact person');
    const day = await firmToday(tx, actor.workspaceId);
    const contact = toContact(row, day);
    await recordAudit(tx, {
      ...actor,
      entityType: 'contact',
      entityId: id,
      action: 'update',
      before: auditable(toContact(current, day)),
      after: auditable(contact),
    });
    return contact;
  });
}

/** The contact leaves (or left) the organisation on a date; the record stays as history. */
export async function endContact(
  db: Db,
  actor: Actor,
  id: string,
  input: { activeTo: string; reason?: string | null | undefined },
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const current = await findContact(tx, actor.workspaceId, id, true);
    if (!current) throw notFound('Contact person');
    if (current.activeFrom && input.activeTo < current.activeFrom)
      throw invalidField('activeTo', 'cannot be before the date the contact started');
    const [row] = await tx
      .update(contacts)
      .set({ activeTo: input.activeTo, updatedAt: sql`now()` })
      .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, id)))
      .returning();
    if (!row) throw notFound('Contact person');
    await recordAudit(tx, {
      ...actor,
      entityType: 'contact',
      entityId: id,
      action: 'end',
      before: { activeTo: current.activeTo },
      after: { activeTo: row.activeTo, ...(input.reason ? { reason: input.reason } : {}) },
    });
    return toContact(row, await firmToday(tx, actor.workspaceId));
  });
}
