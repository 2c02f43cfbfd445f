// Contact persons out as vCard 4.0 and in from the vCards address books export. An import is
// checked card by card (created, skipped as a contact already there, or refused with the reason)
// and a real run writes all its new contacts in one transaction, each audited as created.
import { contactSearchKey, contactSortKey, displayName } from '../../core/contact-name.ts';
import { firmToday } from '../../http/today.ts';
import { DomainError, notFound } from '../../core/errors.ts';
import { dmuRoles, type DmuRole } from '../../core/organization.ts';
import { searchKey } from '../../core/search-key.ts';
import type { VCardContact } from '../../core/vcard/vcard-contact.ts';
import type { VCardReading } from '../../core/vcard/vcard-reader.ts';
import { writeVCard } from '../../core/vcard/vcard-writer.ts';
import type { Db } from '../../db/connection.ts';
import { contacts } from '../../db/schema.ts';
import { recordAudit } from '../../kernel/audit.ts';
import { newId } from '../../kernel/ids.ts';
import { readVCardsOffThread } from '../import/reading.service.ts';
import type { ReadBounds } from '../../kernel/read-bounds.ts';
import { auditable, toContact } from '../contacts/contacts.service.ts';
import { contactCreateSchema, type ContactCreate } from '../contacts/contacts.schema.ts';
import {
  findOrganization,
  findOrganizationForUpdate,
} from '../organizations/organizations.service.ts';
import {
  contactNamesOf,
  currentContactsOf,
  currentContactsOfFirm,
  type ContactWithOrganization,
} from './vcard.repo.ts';
import { fieldProblems, fieldReason } from '../../http/field-problems.ts';
import type { VCardCardOutcome, VCardImportResult } from './vcard.schema.ts';
import type { Actor } from '../../kernel/actor.ts';

/** A vCard file to download: its name and its cards, written as they are read. */
export type VCardExport = { fileName: string; cards: AsyncIterable<string> };

function toVCardContact({ contact, organizationName }: ContactWithOrganization): VCardContact {
  return {
    firstName: contact.firstName,
    infix: contact.infix,
    lastName: contact.lastName,
    organization: organizationName,
    jobTitle: contact.jobTitle,
    role: contact.dmuRole,
    email: contact.email,
    phone: contact.phone,
    birthday: contact.birthday,
    notes: contact.notes,
    uid: contact.id,
    revision: contact.updatedAt.toISOString(),
  };
}

/** A file name that is safe in any header and file system: "Gemeente Zwolle" → "gemeente-zwolle". */
export function vcardFileName(name: string): string {
  const slug = searchKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'contacts'}.vcf`;
}

/** An organisation's current contact persons as vCards. */
export async function exportOrganizationContacts(
  db: Db,
  workspaceId: string,
  organizationId: string,
): Promise<VCardExport> {
  const organization = await findOrganization(db, workspaceId, organizationId);
  if (!organization) throw notFound('Organisation');
  const today = await firmToday(db, workspaceId);
  const rows = await currentContactsOf(db, { workspaceId, organizationId, today });
  async function* cards() {
    for (const row of rows) yield writeVCard(toVCardContact(row));
  }
  return { fileName: vcardFileName(organization.name), cards: cards() };
}

/** Every current contact person of the firm's organisations that are not archived. */
export function exportFirmContacts(db: Db, workspaceId: string): VCardExport {
  async function* cards() {
    const today = await firmToday(db, workspaceId);
    for await (const batch of currentContactsOfFirm(db, { workspaceId, today }))
      yield batch.map((row) => writeVCard(toVCardContact(row))).join('');
  }
  return { fileName: 'contacts.vcf', cards: cards() };
}

const asDmuRole = (role: string | null): DmuRole | null =>
  dmuRoles.find((known) => known === role?.trim().toLowerCase()) ?? null;

/** A card as the contacts form would take it. */
function toContactInput(card: VCardContact): Record<string, unknown> {
  return {
    firstName: card.firstName ?? '',
    infix: card.infix,
    lastName: card.lastName ?? '',
    jobTitle: card.jobTitle,
    dmuRole: asDmuRole(card.role),
    email: card.email,
    phone: card.phone,
    birthday: card.birthday,
    notes: card.notes,
  };
}

type Known = { id: string | null; displayName: string };

/** The contacts already there, by email and by full name, to skip the cards that repeat them. */
class KnownContacts {
  private readonly byEmail = new Map<string, Known>();
  private readonly byName = new Map<string, Known>();

  add(contact: { id: string | null; email: string | null } & Parameters<typeof displayName>[0]) {
    const known = { id: contact.id, displayName: displayName(contact) };
    if (contact.email) this.byEmail.set(contact.email.toLowerCase(), known);
    this.byName.set(searchKey(known.displayName), known);
  }

  /** The same email, or the same full name when the card has no email. */
  find(contact: ContactCreate): (Known & { match: 'email' | 'name' }) | null {
    if (contact.email) {
      const known = this.byEmail.get(contact.email.toLowerCase());
      return known ? { ...known, match: 'email' } : null;
    }
    const known = this.byName.get(searchKey(displayName(contact)));
    return known ? { ...known, match: 'name' } : null;
  }
}

const noOutcome = { displayName: null, email: null, duplicateOf: null, contactId: null };

/** The cards of a vCard file, read on a reading thread; refused when it holds none at all. */
export async function readVCardFile(text: string, bounds: ReadBounds): Promise<VCardReading[]> {
  const readings = await readVCardsOffThread(text, bounds);
  if (readings.length === 0)
    throw new DomainError('invalid_input', 'The file holds no vCard (BEGIN:VCARD … END:VCARD)', [
      { field: 'file', message: 'holds no vCard (BEGIN:VCARD … END:VCARD)' },
    ]);
  return readings;
}

/**
 * Imports the cards of a vCard file as contact persons of one organisation. A dry run says what
 * would happen and writes nothing; a real run writes every new contact or, on failure, none.
 */
export async function importVCards(
  db: Db,
  actor: Actor,
  input: { organizationId: string; text: string; dryRun: boolean; bounds: ReadBounds },
): Promise<VCardImportResult> {
  const readings = await readVCardFile(input.text, input.bounds);
  return db.transaction(async (tx) => {
    // the lock keeps two imports into one organisation from both creating the same person
    const organization = await findOrganizationForUpdate(
      tx,
      actor.workspaceId,
      input.organizationId,
    );
    if (!organization) throw notFound('Organisation');
    const known = new KnownContacts();
    for (const existing of await contactNamesOf(tx, actor.workspaceId, input.organizationId))
      known.add(existing);

    const cards: VCardCardOutcome[] = [];
    for (const reading of readings) {
      const { index, label } = reading;
      if (reading.kind === 'unusable') {
        const problems =
          reading.reason === 'noName'
            ? [{ field: 'name', message: 'the card has no name', reason: fieldReason('required') }]
            : [
                {
                  field: 'version',
                  message: `vCard ${reading.version ?? ''} does not exist; 2.1, 3.0 and 4.0 do`,
                  reason: fieldReason('oneOf'),
                },
              ];
        cards.push({
          index,
          label,
          outcome: 'refused',
          reason: reading.reason,
          problems,
          ...noOutcome,
        });
        continue;
      }
      const parsed = contactCreateSchema.safeParse(toContactInput(reading.contact));
      if (!parsed.success || reading.problems.length > 0) {
        // a value on the card that cannot be read refuses the card, as a wrong field of a form does
        const unread = reading.problems.map((problem) => ({
          field: problem.field,
          message: `"${problem.value}" is not a date that exists`,
          reason: fieldReason(problem.reason),
        }));
        const problems = [
          ...unread,
          ...(parsed.success ? [] : fieldProblems(parsed.error.issues, 'card')),
        ];
        cards.push({
          index,
          label,
          outcome: 'refused',
          reason: 'invalidFields',
          problems,
          ...noOutcome,
        });
        continue;
      }
      const contact = parsed.data;
      const shown = { displayName: displayName(contact), email: contact.email ?? null };
      const duplicate = known.find(contact);
      if (duplicate) {
        cards.push({
          index,
          label,
          outcome: 'skipped',
          ...shown,
          duplicateOf: duplicate,
          reason: null,
          problems: [],
          contactId: null,
        });
        continue;
      }
      let contactId: string | null = null;
      if (!input.dryRun) {
        const [row] = await tx
          .insert(contacts)
          .values({
            ...contact,
            workspaceId: actor.workspaceId,
            id: newId(),
            organizationId: input.organizationId,
            sortKey: contactSortKey(contact),
            searchKey: contactSearchKey(contact),
          })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        contactId = row.id;
        await recordAudit(tx, {
          ...actor,
          entityType: 'contact',
          entityId: row.id,
          action: 'create',
          before: undefined,
          // the audit keeps no active flag: any day will do
          after: auditable(toContact(row, row.activeFrom ?? '')),
        });
      }
      known.add({ ...contact, id: contactId, email: contact.email ?? null });
      cards.push({
        index,
        label,
        outcome: 'created',
        ...shown,
        duplicateOf: null,
        reason: null,
        problems: [],
        contactId,
      });
    }
    const count = (outcome: VCardCardOutcome['outcome']) =>
      cards.filter((card) => card.outcome === outcome).length;
    return {
      dryRun: input.dryRun,
      created: count('created'),
      skipped: count('skipped'),
      refused: count('refused'),
      cards,
    };
  });
}
