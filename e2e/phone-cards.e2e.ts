// Tables with buttons in their rows on a phone, 390 × 844: a client's activities, call-backs,
// gifts and contact persons, and the settings' users, criteria and schemes become a card per
// row, each field named, the row's buttons on the screen and working from the keyboard, and the
// page never scrolls sideways. A wide table of figures (the gift register) scrolls on its own,
// from the keyboard too.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

const width = 390;
const screenshots = process.env.E2E_SCREENSHOTS;
let firm: Firm;
let phone: Page;
let clientId: string;

/** A day this many days before the machine's today, as the firm's clock reads it. */
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  firm = await setUpFirm();
  phone = firm.page;
  clientId = (
    await firm.send('post', '/organizations', {
      name: 'Stichting Theater De Schouwburg Noord',
      status: 'client',
      relationshipManagerId: firm.ownerId,
    })
  ).id;
  const contact = await firm.send('post', `/organizations/${clientId}/contacts`, {
    firstName: 'Annemarie',
    lastName: 'De Vries-Van den Berg',
    jobTitle: 'Zakelijk directeur',
    email: 'annemarie.devries-vandenberg@schouwburgnoord.example.nl',
  });
  await firm.send('post', `/organizations/${clientId}/activities`, {
    type: 'visit',
    status: 'planned',
    onDate: daysAgo(-7),
    subject: 'Annual accounts 2026',
    followUpOn: daysAgo(-14),
  });
  await firm.send('post', `/organizations/${clientId}/call-backs`, {
    callerName: 'Meneer Bos',
    note: 'About the new season',
  });
  await firm.send('post', `/organizations/${clientId}/gifts`, {
    contactId: contact.id,
    status: 'given',
    onDate: daysAgo(30),
    occasion: 'christmas',
    description: 'A box of chocolates',
    valueCents: 4_500,
  });
  await phone.setViewportSize({ width, height: 844 });
}, 120_000);

afterAll(() => firm?.close());

/** Nothing of the page lies beyond the screen's right edge. */
async function expectNoSidewaysScroll(name: string) {
  const wide = await phone.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  }));
  expect(wide, name).toEqual({ document: width, body: width });
}

async function expectOnScreen(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.x, what).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, what).toBeLessThanOrEqual(width);
}

/** A row shown as a card: a block of its own, its fields one under the other. */
async function expectCard(row: Locator, what: string) {
  expect(await row.evaluate((element) => getComputedStyle(element).display), what).toBe('block');
  for (const button of await row.getByRole('button').all())
    await expectOnScreen(button, `${await button.getAttribute('aria-label')} in ${what}`);
}

/** The name a card gives a field, written before its value. */
const labelOf = (cell: Locator) =>
  cell.evaluate((element) => getComputedStyle(element, '::before').content);

test("a client's lists of things to do are cards on a phone, each with its buttons", async () => {
  await phone.goto(`${firm.app.url}/organizations/${clientId}`);
  const callBack = phone.getByTestId('call-back-row').filter({ hasText: 'Meneer Bos' });
  await callBack.waitFor();
  const activity = phone.getByTestId('activity-row').filter({ hasText: 'Annual accounts' });
  await activity.waitFor();
  const gift = phone.getByTestId('gift-row').filter({ hasText: 'chocolates' });
  await gift.waitFor();
  const contact = phone.locator('tr', { hasText: 'Zakelijk directeur' });
  await contact.waitFor();
  await expectNoSidewaysScroll("a client's page");
  if (screenshots)
    await phone.screenshot({ path: `${screenshots}/phone-cards.png`, fullPage: true });

  await expectCard(callBack, 'the call-back');
  await expectCard(activity, 'the activity');
  await expectCard(gift, 'the gift');
  await expectCard(contact, 'the contact person');
  // each field says what it is, where the header row no longer does
  expect(await labelOf(callBack.locator('td', { hasText: 'Meneer Bos' }))).toBe('"Who called"');
  expect(await labelOf(gift.locator('td', { hasText: /€\s?45\.00/ }))).toBe('"Value"');
  // the long e-mail address wraps inside its card rather than widening the page
  await expectOnScreen(
    contact.getByRole('link', { name: /annemarie\.devries/ }),
    'the e-mail address',
  );
  // a button works from the keyboard
  await callBack.getByRole('button', { name: 'Mark the call of Meneer Bos returned' }).focus();
  await phone.keyboard.press('Enter');
  await expect.poll(() => callBack.getByRole('button', { name: /returned$/ }).count()).toBe(0);
  await activity.getByRole('button', { name: 'Mark done: Annual accounts 2026' }).waitFor();
  await expectAccessible(phone, "a client's page on a phone");
}, 120_000);

test('the settings list users, criteria and schemes as cards on a phone', async () => {
  await firm.send('post', '/criteria/preset', { preset: 'moneyFunPrestige' });
  for (const tab of ['users', 'criteria', 'schemes']) {
    await phone.goto(`${firm.app.url}/settings/${tab}`);
    const rows = phone.locator('.card-table tbody tr');
    await rows.first().waitFor();
    await expectNoSidewaysScroll(`the settings of ${tab}`);
    for (const row of await rows.all()) await expectCard(row, `a row of ${tab}`);
    for (const field of await phone.locator('.card-table input:visible').all())
      await expectOnScreen(field, `a field of ${tab}`);
  }
}, 120_000);

test('the gift register scrolls on its own, from the keyboard too', async () => {
  await phone.goto(`${firm.app.url}/clients/gifts`);
  const register = phone.getByRole('region', { name: 'Gift register' });
  await register.getByText('A box of chocolates').waitFor();
  await expectNoSidewaysScroll('the gift register');
  await register.focus();
  await phone.keyboard.press('ArrowRight');
  await phone.keyboard.press('ArrowRight');
  await expect.poll(() => register.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
}, 120_000);
