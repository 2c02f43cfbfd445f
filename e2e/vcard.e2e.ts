// Contact persons through vCard on a client's page: a file from an address book is read first
// (one card new, one already there, one without a name), the new contact is added after
// confirming, and the contacts download as vCard 4.0 with the Dutch infix in the family name.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebApp, type WebApp } from './app.ts';
import { expectAccessible, launchBrowser } from './browser.ts';

let app: WebApp;
let browser: { browser: Browser; close: () => Promise<void> };
let page: Page;
let clientId: string;

const addressBook = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:de Vries;Sanne;;;',
  'FN:Sanne de Vries',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:sanne@bakkerijjansen.nl',
  'TITLE:Bedrijfsleider',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Jansen;Anna;;;',
  'FN:Anna Jansen',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'EMAIL:info@bakkerijjansen.nl',
  'END:VCARD',
  '',
].join('\r\n');

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchBrowser();
  const context = await browser.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  const setup = await page.request.post(`${app.url}/api/v1/setup`, {
    data: {
      firm: { name: 'Kantoor Test', currency: 'EUR', locale: 'en', fiscalYearStartMonth: 1 },
      owner: { name: 'Eva Eigenaar', email: 'eva@example.nl', password: 'een lang wachtwoord 1' },
    },
  });
  expect(setup.ok()).toBe(true);
  const headers = { 'x-csrf-token': ((await setup.json()) as { csrfToken: string }).csrfToken };
  const post = async (path: string, data: unknown) => {
    const answer = await page.request.post(`${app.url}/api/v1${path}`, { data, headers });
    expect(answer.ok(), `post ${path}`).toBe(true);
    return answer.json() as Promise<{ id: string }>;
  };
  clientId = (await post('/organizations', { name: 'Bakkerij Jansen', status: 'client' })).id;
  await post(`/organizations/${clientId}/contacts`, { firstName: 'Anna', lastName: 'Jansen' });
  await page.goto(`${app.url}/`);
  await page.evaluate(() => localStorage.setItem('klandizie.language', 'en'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('a vCard file previewed, confirmed and the contacts downloaded as vCard', async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  await page.getByRole('cell', { name: 'Jansen, Anna' }).waitFor();

  await page.getByRole('button', { name: 'Import vCard' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import contact persons from a vCard file' });
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'contacten.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(addressBook),
  });
  await expect
    .poll(() => dialog.getByRole('status').textContent())
    .toBe('1 to add, 1 already there, 1 cannot be used');
  await dialog.getByText('Same name as Anna Jansen, and no email').waitFor();
  await dialog.getByText('The card has no name').waitFor();
  await expectAccessible(page, 'vCard import preview');
  // nothing is saved before confirming
  expect(await page.getByRole('cell', { name: 'Vries, Sanne de' }).count()).toBe(0);

  await dialog.getByRole('button', { name: 'Add 1 contact person' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('cell', { name: 'Vries, Sanne de' }).waitFor();
  await page.getByText('1 contact person added.').waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as vCard' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bakkerij-jansen.vcf');
  const file = await readFile((await download.path())!, 'utf8');
  expect(file.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(2);
  expect(file).toContain('N;SORT-AS="Vries,Sanne":de Vries;Sanne;;;\r\n');
  expect(file).toContain('ORG:Bakkerij Jansen\r\n');
});
