// Ambassadors and the marketing pyramid: Anna of Atlas recommended Noord, which just became a
// client; Atlas is on the list to thank, one click logs the thank-you and takes it off; the
// pyramid of the year shows the fair at the bottom as against the advice, and spend is added.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import { dayAt, defaultTimeZone } from '../src/core/time-zone.ts';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

let firm: Firm;
let app: WebApp;
let page: Page;
const today = dayAt(new Date(), defaultTimeZone);

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
  const atlas = (
    await firm.send('post', '/organizations', {
      name: 'Atlas Bouw',
      status: 'client',
      sector: 'Bouw',
      relationshipManagerId: firm.ownerId,
      clientSince: '2021-01-04',
    })
  ).id;
  const anna = (
    await firm.send('post', `/organizations/${atlas}/contacts`, {
      firstName: 'Anna',
      lastName: 'Visser',
    })
  ).id;
  await firm.send('post', '/organizations', {
    name: 'Noord Installatie',
    status: 'client',
    clientSince: addCalendarDays(today, -3),
    referredByContactId: anna,
  });
  await firm.send('post', '/marketing-spend', {
    spentOn: today,
    layer: 'ownSales',
    description: 'Beursstand Bouwvak',
    minutes: 960,
    costCents: 450_000,
  });
}, 120_000);

afterAll(() => firm?.close());

test('Atlas is thanked with one click for bringing Noord', async () => {
  await page.goto(`${app.url}/clients/ambassadors`);
  const thanks = page.getByTestId('thank-yous');
  await thanks.getByText('Atlas Bouw').waitFor();
  expect(await thanks.innerText()).toContain('Noord Installatie');
  expect(await page.getByTestId('ambassadors').innerText()).toContain('Noord Installatie');
  await expectAccessible(page, 'ambassadors page');
  await shoot('ambassadors-en');
  await page.getByRole('button', { name: 'Thank Atlas Bouw (logs a personal call)' }).click();
  await page.getByText(/^Nobody to thank\./).waitFor();
});

test('the pyramid flags the fair at the bottom and takes new spend', async () => {
  await page.goto(`${app.url}/clients/pyramid`);
  const advice = page.getByTestId('pyramid-advice');
  await advice.waitFor();
  expect(await advice.innerText()).toContain('Own sales efforts gets more money than');
  await page.getByRole('textbox', { name: 'Description' }).fill('Artikel in vakblad');
  await page.getByRole('textbox', { name: 'Minutes' }).fill('240');
  await page.getByRole('button', { name: 'Add' }).click();
  const spend = page.getByTestId('marketing-spend');
  await expect.poll(() => spend.getByRole('row').count()).toBe(3);
  expect(await spend.innerText()).toContain('Independent sources');
  await expectAccessible(page, 'marketing pyramid');
  await shoot('pyramid-en');
  // the same pages in Dutch
  await firm.send('patch', '/me', { locale: 'nl' });
  await page.goto(`${app.url}/clients/pyramid`);
  await page.getByText('Te veel aan de onderkant').waitFor();
  await shoot('pyramid-nl');
  await page.goto(`${app.url}/clients/ambassadors`);
  await page.getByText(/^Niemand te bedanken\./).waitFor();
  await shoot('ambassadors-nl');
});
