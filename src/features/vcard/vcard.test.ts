import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { contacts } from '../../db/schema.ts';

let database: Database;
let app: TestApp;
let owner: Client;
let zwolle: string;
let workspaceId: string;

beforeAll(async () => {
  database = await freshDatabase();
  app = testApp(database);
  ({ owner, workspaceId } = await newFirm(app));
  zwolle = (await owner.post('/api/v1/organizations', { name: 'Gemeente Zwolle' })).body.id;
});
afterAll(async () => database.close());

const addContact = (organizationId: string, body: Record<string, unknown>) =>
  owner.post(`/api/v1/organizations/${organizationId}/contacts`, body);

const importFile = (
  organizationId: string,
  file: string | Uint8Array<ArrayBuffer>,
  dryRun: boolean,
) =>
  app.request(
    `/api/v1/organizations/${organizationId}/contacts/vcard?dryRun=${dryRun}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'text/vcard',
        cookie: owner.cookie!,
        'x-csrf-token': owner.csrf!,
      },
      body: file,
    },
    { incoming: { socket: { remoteAddress: owner.ip } } },
  );

const cardsOf = (text: string) =>
  ICAL.parse(text).map((card: unknown) => new ICAL.Component(card as unknown[]));

describe('contacts as vCard', () => {
  it("exports an organisation's current contacts as vCard 4.0 that ical.js reads", async () => {
    const jan = await addContact(zwolle, {
      firstName: 'Jan',
      infix: 'van der',
      lastName: 'Berg',
      jobTitle: 'Hoofd inkoop, facilitair',
      dmuRole: 'decider',
      email: 'j.vanderberg@zwolle.nl',
      phone: '+31 38 498 2000',
      birthday: '1975-06-01',
      notes: 'Eerste regel\nTweede regel',
    });
    await addContact(zwolle, { firstName: 'Anna', lastName: 'Bakker' });
    const left = await addContact(zwolle, { firstName: 'Kees', lastName: 'Smit' });
    await owner.post(`/api/v1/contacts/${left.body.id}/end`, { activeTo: '2020-01-01' });

    const answer = await owner.get(`/api/v1/organizations/${zwolle}/contacts.vcf`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/vcard; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="gemeente-zwolle.vcf"',
    );
    const text = answer.body as string;
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const cards = cardsOf(text);
    expect(cards.map((card: ICAL.Component) => card.getFirstPropertyValue('fn'))).toEqual([
      'Anna Bakker',
      'Jan van der Berg',
    ]);
    const card = cards[1] as ICAL.Component;
    expect(card.getFirstProperty('n')!.getValues()[0]).toEqual(['van der Berg', 'Jan', '', '', '']);
    expect(card.getFirstPropertyValue('org')).toBe('Gemeente Zwolle');
    expect(card.getFirstPropertyValue('title')).toBe('Hoofd inkoop, facilitair');
    expect(card.getFirstPropertyValue('role')).toBe('decider');
    expect(card.getFirstPropertyValue('email')).toBe('j.vanderberg@zwolle.nl');
    expect(card.getFirstPropertyValue('tel')).toBe('+31 38 498 2000');
    expect(String(card.getFirstPropertyValue('bday'))).toBe('1975-06-01');
    expect(card.getFirstPropertyValue('note')).toBe('Eerste regel\nTweede regel');
    expect(card.getFirstPropertyValue('uid')).toBe(`urn:uuid:${jan.body.id}`);
  });

  it("exports the firm's current contacts in batches, leaving out archived organisations", async () => {
    const deventer = (await owner.post('/api/v1/organizations', { name: 'Deventer' })).body.id;
    const archived = (await owner.post('/api/v1/organizations', { name: 'Oud' })).body.id;
    await addContact(archived, { firstName: 'Oud', lastName: 'Contact' });
    await owner.post(`/api/v1/organizations/${archived}/archive`, {});
    // more than one batch of 500
    await database.db.insert(contacts).values(
      Array.from({ length: 520 }, (_, i) => ({
        workspaceId,
        id: randomUUID(),
        organizationId: deventer,
        firstName: `Persoon${i}`,
        lastName: 'Deventer',
        sortKey: `deventer ${i}`,
      })),
    );
    const answer = await owner.get('/api/v1/contacts.vcf');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="contacts.vcf"');
    const names = cardsOf(answer.body as string).map((card: ICAL.Component) =>
      card.getFirstPropertyValue('fn'),
    );
    expect(names).toHaveLength(522);
    expect(new Set(names).size).toBe(522);
    expect(names).toContain('Jan van der Berg');
    expect(names).not.toContain('Oud Contact');
    expect(names).not.toContain('Kees Smit');
  });

  const file = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:de Vries;Sanne;;;',
    'FN:Sanne de Vries',
    'EMAIL;TYPE=INTERNET;TYPE=WORK:Sanne@BakkerijDeVries.nl',
    'TITLE:Eigenaar',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen',
    'EMAIL;PREF;INTERNET:jurgen@bakkerijdevries.nl',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Piet Bakker',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'EMAIL:info@bakkerijdevries.nl',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'N:Jansen;Eva;;;',
    'EMAIL:geen-adres',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    'FN:Sanne de Vries',
    'EMAIL:sanne@bakkerijdevries.nl',
    'END:VCARD',
    '',
  ].join('\r\n');

  it('says in a dry run what an import would create, skip and refuse, and writes nothing', async () => {
    const bakkerij = (await owner.post('/api/v1/organizations', { name: 'Bakkerij' })).body.id;
    await addContact(bakkerij, { firstName: 'Piet', lastName: 'Bakker' });
    const answer = await importFile(bakkerij, file, true);
    expect(answer.status).toBe(200);
    const result = await answer.json();
    expect(result).toMatchObject({ dryRun: true, created: 2, skipped: 2, refused: 2 });
    expect(
      result.cards.map((card: any) => [card.index, card.outcome, card.displayName ?? card.label]),
    ).toEqual([
      [1, 'created', 'Sanne de Vries'],
      [2, 'created', 'Jürgen Müller'],
      [3, 'skipped', 'Piet Bakker'],
      [4, 'refused', 'info@bakkerijdevries.nl'],
      [5, 'refused', 'Eva Jansen'],
      [6, 'skipped', 'Sanne de Vries'],
    ]);
    expect(result.cards[2].duplicateOf).toMatchObject({
      displayName: 'Piet Bakker',
      match: 'name',
    });
    expect(result.cards[3]).toMatchObject({ reason: 'noName' });
    expect(result.cards[4]).toMatchObject({
      reason: 'invalidFields',
      problems: [
        {
          field: 'email',
          message: 'must be an email address',
          reason: { code: 'email', params: {} },
        },
      ],
    });
    // the same email as a card earlier in the file
    expect(result.cards[5].duplicateOf).toEqual({
      id: null,
      displayName: 'Sanne de Vries',
      match: 'email',
    });
    const list = await owner.get(`/api/v1/organizations/${bakkerij}/contacts`);
    expect(list.body.items).toHaveLength(1);
  });

  it('imports the new contacts in one go, audited, and skips them when the file comes again', async () => {
    const bakkerij = (await owner.post('/api/v1/organizations', { name: 'Bakkerij 2' })).body.id;
    await addContact(bakkerij, { firstName: 'Piet', lastName: 'Bakker' });
    const result = await (await importFile(bakkerij, file, false)).json();
    expect(result).toMatchObject({ dryRun: false, created: 2, skipped: 2, refused: 2 });
    const list = await owner.get(`/api/v1/organizations/${bakkerij}/contacts`);
    expect(list.body.items.map((c: any) => [c.listName, c.email, c.jobTitle])).toEqual([
      ['Bakker, Piet', null, null],
      ['Müller, Jürgen', 'jurgen@bakkerijdevries.nl', null],
      ['Vries, Sanne de', 'sanne@bakkerijdevries.nl', 'Eigenaar'],
    ]);
    const sanne = result.cards[0].contactId;
    const history = await owner.get(`/api/v1/audit/contact/${sanne}`);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ action: 'create' });
    expect(history.body.items[0].changes.lastName).toEqual([null, 'Vries']);

    const again = await (await importFile(bakkerij, file, false)).json();
    expect(again).toMatchObject({ created: 0, skipped: 4, refused: 2 });
    expect(again.cards[0].duplicateOf).toEqual({
      id: sanne,
      displayName: 'Sanne de Vries',
      match: 'email',
    });
  });

  it('reads a file in Windows-1252 as Outlook writes it', async () => {
    const bytes = Uint8Array.from(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;Jürgen\r\nTITLE:Café-eigenaar €\r\nEND:VCARD\r\n',
      (character) => (character === '€' ? 0x80 : character.charCodeAt(0)),
    );
    const organization = (await owner.post('/api/v1/organizations', { name: 'Café' })).body.id;
    const result = await (await importFile(organization, bytes, false)).json();
    expect(result.cards[0]).toMatchObject({ outcome: 'created', displayName: 'Jürgen Müller' });
    const contact = await owner.get(`/api/v1/contacts/${result.cards[0].contactId}`);
    expect(contact.body.jobTitle).toBe('Café-eigenaar €');
  });

  it('refuses a card with a birthday that is no date, or of a vCard version that does not exist', async () => {
    const card = (version: string, bday: string, name: string) =>
      `BEGIN:VCARD\r\nVERSION:${version}\r\nN:${name};Kaart;;;\r\nFN:Kaart ${name}\r\n${bday}END:VCARD\r\n`;
    const text = [
      card('3.0', 'BDAY:1985-02-30\r\n', 'Februari'),
      card('99', '', 'Toekomst'),
      card('4.0', 'BDAY:--0412\r\n', 'Zonderjaar'),
      card('3.0', 'BDAY:1985-02-28\r\n', 'Goed'),
    ].join('');
    const organization = (await owner.post('/api/v1/organizations', { name: 'Kaarten' })).body.id;
    const result = await (await importFile(organization, text, false)).json();
    expect(result.cards.map((c: { outcome: string }) => c.outcome)).toEqual([
      'refused',
      'refused',
      'created',
      'created',
    ]);
    expect(result.cards[0]).toMatchObject({
      reason: 'invalidFields',
      problems: [
        {
          field: 'birthday',
          message: '"1985-02-30" is not a date that exists',
          reason: { code: 'realDate', params: {} },
        },
      ],
    });
    expect(result.cards[1]).toMatchObject({
      reason: 'unknownVersion',
      problems: [{ field: 'version', reason: { code: 'oneOf' } }],
    });
    expect(result.cards[1].problems[0].message).toMatch(/vCard 99 does not exist/);
  });

  it('refuses files it cannot use, with the reason', async () => {
    const notVCard = await importFile(zwolle, 'naam;email\nJan;jan@example.nl\n', true);
    expect(notVCard.status).toBe(400);
    expect((await notVCard.json()).error.details).toEqual([
      { field: 'file', message: 'holds no vCard (BEGIN:VCARD … END:VCARD)' },
    ]);
    const empty = await importFile(zwolle, '', true);
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.details).toEqual([{ field: 'file', message: 'is empty' }]);
    const huge = await importFile(zwolle, 'NOTE:x\r\n'.repeat(700_000), true);
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toBe('The vCard file is larger than 5 MB');
  });

  it('reads a card of many thousands of parameters at once, on a thread of its own', async () => {
    // each parameter copied all the ones before it: this card took minutes, the server frozen
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Pol\r\nN:Pol;Piet;;;\r\nTEL${';TYPE=WORK'.repeat(200_000)}:+31 6 1234 5678\r\nEND:VCARD\r\n`;
    const started = performance.now();
    const answer = await importFile(zwolle, card, true);
    expect(answer.status).toBe(200);
    expect((await answer.json()).cards[0]).toMatchObject({ outcome: 'created' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("does not export or import another firm's organisation", async () => {
    const other = await newFirm(app);
    const theirs = (await other.owner.post('/api/v1/organizations', { name: 'Theirs' })).body.id;
    await other.owner.post(`/api/v1/organizations/${theirs}/contacts`, {
      firstName: 'X',
      lastName: 'Y',
    });
    expect((await owner.get(`/api/v1/organizations/${theirs}/contacts.vcf`)).status).toBe(404);
    expect((await importFile(theirs, file, false)).status).toBe(404);
    expect((await importFile(theirs, file, true)).status).toBe(404);
    const mine = (await owner.get('/api/v1/contacts.vcf')).body as string;
    expect(mine).not.toContain('FN:X Y');
    const list = await other.owner.get(`/api/v1/organizations/${theirs}/contacts`);
    expect(list.body.items).toHaveLength(1);
  });
});
