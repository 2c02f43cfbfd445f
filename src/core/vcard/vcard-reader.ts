// Reads vCard files as address books export them: vCard 4.0 and 3.0 (Google, Apple) and 2.1
// (Outlook, with quoted-printable values and CHARSET). Folded lines, several cards in a file,
// grouped properties ("item1.EMAIL"), TYPE parameters, a byte order mark and LF or CRLF.
import { splitFamilyName, startsWithInfix } from './dutch-family-name.ts';
import type { VCardContact } from './vcard-contact.ts';

/** A value on a card that was there but could not be read: said, never dropped in silence. */
export type VCardProblem = { field: 'birthday'; reason: 'realDate'; value: string };

/** What one card in a file gave: a contact (with what could not be read), or why it is unusable. */
export type VCardReading =
  | {
      kind: 'contact';
      index: number;
      label: string;
      contact: VCardContact;
      problems: VCardProblem[];
    }
  | {
      kind: 'unusable';
      index: number;
      label: string | null;
      reason: 'noName' | 'unknownVersion';
      /** For unknownVersion: the version the card says it is. */
      version?: string;
    };

/** The versions of vCard there are (RFC 2426, RFC 6350 and vCard 2.1); a card may omit it. */
export const vcardVersions = ['2.1', '3.0', '4.0'] as const;

type Property = { name: string; params: Map<string, string[]>; value: string };

/** Every card in a vCard file, in file order; index counts cards from 1. */
export function readVCards(text: string): VCardReading[] {
  const readings: VCardReading[] = [];
  let card: Property[] | null = null;
  let depth = 0;
  for (const line of contentLines(text)) {
    const property = parseLine(line);
    if (!property) continue;
    if (property.name === 'BEGIN' && property.value.trim().toUpperCase() === 'VCARD') {
      // a card inside a card (2.1's AGENT) is part of the outer one and left alone
      depth++;
      if (depth === 1) card = [];
      continue;
    }
    if (property.name === 'END' && property.value.trim().toUpperCase() === 'VCARD') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && card) {
        readings.push(toReading(card, readings.length + 1));
        card = null;
      }
      continue;
    }
    if (depth === 1 && card) card.push(property);
  }
  return readings;
}

/** Physical lines joined into content lines: folding, and quoted-printable soft line breaks. */
function contentLines(text: string): string[] {
  const lines: string[] = [];
  for (const physical of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && last >= 0) {
      lines[last] += physical.slice(1);
    } else if (last >= 0 && isQuotedPrintable(lines[last]!) && lines[last]!.endsWith('=')) {
      lines[last] = lines[last]!.slice(0, -1) + physical;
    } else if (physical.trim() !== '') {
      lines.push(physical);
    }
  }
  return lines;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /QUOTED-PRINTABLE/i.test(line.slice(0, colon));
}

const encodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** "item1.EMAIL;TYPE=work,pref;PREF=1:value" → its name (without the group), params and value. */
function parseLine(line: string): Property | null {
  const head = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)/.exec(line);
  if (!head) return null;
  const params = new Map<string, string[]>();
  // added to in place: a line of thousands of parameters must not copy them all each time
  const addParam = (name: string, values: string[]) => {
    const known = params.get(name);
    if (known) for (const value of values) known.push(value);
    else params.set(name, values);
  };
  let i = head[0].length;
  while (line[i] === ';') {
    i++;
    const nameStart = i;
    while (i < line.length && !'=;:'.includes(line[i]!)) i++;
    const name = line.slice(nameStart, i).trim().toUpperCase();
    if (line[i] !== '=') {
      // vCard 2.1 writes parameters bare: "TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE"
      if (name) addParam(encodings.has(name) ? 'ENCODING' : 'TYPE', [name]);
      continue;
    }
    i++;
    const values: string[] = [];
    for (;;) {
      let value = '';
      if (line[i] === '"') {
        const end = line.indexOf('"', i + 1);
        value = line.slice(i + 1, end < 0 ? line.length : end);
        i = end < 0 ? line.length : end + 1;
      } else {
        const start = i;
        while (i < line.length && !',;:'.includes(line[i]!)) i++;
        value = line.slice(start, i);
      }
      values.push(value);
      if (line[i] !== ',') break;
      i++;
    }
    addParam(name, name === 'TYPE' ? values.map((value) => value.toUpperCase()) : values);
  }
  if (line[i] !== ':') return null;
  const property = { name: head[1]!.toUpperCase(), params, value: line.slice(i + 1) };
  return { ...property, value: decodeValue(property) };
}

/** A quoted-printable value decoded in its CHARSET (UTF-8 unless it says otherwise). */
function decodeValue(property: Property): string {
  const encoding = property.params.get('ENCODING')?.[0]?.toUpperCase();
  if (encoding !== 'QUOTED-PRINTABLE') return property.value;
  const bytes: number[] = [];
  const text = property.value;
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(text[i]!));
    }
  }
  const charset = property.params.get('CHARSET')?.[0] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/** A structured value's components (split on unescaped ";"), each unescaped. */
function components(value: string): string[] {
  const parts = [''];
  for (let i = 0; i < value.length; i++) {
    const character = value[i]!;
    const last = parts.length - 1;
    if (character === '\\' && i + 1 < value.length) {
      const next = value[++i]!;
      parts[last] += next === 'n' || next === 'N' ? '\n' : next;
    } else if (character === ';') parts.push('');
    // a comma inside a component separates several values (two given names): a space between
    else if (character === ',') parts[last] += ' ';
    else parts[last] += character;
  }
  return parts;
}

/** "\n" → line break, "\," → ",", "\;" → ";", "\\" → "\". */
function unescapeText(value: string): string {
  return value.replace(/\\([\s\S])/g, (_, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}

const text = (value: string) => clean(unescapeText(value));
const clean = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The preferred one of several: PREF=1 first (4.0), then TYPE=pref (3.0, 2.1), else the first. */
function preferred(properties: Property[]): Property | undefined {
  const rank = (property: Property) => {
    const pref = Number(property.params.get('PREF')?.[0]);
    if (Number.isInteger(pref) && pref > 0) return pref;
    return property.params.get('TYPE')?.includes('PREF') ? 100 : 101;
  };
  return [...properties].sort((a, b) => rank(a) - rank(b))[0];
}

/** A birthday as yyyy-mm-dd; none when the year is left out or the date does not exist. */
export function readBirthday(value: string, params?: Map<string, string[]>): string | null {
  const read = birthdayOf(value, params);
  return read.kind === 'date' ? read.date : null;
}

/**
 * A birthday as the card gives it: a date; one without its year (vCard 4.0's "--MMDD", Apple's
 * X-APPLE-OMIT-YEAR), which is a real answer the firm cannot store as a date; or a value that is
 * no date at all, which the import reports.
 */
function birthdayOf(
  value: string,
  params?: Map<string, string[]>,
): { kind: 'date'; date: string } | { kind: 'yearless' } | { kind: 'invalid' } {
  if (params?.has('X-APPLE-OMIT-YEAR') || /^--\d{2}-?\d{2}$/.test(value.trim()))
    return { kind: 'yearless' };
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(value.trim());
  if (!match) return { kind: 'invalid' };
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month}-${day}`;
  return date.toISOString().slice(0, 10) === iso
    ? { kind: 'date', date: iso }
    : { kind: 'invalid' };
}

/** "20241105T143000Z" (or its extended form) as an ISO timestamp; other forms as written. */
function readRevision(value: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?Z$/.exec(
    value.trim(),
  );
  if (!match) return clean(value);
  const [, year, month, day, hour, minute, second] = match;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}Z`;
}

/** First name, infix and last name from N, else from the formatted name FN. */
function names(n: string[] | null, formatted: string | null) {
  const family = clean(n?.[0]);
  const given = clean([n?.[1], n?.[2]].filter(Boolean).join(' '));
  if (family || given) {
    const { infix, lastName } = family ? splitFamilyName(family) : { infix: null, lastName: '' };
    let firstName = given;
    // Google and Outlook sometimes leave the given name out of N but not out of FN
    if (!firstName && family && formatted && formatted !== family && formatted.endsWith(family))
      firstName = clean(formatted.slice(0, -family.length));
    return { firstName, infix, lastName: clean(lastName) };
  }
  if (!formatted) return { firstName: null, infix: null, lastName: null };
  const words = formatted.split(/\s+/);
  if (words.length === 1) return { firstName: null, infix: null, lastName: formatted };
  let split = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (startsWithInfix(words.slice(i))) {
      split = i;
      break;
    }
  }
  const { infix, lastName } = splitFamilyName(words.slice(split).join(' '));
  return { firstName: words.slice(0, split).join(' '), infix, lastName };
}

function toReading(properties: Property[], index: number): VCardReading {
  const all = (name: string) => properties.filter((property) => property.name === name);
  const first = (name: string) => all(name)[0];
  const formatted = first('FN') ? text(first('FN')!.value) : null;
  const n = first('N') ? components(first('N')!.value) : null;
  const email = preferred(all('EMAIL').filter((p) => clean(p.value)));
  const phone = preferred(all('TEL').filter((p) => clean(p.value)));
  const version = first('VERSION')?.value.trim();
  const birthday = first('BDAY');
  const uid = first('UID');
  const revision = first('REV');
  const contact: VCardContact = {
    ...names(n, formatted),
    organization: first('ORG') ? clean(components(first('ORG')!.value)[0]) : null,
    jobTitle: first('TITLE') ? text(first('TITLE')!.value) : null,
    role: first('ROLE') ? text(first('ROLE')!.value) : null,
    email: email ? text(email.value.replace(/^mailto:/i, '')) : null,
    phone: phone ? text(phone.value.replace(/^tel:/i, '')) : null,
    birthday: birthday ? readBirthday(birthday.value, birthday.params) : null,
    notes: first('NOTE') ? text(first('NOTE')!.value) : null,
    uid: uid ? text(uid.value.replace(/^urn:uuid:/i, '')) : null,
    revision: revision ? readRevision(revision.value) : null,
  };
  const name = [contact.firstName, contact.infix, contact.lastName].filter(Boolean).join(' ');
  // a version that does not exist is no card this reader knows how to read
  if (version && !(vcardVersions as readonly string[]).includes(version))
    return {
      kind: 'unusable',
      index,
      label: formatted ?? contact.email,
      reason: 'unknownVersion',
      version: version.slice(0, 20),
    };
  if (!contact.firstName && !contact.lastName)
    return { kind: 'unusable', index, label: formatted ?? contact.email, reason: 'noName' };
  const problems: VCardProblem[] =
    birthday && birthdayOf(birthday.value, birthday.params).kind === 'invalid'
      ? [{ field: 'birthday', reason: 'realDate', value: birthday.value.trim().slice(0, 40) }]
      : [];
  return { kind: 'contact', index, label: formatted ?? name, contact, problems };
}
