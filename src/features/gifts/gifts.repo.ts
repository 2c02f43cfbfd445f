// Typed queries for the gift register, with the organisation's and contact's names; all scoped by
// workspace.
import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { displayName } from '../../core/contact-name.ts';
import type { Db } from '../../db/connection.ts';
import { contacts, gifts, organizations } from '../../db/schema.ts';

type Reader = Pick<Db, 'select'>;
const t = gifts;

export type GiftRow = typeof gifts.$inferSelect;
export type NamedGift = { row: GiftRow; organizationName: string; contactName: string };

async function namedGifts(db: Reader, where: SQL | undefined, lock = false) {
  const query = db
    .select({
      row: t,
      organizationName: organizations.name,
      firstName: contacts.firstName,
      infix: contacts.infix,
      lastName: contacts.lastName,
    })
    .from(t)
    .innerJoin(
      organizations,
      and(eq(organizations.workspaceId, t.workspaceId), eq(organizations.id, t.organizationId)),
    )
    .innerJoin(contacts, and(eq(contacts.workspaceId, t.workspaceId), eq(contacts.id, t.contactId)))
    .where(where)
    .orderBy(desc(t.onDate), desc(t.createdAt), asc(t.id));
  const rows = lock ? await query.for('update', { of: t }) : await query;
  return rows.map((r): NamedGift => ({
    row: r.row,
    organizationName: r.organizationName,
    contactName: displayName(r),
  }));
}

export async function findGift(db: Reader, workspaceId: string, id: string, lock = false) {
  const [gift] = await namedGifts(db, and(eq(t.workspaceId, workspaceId), eq(t.id, id)), lock);
  return gift;
}

/** An organisation's gifts, newest first. */
export function giftsOfOrganization(db: Reader, workspaceId: string, organizationId: string) {
  return namedGifts(db, and(eq(t.workspaceId, workspaceId), eq(t.organizationId, organizationId)));
}

/** The firm's register over a period, newest first. */
export function giftsBetween(db: Reader, args: { workspaceId: string; from: string; to: string }) {
  return namedGifts(
    db,
    and(eq(t.workspaceId, args.workspaceId), gte(t.onDate, args.from), lte(t.onDate, args.to)),
  );
}

/** Every gift to the contacts, whenever: what a gift's repeats are checked against. */
export async function giftsToContacts(db: Reader, workspaceId: string, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({
      id: t.id,
      contactId: t.contactId,
      date: t.onDate,
      occasion: t.occasion,
      valueCents: t.valueCents,
    })
    .from(t)
    .where(and(eq(t.workspaceId, workspaceId), inArray(t.contactId, [...new Set(contactIds)])));
}

export async function findContact(db: Reader, workspaceId: string, id: string) {
  const [row] = await db
    .select({ id: contacts.id, organizationId: contacts.organizationId })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)));
  return row;
}
