// Lost clients in the browser (method §8): an A-client is marked lost on its page (ten days ago,
// moved to a competitor), its category's win-back visit stands on the relationship manager's
// worklist four days ahead, and the client is recorded as won back; the "Lost clients" page shows
// the reason with the category. Screenshots in English and Dutch at 1280 and 390 px. Axe on the
// pages.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { field, setUpFirm, type Firm } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;
let today: string;

const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  today = ((await (await page.request.get(`${app.url}/api/v1/today`)).json()) as { today: string })
    .today;
  const schemes = (await (await page.request.get(`${app.url}/api/v1/category-schemes`)).json()) as {
    items: { id: string }[];
  };
  clientId = (
    await firm.send('post', '/organizations', {
      name: 'Bakkerij Jansen',
      status: 'client',
      relationshipManagerId: firm.ownerId,
      clientSince: '2020-01-01',
    })
  ).id;
  await firm.send('put', `/organizations/${clientId}/category-override`, {
    schemeId: schemes.items[0]!.id,
    category: 'A',
    reason: 'Key client',
  });
}, 120_000);

afterAll(() => firm?.close());

async function shoot(name: string) {
  if (!screenshots) return;
  for (const [language, width] of [
    ['en', 1280],
    ['en', 390],
    ['nl', 1280],
    ['nl', 390],
  ] as const) {
    await page.evaluate((lang) => localStorage.setItem('klandizie.language', lang), language);
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({
      path: `${screenshots}/${name}-${language}-${width}.png`,
      fullPage: true,
    });
  }
  await page.evaluate(() => localStorage.setItem('klandizie.language', 'en'));
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.reload();
}

test('a client marked lost, its win-back visit on the worklist, then won back', async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  const section = page.getByTestId('client-losses');
  await section.getByRole('button', { name: 'Mark as lost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark Bakkerij Jansen as lost' });
  await dialog.getByLabel(field('Day lost')).fill(daysBefore(today, 10));
  await dialog.getByRole('combobox', { name: field('Reason') }).click();
  await page.getByRole('option', { name: 'Moved to a competitor' }).click();
  await dialog.getByLabel(field('In your own words')).fill('Went to a larger office in town');
  await dialog.getByRole('combobox', { name: field('How it went') }).click();
  await page.getByRole('option', { name: 'Amicable' }).click();
  await dialog.getByLabel(field('Who was told')).fill('The partners');
  await expectAccessible(page, 'mark lost dialog');
  await dialog.getByRole('button', { name: 'Mark as lost' }).click();
  // the dialog closes once the page's figures are read again: slow on a busy machine
  await dialog.waitFor({ state: 'hidden', timeout: 60_000 });

  // a former client now, with its loss and the two win-back steps of an A-client
  await page.getByText('Former client', { exact: true }).first().waitFor({ timeout: 60_000 });
  const loss = section.getByTestId('client-loss');
  await expect.poll(() => loss.innerText()).toMatch(/Lost since[\s\S]*Moved to a competitor/i);
  await expect.poll(() => loss.innerText()).toMatch(/Visit · Win-back visit · Planned/);
  await expect.poll(() => loss.innerText()).toMatch(/Call · Win-back call · Planned/);
  await expectAccessible(page, 'lost client');
  await shoot('lost-client');

  // the visit falls due in four days: on the owner's worklist a week ahead
  await page.goto(`${app.url}/worklist?until=week`);
  const item = page.getByTestId('worklist-item').filter({ hasText: 'Bakkerij Jansen' });
  await expect.poll(() => item.first().innerText()).toMatch(/Planned activity/);
  await expect.poll(() => item.first().innerText()).toMatch(/Win-back visit/);

  // won back today: a client again, the loss kept with its day
  await page.goto(`${app.url}/organizations/${clientId}`);
  await section.getByRole('button', { name: 'Won back' }).click();
  const back = page.getByRole('dialog', { name: 'Bakkerij Jansen won back' });
  await back.getByLabel(field('Note')).fill('Back after the visit');
  await back.getByRole('button', { name: 'Won back' }).click();
  await back.waitFor({ state: 'hidden' });
  await expect.poll(() => loss.innerText()).toMatch(/Won back on/i);
  await page.getByText('Client', { exact: true }).first().waitFor();

  // the report: the reason in the category the client had on the day it left
  await page.goto(`${app.url}/clients/lost`);
  await page.getByRole('heading', { name: 'Lost clients', level: 1 }).waitFor();
  const group = page.getByTestId('lost-group').first();
  await expect.poll(() => group.innerText()).toMatch(/A[\s\S]*Moved to a competitor/);
  await expectAccessible(page, 'lost clients');
  await shoot('lost-clients');
});
