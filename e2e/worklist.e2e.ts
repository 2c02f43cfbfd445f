// My worklist in the browser: the signed-in owner manages an A-client not seen for longer than the
// A-norm, so the first page after signing in is the worklist with that contact overdue; it is
// logged in one click (a call done today, P person) and leaves the list. Then an activity is
// logged from another page with N then A, the organisation chosen first. Then the compliance page
// names a second A-client never seen as falling short, per category and per professional, with
// the four P's per category. Axe on the pages.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;
let schemeId: string;

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  const schemes = (await (await page.request.get(`${app.url}/api/v1/category-schemes`)).json()) as {
    items: { id: string }[];
  };
  schemeId = schemes.items[0]!.id;
  // the freelancer's A/B/C: an A-client is seen at least every 60 days
  await firm.send('post', `/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  // a client since 2020 without any contact: overdue for years
  clientId = (
    await firm.send('post', '/organizations', {
      name: 'Bakkerij Jansen',
      status: 'client',
      relationshipManagerId: firm.ownerId,
      clientSince: '2020-01-01',
    })
  ).id;
  await firm.send('put', `/organizations/${clientId}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Key client',
  });
  await firm.send('post', '/organizations', { name: 'Drukkerij Visser', status: 'client' });
}, 120_000);

afterAll(() => firm?.close());

test('an overdue contact logged from the worklist in one click, an activity logged from anywhere', async () => {
  // the first page for a professional with clients in their care
  await page.goto(`${app.url}/`);
  await page.waitForURL(/\/worklist$/);
  await page.getByRole('heading', { name: 'My worklist' }).waitFor();
  const overdue = page.getByTestId('worklist-overdue');
  const row = overdue.getByTestId('worklist-item').filter({ hasText: 'Bakkerij Jansen' });
  await expect
    .poll(() => row.innerText())
    .toMatch(/Bakkerij Jansen\s+A\s+Personal contact\s+.+\s+\d+ days overdue/);
  await expectAccessible(page, 'worklist');

  // looking a week ahead is kept in the URL
  await page.getByText('7 days', { exact: true }).click();
  await page.waitForURL(/until=week/);
  await row.waitFor();

  // one click opens the dialog ready to save: a call done today, P person
  await row.getByRole('button', { name: /^Log contact/ }).click();
  const dialog = page.getByRole('dialog', { name: /Log or plan an activity · Bakkerij Jansen/ });
  await dialog.getByRole('textbox', { name: /^Subject/ }).waitFor();
  expect(await dialog.getByRole('combobox', { name: /^Type/ }).inputValue()).toBe('Call');
  expect(await dialog.getByRole('combobox', { name: 'P', exact: true }).inputValue()).toBe(
    'Person',
  );
  expect(await dialog.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByTestId('worklist-empty').getByText('Nothing due. Well done.').waitFor();

  // N then A on another page: the organisation first, then the activity dialog
  await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
  await page.waitForURL(/\/portfolio$/);
  await page.keyboard.press('n');
  await page.keyboard.press('a');
  const quick = page.getByRole('dialog', { name: 'Log an activity' });
  const organization = quick.getByRole('combobox', { name: /^Organisation/ });
  await expect
    .poll(() => organization.evaluate((input) => input === document.activeElement))
    .toBe(true);
  await organization.fill('Visser');
  await page.getByRole('option', { name: 'Drukkerij Visser' }).click();
  const activity = page.getByRole('dialog', { name: 'Log or plan an activity' });
  const subject = activity.getByRole('textbox', { name: /^Subject/ });
  await subject.fill('Coffee at the print shop');
  await subject.press('Enter');
  await activity.waitFor({ state: 'hidden' });

  const answer = await page.request.get(`${app.url}/api/v1/organizations/${clientId}/activities`);
  const logged = ((await answer.json()) as { items: { type: string; subject: string }[] }).items;
  expect(logged.map((item) => [item.type, item.subject])).toEqual([['call', 'Personal contact']]);
  await page.goto(`${app.url}/organizations`);
  await page.getByRole('link', { name: 'Drukkerij Visser' }).click();
  await page.getByTestId('activity-row').getByText('Coffee at the print shop').waitFor();
}, 120_000);

test('the compliance page names the client that falls short, per category and per professional', async () => {
  const neglected = await firm.send('post', '/organizations', {
    name: 'Garage Smit',
    status: 'client',
    relationshipManagerId: firm.ownerId,
    clientSince: '2020-01-01',
  });
  await firm.send('put', `/organizations/${neglected.id}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Key client',
  });
  await page.goto(`${app.url}/worklist`);
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  await page.waitForURL(/\/clients\/compliance$/);
  await page.getByRole('heading', { name: 'Compliance', level: 1 }).waitFor();
  // Bakkerij Jansen was called today (the test above); Garage Smit was never seen
  const categoryA = page.getByTestId('compliance-categories-A');
  await expect.poll(() => categoryA.innerText()).toMatch(/^A\s+2\s+1 \(50%\)\s+1\/2/);
  const shortfalls = page.getByTestId('compliance-shortfalls');
  await expect
    .poll(() => shortfalls.innerText())
    .toMatch(/Garage Smit\s+A\s+Eva Eigenaar\s+€\s?0(,|\.)00\s+Never\s+contact \d+ days overdue/);
  expect(await shortfalls.innerText()).not.toContain('Bakkerij Jansen');
  await page.getByRole('heading', { name: '1 client falls short' }).waitFor();
  await expect
    .poll(() => page.getByTestId('compliance-professionals').innerText())
    .toContain('Eva Eigenaar');
  // the call to Bakkerij Jansen is the A-clients' one P so far: person, project missing
  await expect
    .poll(() => page.getByTestId('four-ps-category-A').innerText())
    .toMatch(/^A\s+0\s+1 \(100%\)\s+0\s+0\s+0\s+Project$/);
  await expectAccessible(page, 'compliance');

  await page.getByRole('link', { name: 'Garage Smit' }).click();
  await page.waitForURL(new RegExp(`/organizations/${neglected.id}$`));
}, 120_000);
