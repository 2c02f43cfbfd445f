// Writes contact persons as vCard 4.0 (RFC 6350): CRLF line ends, lines folded at 75 octets
// without cutting a UTF-8 character in two, and text values escaped.
import { displayName } from '../contact-name.ts';
import { fullFamilyName } from './dutch-family-name.ts';
import type { VCardContact } from './vcard-contact.ts';

const crlf = '\r\n';
const maxOctets = 75;

/** A text value with backslash, comma and line breaks escaped (RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A component of a structured value (N, ORG), where a semicolon separates components and so is
 * escaped too; in a plain text value "\;" is no escape RFC 6350 knows, and readers keep it.
 */
export function escapeComponent(value: string): string {
  return escapeText(value).replace(/;/g, '\\;');
}

/**
 * One content line folded into lines of at most 75 octets (RFC 6350 §3.2); a continuation line
 * starts with a space, and a character is never split between two lines.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character);
    if (octets + size > maxOctets) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(crlf);
}

function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

// a parameter value is quoted when it holds a separator; a double quote cannot be written at all
const parameter = (value: string) => {
  const clean = value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
};

/** "2024-11-05T14:30:00.000Z" → "20241105T143000Z", the timestamp form of REV. */
function revisionStamp(iso: string): string {
  return iso.replace(/\.\d+/, '').replace(/[-:]/g, '');
}

/** One contact person as a vCard 4.0, ending in CRLF. */
export function writeVCard(contact: VCardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  const add = (name: string, value: string | null) => {
    if (value) lines.push(`${name}:${escapeText(value)}`);
  };
  if (contact.uid) lines.push(`UID:urn:uuid:${contact.uid}`);
  const lastName = contact.lastName ?? '';
  const firstName = contact.firstName ?? '';
  lines.push(`FN:${escapeText(displayName({ firstName, infix: contact.infix, lastName }) || '-')}`);
  // The infix is part of the family name in N ("van der Berg"), as Dutch address books and
  // Outlook, Google and Apple keep it, so every reader puts the full name together right. It is
  // no honorific prefix (that is "Dr.") and no additional name (a middle name). SORT-AS gives
  // readers that honour it the Dutch order: under "Berg", not under "van".
  const family = fullFamilyName({ infix: contact.infix, lastName });
  const sortAs = contact.infix ? `;SORT-AS=${parameter(`${lastName},${firstName}`)}` : '';
  lines.push(`N${sortAs}:${escapeComponent(family)};${escapeComponent(firstName)};;;`);
  if (contact.organization) lines.push(`ORG:${escapeComponent(contact.organization)}`);
  add('TITLE', contact.jobTitle);
  add('ROLE', contact.role);
  if (contact.email) lines.push(`EMAIL;TYPE=work:${escapeText(contact.email)}`);
  if (contact.phone) lines.push(`TEL;TYPE=work,voice:${escapeText(contact.phone)}`);
  if (contact.birthday) lines.push(`BDAY:${contact.birthday.replace(/-/g, '')}`);
  add('NOTE', contact.notes);
  if (contact.revision) lines.push(`REV:${revisionStamp(contact.revision)}`);
  lines.push('END:VCARD');
  return lines.map((line) => foldLine(line) + crlf).join('');
}
