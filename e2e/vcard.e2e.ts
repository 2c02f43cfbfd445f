// Contact persons through vCard on a client's page: a file from an address book is read first
// (one card new, one already there, one without a name), the new contact is added after
// confirming, and the contacts download as vCard 4.0 with the Dutch infix in the family name.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { addClientWithContact, setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
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
  firm = await setUpFirm();
  ({ app, page } = firm);
  clientId = await addClientWithContact(firm);
}, 120_000);

afterAll(() => firm?.close());

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
