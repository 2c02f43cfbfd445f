// My worklist in the browser: the signed-in owner manages an A-client not seen for longer than the
// A-norm, so the first page after signing in is the worklist with that contact overdue; it is
// logged in one click (a call done today, P person) and leaves the list. Then an activity is
// logged from another page with N then A, the organisation chosen first. Then the compliance page
// charts the norms per category and per professional, a second A-client never seen falling short,
// with its tables closed until asked for: per category, per professional, the four P's per
// category and the clients that fall short. Axe on the pages.
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

test('the compliance page charts the norms per category and per professional, its tables closed', async () => {
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
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${app.url}/worklist`);
  await page.getByRole('link', { name: 'Compliance', exact: true }).click();
  await page.waitForURL(/\/clients\/compliance$/);
  await page.getByRole('heading', { name: 'Compliance', level: 1 }).waitFor();

  // the charts write out the report's own figures: per A-client the interval, the minimum of
  // personal contacts, the mailing and the gift; Garage Smit, never seen, is overdue and Bakkerij
  // Jansen, called today (the test above), is not
  const report = (await (await page.request.get(`${app.url}/api/v1/compliance`)).json()) as {
    categories: { categoryKey: string | null; norms: Norms }[];
    professionals: { name: string; norms: Norms }[];
    firm: { norms: Norms };
  };
  const a = report.categories.find((category) => category.categoryKey === 'A')!.norms;
  expect(a.met + a.notMet + a.notYet).toBe(8);
  expect(a.met).toBeGreaterThanOrEqual(1);
  expect(a.notMet).toBeGreaterThanOrEqual(1);
  const written = (norms: Norms) =>
    `${norms.met} met, ${norms.notMet} not met, ${norms.notYet} not yet`;
  const figures = (id: string) => page.getByTestId(`${id}-figures`).innerText();
  await expect.poll(() => figures('norms-categories-A')).toBe(written(a));
  expect(await figures('norms-categories-firm')).toBe(written(report.firm.norms));
  expect(await figures('norms-professionals-firm')).toBe(written(report.firm.norms));
  const eva = report.professionals.find((professional) => professional.name === 'Eva Eigenaar')!;
  expect(await figures(`norms-professionals-${firm.ownerId}`)).toBe(written(eva.norms));
  // B has no clients: no norms, no bar
  expect(await figures('norms-categories-B')).toBe('No norms');
  // the row is a button named by its figures, not by colour
  await page
    .getByTestId('norms-categories')
    .getByRole('button', { name: `A ${written(a)}` })
    .waitFor();
  await screenshot('compliance-desktop-en');

  // the tables are closed until asked for
  const categoryTable = page.getByTestId('compliance-categories');
  const shortfalls = page.getByTestId('compliance-shortfalls');
  expect(await categoryTable.isVisible()).toBe(false);
  expect(await shortfalls.isVisible()).toBe(false);
  expect(await page.getByTestId('compliance-professionals').isVisible()).toBe(false);
  const categoriesToggle = page.getByTestId('compliance-categories-section-toggle');
  expect(await categoriesToggle.getAttribute('aria-expanded')).toBe('false');
  // opened by the keyboard
  await categoriesToggle.focus();
  await page.keyboard.press('Enter');
  await categoryTable.waitFor();
  expect(await categoriesToggle.getAttribute('aria-expanded')).toBe('true');
  const categoryA = page.getByTestId('compliance-categories-A');
  await expect.poll(() => categoryA.innerText()).toMatch(/^A\s+2\s+1 \(50%\)\s+1\/2/);

  // a professional's bar opens their table at their line
  await page.getByTestId(`norms-professionals-${firm.ownerId}`).click();
  const evaLine = page.getByTestId(`compliance-professionals-${firm.ownerId}`);
  await evaLine.waitFor();
  await expect.poll(() => evaLine.evaluate((line) => line === document.activeElement)).toBe(true);
  expect(await evaLine.innerText()).toContain('Eva Eigenaar');

  await page.getByRole('button', { name: 'Show the table: 1 client falls short' }).waitFor();
  await page.getByTestId('compliance-shortfalls-section-toggle').click();
  await expect
    .poll(() => shortfalls.innerText())
    .toMatch(/Garage Smit\s+A\s+Eva Eigenaar\s+€\s?0(,|\.)00\s+Never\s+contact \d+ days overdue/);
  expect(await shortfalls.innerText()).not.toContain('Bakkerij Jansen');
  await page.getByRole('heading', { name: '1 client falls short' }).waitFor();
  // the call to Bakkerij Jansen is the A-clients' one P so far: person, project missing
  await page.getByTestId('compliance-four-ps-section-toggle').click();
  await expect
    .poll(() => page.getByTestId('four-ps-category-A').innerText())
    .toMatch(/^A\s+0\s+1 \(100%\)\s+0\s+0\s+0\s+Project$/);
  await expectAccessible(page, 'compliance');
  await screenshot('compliance-desktop-en-open');

  // in Dutch, the same figures in words
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('NL', { exact: true }).click();
  await page.getByRole('heading', { name: 'Normen per categorie' }).waitFor();
  await expect
    .poll(() => figures('norms-categories-A'))
    .toBe(`${a.met} gehaald, ${a.notMet} niet gehaald, ${a.notYet} nog niet`);
  await screenshot('compliance-desktop-nl');
  await page.getByRole('radiogroup', { name: 'Taal' }).getByText('EN', { exact: true }).click();
  await page.getByRole('heading', { name: 'Norms per category' }).waitFor();

  // the tables opened stay open in the other language
  await page.getByRole('link', { name: 'Garage Smit' }).click();
  await page.waitForURL(new RegExp(`/organizations/${neglected.id}$`));
}, 120_000);

type Norms = { met: number; notMet: number; notYet: number };

async function screenshot(name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}
