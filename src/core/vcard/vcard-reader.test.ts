import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { VCardContact } from './vcard-contact.ts';
import { readVCards, type VCardReading } from './vcard-reader.ts';
import { writeVCard } from './vcard-writer.ts';

const contacts = (readings: VCardReading[]) =>
  readings.map((reading) => (reading.kind === 'contact' ? reading.contact : reading.reason));

// Outlook writes vCard 2.1: bare parameters, quoted-printable in the file's code page or UTF-8.
const outlook = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;LANGUAGE=nl;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen',
  'FN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:J=FCrgen M=FCller',
  'ORG:Bouwbedrijf Müller B.V.;Directie',
  'TITLE:Directeur',
  'TEL;WORK;VOICE:+31 20 123 4567',
  'TEL;CELL;VOICE:+31 6 1234 5678',
  'EMAIL;PREF;INTERNET:j.muller@example.nl',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Eerste regel=0D=0ATweede regel met caf=',
  '=C3=A9 en een lange zin die Outlook over meerdere regels verdeelt.',
  'BDAY:19680229',
  'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
  ' /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U',
  ' HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgN',
  '',
  'REV:20241105T143000Z',
  'END:VCARD',
  '',
].join('\r\n');

// Google Contacts writes vCard 3.0 with TYPE parameters, LF line ends.
const google = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Sanne de Vries',
  'N:de Vries;Sanne;;;',
  'EMAIL;TYPE=INTERNET;TYPE=HOME:sanne.priv@example.com',
  'EMAIL;TYPE=INTERNET;TYPE=WORK;TYPE=pref:sanne@bakkerijdevries.nl',
  'TEL;TYPE=CELL:+31 6 12345678',
  'ORG:Bakkerij de Vries',
  'TITLE:Eigenaar',
  'BDAY:1982-11-23',
  'NOTE:Kent ons via de Kamer van Koophandel\\, sinds 2019.',
  'CATEGORIES:myContacts',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:receptie@example.nl',
  'EMAIL;TYPE=INTERNET:receptie@example.nl',
  'END:VCARD',
  '',
].join('\n');

// Apple Contacts writes vCard 3.0 with grouped properties and labels, and folds long lines.
const apple = [
  '\uFEFFBEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//macOS 14.5//EN',
  "N:van 't Hek;Pieter;Willem;;",
  "FN:Pieter Willem van 't Hek",
  'ORG:Hek & Zonen Advocaten;',
  'item1.EMAIL;type=INTERNET;type=pref:pieter@hek-advocaten.nl',
  'item1.X-ABLabel:_$!<Other>!$_',
  'item2.TEL;type=pref:+31 30 234 5678',
  'item2.X-ABLabel:kantoor',
  'BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12',
  'NOTE:Een notitie die langer is dan vijfenzeventig octetten en dus door Appl',
  ' e wordt gevouwen.',
  'END:VCARD',
].join('\r\n');

describe('readVCards', () => {
  it('reads an Outlook 2.1 card: quoted-printable in its charset, soft line breaks, a photo', () => {
    expect(contacts(readVCards(outlook))).toEqual([
      {
        firstName: 'Jürgen',
        infix: null,
        lastName: 'Müller',
        organization: 'Bouwbedrijf Müller B.V.',
        jobTitle: 'Directeur',
        role: null,
        email: 'j.muller@example.nl',
        phone: '+31 20 123 4567',
        birthday: '1968-02-29',
        notes:
          'Eerste regel\r\nTweede regel met café en een lange zin die Outlook over meerdere regels verdeelt.',
        uid: null,
        revision: '2024-11-05T14:30:00Z',
      },
    ]);
  });

  it('reads Google 3.0 cards: the preferred email, the infix, a card without a name', () => {
    const readings = readVCards(google);
    expect(contacts(readings)).toEqual([
      {
        firstName: 'Sanne',
        infix: 'de',
        lastName: 'Vries',
        organization: 'Bakkerij de Vries',
        jobTitle: 'Eigenaar',
        role: null,
        email: 'sanne@bakkerijdevries.nl',
        phone: '+31 6 12345678',
        birthday: '1982-11-23',
        notes: 'Kent ons via de Kamer van Koophandel, sinds 2019.',
        uid: null,
        revision: null,
      },
      // an email address as the name is still a name; the service decides whether it will do
      expect.objectContaining({ firstName: null, lastName: 'receptie@example.nl' }),
    ]);
  });

  it('refuses a card without any name, and says which card it is', () => {
    const readings = readVCards(
      'BEGIN:VCARD\nVERSION:3.0\nEMAIL:info@example.nl\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:;;;;\nORG:Alleen een bedrijf\nEND:VCARD\n',
    );
    expect(readings).toEqual([
      { kind: 'unusable', index: 1, label: 'info@example.nl', reason: 'noName' },
      { kind: 'unusable', index: 2, label: null, reason: 'noName' },
    ]);
  });

  it('reads an Apple 3.0 card: BOM, item groups, middle name, no birth year, folding', () => {
    expect(contacts(readVCards(apple))).toEqual([
      {
        firstName: 'Pieter Willem',
        infix: "van 't",
        lastName: 'Hek',
        organization: 'Hek & Zonen Advocaten',
        jobTitle: null,
        role: null,
        email: 'pieter@hek-advocaten.nl',
        phone: '+31 30 234 5678',
        birthday: null,
        notes:
          'Een notitie die langer is dan vijfenzeventig octetten en dus door Apple wordt gevouwen.',
        uid: null,
        revision: null,
      },
    ]);
  });

  it('reads vCard 4.0 URIs and PREF, and a name only in FN', () => {
    const [reading] = readVCards(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Kees van den Broek',
        'EMAIL;PREF=2:tweede@example.nl',
        'EMAIL;PREF=1:eerste@example.nl',
        'TEL;VALUE=uri;TYPE=work:tel:+31-20-555-0100',
        'BDAY:--0412',
        'UID:urn:uuid:3f0e5a2e-9c1b-4b7a-8d6e-1f2a3b4c5d6e',
        'END:VCARD',
      ].join('\r\n'),
    );
    expect(reading).toMatchObject({
      kind: 'contact',
      label: 'Kees van den Broek',
      contact: {
        firstName: 'Kees',
        infix: 'van den',
        lastName: 'Broek',
        email: 'eerste@example.nl',
        phone: '+31-20-555-0100',
        birthday: null,
        uid: '3f0e5a2e-9c1b-4b7a-8d6e-1f2a3b4c5d6e',
      },
    });
  });

  it('reports a birthday that is no date instead of dropping it, and says nothing of one without its year', () => {
    const card = (bday: string) =>
      readVCards(`BEGIN:VCARD\nVERSION:3.0\nN:Jansen;Jan;;;\n${bday}\nEND:VCARD\n`)[0];
    expect(card('BDAY:1985-02-30')).toMatchObject({
      kind: 'contact',
      contact: { birthday: null },
      problems: [{ field: 'birthday', reason: 'realDate', value: '1985-02-30' }],
    });
    expect(card('BDAY:gisteren')).toMatchObject({ problems: [{ value: 'gisteren' }] });
    expect(card('BDAY:--0412')).toMatchObject({ contact: { birthday: null }, problems: [] });
    expect(card('BDAY:19850228')).toMatchObject({
      contact: { birthday: '1985-02-28' },
      problems: [],
    });
  });

  it('refuses a card of a vCard version that does not exist, and reads one that names none', () => {
    const card = (version: string) =>
      readVCards(`BEGIN:VCARD\n${version}N:Jansen;Jan;;;\nEND:VCARD\n`)[0];
    expect(card('VERSION:99\n')).toMatchObject({
      kind: 'unusable',
      reason: 'unknownVersion',
      version: '99',
    });
    for (const version of ['VERSION:2.1\n', 'VERSION:3.0\n', 'VERSION:4.0\n', ''])
      expect(card(version)).toMatchObject({ kind: 'contact' });
  });

  it('finds no cards in a file that is not a vCard', () => {
    expect(readVCards('naam;email\nJan;jan@example.nl\n')).toEqual([]);
    expect(readVCards('')).toEqual([]);
  });
});

// Names as the contacts form keeps them: trimmed, single spaces, no infix word in front.
const word = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
  .map((text) => text.replace(/[\s\p{C}"]/gu, ''))
  .filter((text) => text.length > 0);
const name = fc
  .array(word, { minLength: 1, maxLength: 3 })
  .map((words) => words.join(' '))
  .filter(
    (text) =>
      !/^(van|de|der|den|het|te|ten|ter|des|von|la|le|di|da|du|el|al|in|op|uit|aan|bij|onder|over|'t|vander)( |$)/.test(
        text,
      ),
  );
const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
  .map((value) => value.replace(/\r/g, '').trim())
  .filter((value) => value.length > 0);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const contact: fc.Arbitrary<VCardContact> = fc.record({
  firstName: name,
  infix: fc.constantFrom(null, 'van', 'de', 'van der', 'van den', "van 't", 'ter', 'op de'),
  lastName: name,
  organization: optional(text),
  jobTitle: optional(text),
  role: optional(text),
  email: optional(fc.emailAddress()),
  phone: optional(fc.stringMatching(/^\+31 [0-9]{2} [0-9]{3} [0-9]{4}$/)),
  birthday: optional(isoDate),
  notes: optional(text),
  uid: fc.uuid(),
  revision: optional(
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((date) => `${date.toISOString().slice(0, 19)}Z`),
  ),
});

describe('what the writer writes, readers read back', () => {
  it('readVCards gives the same fields, also with several cards in a file', () => {
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 3 }), (written) => {
        expect(contacts(readVCards(written.map(writeVCard).join('')))).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });

  it('ical.js gives the same fields', () => {
    fc.assert(
      fc.property(contact, (written) => {
        const card = new ICAL.Component(ICAL.parse(writeVCard(written)) as unknown[]);
        const value = (name: string) => {
          const found = card.getFirstPropertyValue(name);
          return found === null ? null : String(found);
        };
        const n = card.getFirstProperty('n')?.getValues()[0] as string[];
        expect(n.slice(0, 2)).toEqual([
          [written.infix, written.lastName].filter(Boolean).join(' '),
          written.firstName,
        ]);
        expect({
          fn: value('fn'),
          // a structured value of one component comes back as a string
          org: [card.getFirstPropertyValue('org')].flat()[0] ?? null,
          title: value('title'),
          role: value('role'),
          email: value('email'),
          tel: value('tel'),
          bday: value('bday')?.slice(0, 10) ?? null,
          note: value('note'),
          uid: value('uid'),
          rev: value('rev'),
        }).toEqual({
          fn: [written.firstName, written.infix, written.lastName].filter(Boolean).join(' '),
          org: written.organization,
          title: written.jobTitle,
          role: written.role,
          email: written.email,
          tel: written.phone,
          bday: written.birthday,
          note: written.notes,
          uid: `urn:uuid:${written.uid}`,
          rev: written.revision,
        });
      }),
      { numRuns: 200 },
    );
  });
});
