// Personal settings: the weekly digest switched off (the server has no mail, and says so), a
// calendar feed address created and shown once, the .ics it serves read by a calendar's request,
// and the feed revoked after confirming, after which the address answers 404. Axe on the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
}, 120_000);

afterAll(() => firm?.close());

test('turns the weekly digest off, subscribes a calendar to the feed and revokes it', async () => {
  await page.goto(`${app.url}/settings/profile`);
  await page.getByText('This server has no mail set up').waitFor();
  const digest = page.getByRole('switch', { name: 'Send me the weekly digest' });
  expect(await digest.isChecked()).toBe(true);
  await digest.click({ force: true });
  await page.getByText('The weekly digest is off.').waitFor();
  expect(await digest.isChecked()).toBe(false);

  await page.getByText('You have no calendar feed yet.').waitFor();
  await page.getByRole('button', { name: 'Create feed address' }).click();
  const url = (await page.getByTestId('calendar-feed-url').textContent()) ?? '';
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/[0-9a-f-]{36}\.\S+\.ics$/);
  await expectAccessible(page, 'personal settings with a new calendar feed');

  const calendar = await page.request.get(url);
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(await calendar.text()).toContain('X-WR-CALNAME:Klandizie – Eva Eigenaar');

  await page.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await page.getByText('The calendar feed is revoked.').waitFor();
  await page.getByText('You have no calendar feed yet.').waitFor();
  expect((await page.request.get(url)).status()).toBe(404);
});
