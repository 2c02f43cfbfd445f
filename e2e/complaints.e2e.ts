// A complaint recorded in two clicks from the client's page (method §15: draw complaints out):
// the button, the subject, save; it stands open with the deadline to acknowledge, moves to
// acknowledged and solved a click each, and the complaints page lists and reports it.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;

async function shoot(name: string) {
  if (!screenshots) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: `${screenshots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  clientId = (
    await firm.send('post', '/organizations', {
      name: 'Rederij Zeewind',
      status: 'client',
      relationshipManagerId: firm.ownerId,
    })
  ).id;
  await firm.send('post', `/organizations/${clientId}/contacts`, {
    firstName: 'Anna',
    lastName: 'Visser',
  });
}, 120_000);

afterAll(() => firm?.close());

test('a complaint recorded in two clicks from the client page, then acknowledged and solved', async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  const section = page.getByTestId('complaints');
  await section.getByText(/^No complaints yet\./).waitFor();

  // click one: the button; then the subject; click two: record
  await section.getByRole('button', { name: 'Record complaint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a complaint' });
  await dialog
    .getByRole('textbox', { name: /^What is the complaint about/ })
    .fill('Invoice higher than agreed');
  await expectAccessible(page, 'complaint dialog');
  await dialog.getByRole('button', { name: 'Record complaint' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const row = section.getByTestId('complaint-row');
  await expect.poll(() => row.count()).toBe(1);
  await expect
    .poll(() => row.first().innerText())
    .toMatch(
      /Invoice higher than agreed[\s\S]*Serious[\s\S]*Eva Eigenaar[\s\S]*Received\s+Acknowledge by/i,
    );
  await expectAccessible(page, 'organisation page with a complaint');

  await row
    .first()
    .getByRole('button', { name: /acknowledged$/ })
    .click();
  await expect.poll(() => row.first().innerText()).toMatch(/Acknowledged\s+Solve by/i);
  await row
    .first()
    .getByRole('button', { name: /solved$/ })
    .click();
  await expect
    .poll(() => row.first().innerText())
    .toMatch(/Solved[\s\S]*solved in 0 working days/i);

  await page.getByRole('link', { name: 'Complaints' }).click();
  const open = page.getByTestId('open-complaints');
  await expect
    .poll(() => open.innerText())
    .toMatch(/Rederij Zeewind[\s\S]*Invoice higher than agreed/);
  const report = page.getByTestId('complaint-report');
  await expect.poll(() => report.innerText()).toMatch(/By category[\s\S]*By professional/);
  await expectAccessible(page, 'complaints page');
  await shoot('complaints-en');
  await page.goto(`${app.url}/organizations/${clientId}`);
  await section.getByTestId('complaint-row').first().waitFor();
  await shoot('client-complaints-en');

  if (screenshots) {
    await firm.send('patch', '/me', { locale: 'nl' });
    await page.goto(`${app.url}/clients/complaints`);
    await page.getByTestId('open-complaints').getByText('Rederij Zeewind').waitFor();
    await shoot('complaints-nl');
    await page.goto(`${app.url}/organizations/${clientId}`);
    await page.getByTestId('complaint-row').first().waitFor();
    await shoot('client-complaints-nl');
    await page.getByRole('button', { name: 'Klacht vastleggen' }).first().click();
    await page.getByRole('dialog', { name: 'Klacht vastleggen' }).waitFor();
    await shoot('complaint-dialog-nl');
  }
});
