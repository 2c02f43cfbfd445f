// At most so many files are read at once, each on a thread of its own: one more waits briefly for
// a reading to end, and is refused with when to try again (503, Retry-After) when none does.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, newFirm, testApp, type TestApp } from '../../../test/helpers/app.ts';
import { freshDatabase } from '../../../test/helpers/database.ts';
import type { Database } from '../../db/connection.ts';
import { openTableOffThread, readingsUnderWay } from './off-thread.ts';
import { defaultReadBounds } from '../../kernel/read-bounds.ts';
import { readBoundsFromEnv } from '../../kernel/read-bounds.ts';

let database: Database;
let dir: string;
let bigFile: string;
const bounds = { ...defaultReadBounds, maxReadings: 2, waitMs: 2_000 };

beforeAll(async () => {
  database = await freshDatabase();
  dir = await mkdtemp(join(tmpdir(), 'klandizie-readings-test-'));
  // more rows than the thread sends ahead: its reading stays under way until the rows are taken
  const rows = ['Klant;Datum;Bedrag'];
  for (let i = 0; i < 20_000; i++) rows.push(`Klant ${i % 100};01-02-2024;${i},50`);
  bigFile = join(dir, 'big.csv');
  await writeFile(bigFile, rows.join('\n'));
});
afterAll(async () => {
  await database.close();
  await rm(dir, { recursive: true, force: true });
});

async function check(app: TestApp, as: Client) {
  const response = await app.request(
    '/api/v1/imports/revenue/check?fileName=upload.csv',
    {
      method: 'POST',
      body: 'Klant;Datum;Bedrag\nA;01-02-2024;1\n',
      headers: {
        'content-type': 'application/octet-stream',
        cookie: as.cookie!,
        'x-csrf-token': as.csrf!,
      },
    },
    { incoming: { socket: { remoteAddress: '10.1.2.3' } } },
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as any,
  };
}

describe('readings at once', () => {
  it('starts no more than the bound: one more upload waits, then is refused with Retry-After', async () => {
    const app = testApp(database, { uploadDir: dir, importBounds: bounds });
    const { owner } = await newFirm(app);
    const before = readingsUnderWay();
    const first = await openTableOffThread(bigFile, { bounds });
    const second = await openTableOffThread(bigFile, { bounds });
    expect(readingsUnderWay()).toBe(before + 2);

    const refused = await check(app, owner);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.body).toEqual({
      error: {
        code: 'unavailable',
        message:
          'As many files as the server reads at once are being read now: try again in 2 seconds.',
        details: [{ field: 'file', message: expect.any(String) }],
        reason: { code: 'file.readersBusy', params: { seconds: 2 } },
      },
    });
    expect(readingsUnderWay()).toBe(before + 2);

    // one that waits gets the place of a reading that ends meanwhile
    const waiting = check(app, owner);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await first.close();
    expect((await waiting).status).toBe(200);
    await second.close();
    expect(readingsUnderWay()).toBe(before);
    expect((await check(app, owner)).status).toBe(200);
  });

  it('reads its bound and its wait from the settings, as many as there are cores by default', () => {
    expect(readBoundsFromEnv({})).toMatchObject({
      maxReadings: defaultReadBounds.maxReadings,
      waitMs: 5_000,
    });
    expect(defaultReadBounds.maxReadings).toBeGreaterThanOrEqual(1);
    expect(
      readBoundsFromEnv({ KLANDIZIE_IMPORT_READINGS: '3', KLANDIZIE_IMPORT_WAIT_SECONDS: '2' }),
    ).toMatchObject({ maxReadings: 3, waitMs: 2_000 });
    expect(() => readBoundsFromEnv({ KLANDIZIE_IMPORT_READINGS: '0' })).toThrow(
      'KLANDIZIE_IMPORT_READINGS must be a whole number of at least 1',
    );
  });
});
