// The queries of the vCard export and import: current contacts with their organisation's name,
// read in batches so a firm of tens of thousands of contacts never sits in memory at once.
import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { contacts, organizations } from '../../db/schema.ts';

export type ContactWithOrganization = {
  contact: typeof contacts.$inferSelect;
  organizationName: string;
};

const batchSize = 500;

const current = (today: string) => or(isNull(contacts.activeTo), gt(contacts.activeTo, today));

const withOrganization = (db: Db) =>
  db
    .select({ contact: contacts, organizationName: organizations.name })
    .from(contacts)
    .innerJoin(
      organizations,
      and(
        eq(organizations.workspaceId, contacts.workspaceId),
        eq(organizations.id, contacts.organizationId),
      ),
    );

/** An organisation's current contacts, sorted as the contacts list shows them. */
export async function currentContactsOf(
  db: Db,
  query: { workspaceId: string; organizationId: string; today: string },
): Promise<ContactWithOrganization[]> {
  return withOrganization(db)
    .where(
      and(
        eq(contacts.workspaceId, query.workspaceId),
        eq(contacts.organizationId, query.organizationId),
        current(query.today),
      ),
    )
    .orderBy(asc(contacts.sortKey), asc(contacts.id));
}

/**
 * The current contacts of every organisation that is not archived, batch by batch along the
 * primary key, so each batch is one short index range however large the firm.
 */
export async function* currentContactsOfFirm(
  db: Db,
  query: { workspaceId: string; today: string },
): AsyncGenerator<ContactWithOrganization[]> {
  let after: string | null = null;
  for (;;) {
    const batch: ContactWithOrganization[] = await withOrganization(db)
      .where(
        and(
          eq(contacts.workspaceId, query.workspaceId),
          after ? gt(contacts.id, after) : undefined,
          isNull(organizations.archivedAt),
          current(query.today),
        ),
      )
      .orderBy(asc(contacts.id))
      .limit(batchSize);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.contact.id;
  }
}

/** Every contact of an organisation, also those who left, to find the ones a file repeats. */
export async function contactNamesOf(
  db: Pick<Db, 'select'>,
  workspaceId: string,
  organizationId: string,
) {
  return db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      infix: contacts.infix,
      lastName: contacts.lastName,
      email: contacts.email,
    })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.organizationId, organizationId)));
}
