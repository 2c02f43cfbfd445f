import { searchKey } from './search-key.ts';

type ContactName = { firstName: string; infix?: string | null; lastName: string };

/** "Jan van der Berg": first name, infix (tussenvoegsel) and last name. */
export function displayName(contact: ContactName): string {
  return [contact.firstName, contact.infix, contact.lastName].filter(Boolean).join(' ');
}

/** "Berg, Jan van der": how Dutch lists show a person, sorted under the last name. */
export function listName(contact: ContactName): string {
  const given = [contact.firstName, contact.infix].filter(Boolean).join(' ');
  return given ? `${contact.lastName}, ${given}` : contact.lastName;
}

/** Sort key: last name without the infix, then first name (Dutch lists sort "van der Berg" under B). */
export function contactSortKey(contact: ContactName): string {
  return `${searchKey(contact.lastName)}\u0001${searchKey(contact.firstName)}\u0001${searchKey(contact.infix)}`;
}

type ContactFound = ContactName & { email?: string | null; phone?: string | null };

/**
 * Search key of a contact: name, e-mail and phone folded like an organisation's, plus the phone's
 * digits alone, so "0612345678" finds "06-12 34 56 78".
 */
export function contactSearchKey(contact: ContactFound): string {
  const digits = contact.phone?.replace(/\D/g, '') ?? '';
  return searchKey(
    contact.firstName,
    contact.infix,
    contact.lastName,
    contact.email,
    contact.phone,
    digits,
  );
}
