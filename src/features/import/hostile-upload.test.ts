// Hostile uploads: each is refused with a reason, quickly, with bounded memory, while the server
// keeps answering other requests, and leaves nothing in the upload folder.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import { deflatedPart, repeatedPart, workbookParts, zipOf } from '../../../test/helpers/zip.ts';
import type { Database } from '../../db/connection.ts';
import { defaultReadBounds } from '../../kernel/read-bounds.ts';

let database: Database;
let uploadDir: string;
let app: TestApp;
let owner: Client;

beforeAll(async () => {
  database = await freshDatabase();
  uploadDir = await mkdtemp(join(tmpdir(), 'klandizie-uploads-test-'));
  app = testApp(database, { uploadDir });
  ({ owner } = await newFirm(app));
  // the first file starts a reading thread; the times below are those of the reading
  expect(await check('Klant;Datum;Bedrag\nA;01-02-2024;1\n')).toMatchObject({ status: 200 });
});
afterAll(async () => {
  await database.close();
  await rm(uploadDir, { recursive: true, force: true });
});

/** Sends a file as the body of a revenue check, as the signed-in owner of a firm. */
async function check(body: BodyInit | Buffer, on: TestApp = app, as: Client = owner) {
  const response = await on.request(
    '/api/v1/imports/revenue/check?fileName=upload',
    {
      method: 'POST',
      body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
      headers: {
        'content-type': 'application/octet-stream',
        cookie: as.cookie!,
        'x-csrf-token': as.csrf!,
      },
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit,
    { incoming: { socket: { remoteAddress: '10.1.2.3' } } },
  );
  return { status: response.status, body: (await response.json()) as any };
}

/** The longest /health took to answer while `work` ran. */
async function slowestHealthDuring<T>(work: Promise<T>): Promise<{ result: T; slowest: number }> {
  let done = false;
  let slowest = 0;
  const result = work.finally(() => (done = true));
  while (!done) {
    const started = performance.now();
    const health = await app.request('/api/v1/health');
    expect(health.status).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { result: await result, slowest };
}

const refusedWith = (code: string) => ({
  status: 400,
  body: {
    error: expect.objectContaining({
      code: 'invalid_input',
      reason: expect.objectContaining({ code }),
    }),
  },
});

const auditfileOpen = '<?xml version="1.0"?><auditfile xmlns="http://www.auditfiles.nl/XAF/3.2">';

describe('hostile uploads', () => {
  it('refuses an audit file nested 100,000 deep at once, and /health answers meanwhile', async () => {
    const deep = `${auditfileOpen}${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</auditfile>`;
    const started = performance.now();
    const { result, slowest } = await slowestHealthDuring(check(deep));
    expect(result).toMatchObject(refusedWith('file.tooDeep'));
    expect(result.body.error.reason.params).toEqual({ max: defaultReadBounds.maxDepth });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(slowest).toBeLessThan(500);
  });

  it('refuses entities in an audit file and in a workbook without expanding them', async () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE auditfile [',
      '<!ENTITY lol "lol">',
      ...Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
      ),
      ']>',
      '<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2"><header>&lol9;</header></auditfile>',
    ].join('\n');
    expect(await check(laughs)).toMatchObject(refusedWith('xaf.entities'));
    const external =
      '<?xml version="1.0"?><!DOCTYPE auditfile [<!ENTITY secret SYSTEM "file:///etc/passwd">]>' +
      '<auditfile xmlns="http://www.auditfiles.nl/XAF/3.2"><header>&secret;</header></auditfile>';
    expect(await check(external)).toMatchObject(refusedWith('xaf.entities'));

    const strings = deflatedPart(
      'xl/sharedStrings.xml',
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>' +
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&d;&d;&d;</t></si></sst>',
    );
    const answer = await check(zipOf(workbookParts(strings)));
    expect(answer).toMatchObject(refusedWith('file.damagedWorkbook'));
  });

  it('refuses a workbook whose shared strings unpack to 2 GiB, declared or not, with bounded memory', async () => {
    const text = `<si><t>${'Omzet advies '.repeat(80_000)}</t></si>`;
    const copies = Math.floor((2 * 1024 ** 3) / text.length);
    const open =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    const bomb = repeatedPart('xl/sharedStrings.xml', open, text, copies);
    const declared = zipOf(workbookParts(bomb));
    expect(declared.length).toBeLessThan(8 * 1024 ** 2);
    // the same bytes, whose directory says they unpack to a few kilobytes
    const lying = zipOf(workbookParts({ ...bomb, size: 4_000 }));

    const rssBefore = process.memoryUsage().rss;
    let rssMost = rssBefore;
    const watch = setInterval(() => (rssMost = Math.max(rssMost, process.memoryUsage().rss)), 20);
    try {
      const started = performance.now();
      const first = await check(declared);
      expect(first).toMatchObject(refusedWith('file.unpacksTooLarge'));
      expect(first.body.error.reason.params).toEqual({ size: '256 MiB' });
      expect(await check(lying)).toMatchObject(refusedWith('file.damagedWorkbook'));
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      clearInterval(watch);
    }
    expect(rssMost - rssBefore).toBeLessThan(200 * 1024 ** 2);
  });

  it('refuses a workbook whose parts nest deeper than the bound, before exceljs parses them', async () => {
    const strings = deflatedPart(
      'xl/sharedStrings.xml',
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>' +
        '<r>'.repeat(50_000) +
        '</r>'.repeat(50_000) +
        '</si></sst>',
    );
    const answer = await check(zipOf(workbookParts(strings)));
    expect(answer).toMatchObject(refusedWith('file.tooDeep'));
  });

  it('refuses a workbook cut short, and binary garbage, each with its reason', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Omzet');
    sheet.addRow(['Klant', 'Datum', 'Bedrag']);
    for (let i = 0; i < 200; i++) sheet.addRow([`Klant ${i}`, new Date(2024, 0, 1 + (i % 28)), i]);
    const whole = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await check(whole.subarray(0, Math.floor(whole.length / 2)))).toMatchObject(
      refusedWith('file.damagedWorkbook'),
    );
    const garbage = Buffer.alloc(100_000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    expect(await check(garbage)).toMatchObject(refusedWith('file.binary'));
    const zipGarbage = Buffer.concat([Buffer.from('PK\u0003\u0004'), garbage]);
    expect(await check(zipGarbage)).toMatchObject(refusedWith('file.damagedWorkbook'));
  });

  it('stops a reading past its time, and refuses more rows than the bound', async () => {
    const tight = testApp(database, {
      uploadDir,
      importBounds: { ...defaultReadBounds, busyMs: 50, maxRows: 1_000_000 },
    });
    const { owner: tightOwner } = await newFirm(tight);
    const rows = ['Klant;Datum;Bedrag'];
    for (let i = 0; i < 150_000; i++) rows.push(`Klant ${i % 1000};01-02-2024;${i},50`);
    const slow = await check(rows.join('\n'), tight, tightOwner);
    expect(slow).toMatchObject(refusedWith('file.tooSlow'));
    expect(slow.body.error.reason.params).toEqual({ seconds: 0.05 });

    const few = testApp(database, {
      uploadDir,
      importBounds: { ...defaultReadBounds, maxRows: 10 },
    });
    const { owner: fewOwner } = await newFirm(few);
    const eleven = check(rows.slice(0, 11).join('\n'), few, fewOwner);
    expect(await eleven).toMatchObject(refusedWith('file.tooManyRows'));
    expect(await check(rows.slice(0, 10).join('\n'), few, fewOwner)).toMatchObject({ status: 200 });
  });

  it('refuses an upload that breaks off, and leaves the upload folder empty after all', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('Klant;Datum;Bedrag\nA;01-02-2024;1\n'));
        setTimeout(() => controller.error(new Error('connection reset')), 20);
      },
    });
    expect(await check(broken)).toMatchObject(refusedWith('file.interrupted'));
    expect(await readdir(uploadDir)).toEqual([]);
  });
});
