import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VCardContact } from './vcard-contact.ts';
import { escapeText, foldLine, writeVCard } from './vcard-writer.ts';

export const jan: VCardContact = {
  firstName: 'Jan',
  infix: 'van der',
  lastName: 'Berg',
  organization: 'Gemeente Zwolle; afdeling Inkoop',
  jobTitle: 'Hoofd inkoop, facilitair',
  role: 'decider',
  email: 'j.vanderberg@zwolle.nl',
  phone: '+31 38 498 2000',
  birthday: '1975-06-01',
  notes: 'Eerste regel\nTweede regel met \\ en ;',
  uid: '0b6f3a52-7d2c-4e61-9f7a-2a1c5b9e8d40',
  revision: '2024-11-05T14:30:00.123Z',
};

const oneLine = (text: string) => text.replace(/[\r\n]/g, '');
const octets = (line: string) => new TextEncoder().encode(line).length;

describe('writeVCard', () => {
  it('writes a vCard 4.0 with the infix in the family name and the Dutch sort order', () => {
    expect(writeVCard(jan).split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'UID:urn:uuid:0b6f3a52-7d2c-4e61-9f7a-2a1c5b9e8d40',
      'FN:Jan van der Berg',
      'N;SORT-AS="Berg,Jan":van der Berg;Jan;;;',
      'ORG:Gemeente Zwolle\\; afdeling Inkoop',
      'TITLE:Hoofd inkoop\\, facilitair',
      'ROLE:decider',
      'EMAIL;TYPE=work:j.vanderberg@zwolle.nl',
      'TEL;TYPE=work,voice:+31 38 498 2000',
      'BDAY:19750601',
      'NOTE:Eerste regel\\nTweede regel met \\\\ en ;',
      'REV:20241105T143000Z',
      'END:VCARD',
      '',
    ]);
  });

  it('leaves out what the contact does not have, and SORT-AS when there is no infix', () => {
    const card = writeVCard({
      ...jan,
      infix: null,
      organization: null,
      jobTitle: null,
      role: null,
      email: null,
      phone: null,
      birthday: null,
      notes: null,
      revision: null,
    });
    expect(card).toBe(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:0b6f3a52-7d2c-4e61-9f7a-2a1c5b9e8d40\r\n' +
        'FN:Jan Berg\r\nN:Berg;Jan;;;\r\nEND:VCARD\r\n',
    );
  });

  it('escapes backslash, comma and line breaks', () => {
    expect(escapeText('a\\b,c\r\nd\ne')).toBe('a\\\\b\\,c\\nd\\ne');
  });

  it('folds at 75 octets without cutting a character, and unfolds to the same line', () => {
    const line = `NOTE:${'é'.repeat(50)}${'🙂'.repeat(30)}${'x'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(3);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }).map(oneLine), (text) => {
        const parts = foldLine(`NOTE:${text}`).split('\r\n');
        expect(parts.every((part) => octets(part) <= 75)).toBe(true);
        expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(
          `NOTE:${text}`,
        );
      }),
    );
  });
});
