// The app on a phone, 390 × 844: revenue of two years imported with the CLI, the theatre an
// A-client in the owner's care, not seen for years and with a call-back open. The worklist shows
// each item's due date and buttons on the screen; an organisation, the portfolio and compliance
// never run wider than the screen; a wide table scrolls on its own with its first column kept in
// view; and no badge is cut off mid-word.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { importingRevenue, setUpFirm, type Firm } from './firm-setup.ts';

const width = 390;
const screenshots = process.env.E2E_SCREENSHOTS;

const revenue = [
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw;Dienst',
  '1001;Stichting Theater De Schouwburg Noord;15-03-2023;F23-001;12.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2023;F23-002;6.000,00;Advies',
  '1001;Stichting Theater De Schouwburg Noord;15-03-2024;F24-001;30.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2024;F24-002;4.000,00;Advies',
  '1003;Drukkerij Van Dam;01-06-2024;F24-003;1.500,00;Training',
].join('\r\n');

let firm: Firm;
let app: WebApp;
let context: BrowserContext;
let phone: Page;
let theaterId: string;

beforeAll(async () => {
  firm = await setUpFirm({ prepare: importingRevenue(revenue) });
  app = firm.app;
  const { page } = firm;
  const organizations = (
    (await (await page.request.get(`${app.url}/api/v1/organizations?limit=200`)).json()) as {
      items: { id: string; name: string }[];
    }
  ).items;
  theaterId = organizations.find((organization) => organization.name.includes('Theater'))!.id;
  const schemes = (await (await page.request.get(`${app.url}/api/v1/category-schemes`)).json()) as {
    items: { id: string }[];
  };
  const schemeId = schemes.items[0]!.id;
  await firm.send('post', `/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  await firm.send('patch', `/organizations/${theaterId}`, {
    relationshipManagerId: firm.ownerId,
    clientSince: '2020-01-01',
  });
  // criteria switched on, so the organisation shows its category and the reason it was set by hand
  await firm.send('post', '/criteria/preset', { preset: 'moneyFunPrestige' });
  await firm.send('put', `/organizations/${theaterId}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Policy: only a new-year greeting, never a gift, for a foundation of the city',
  });
  await firm.send('post', `/organizations/${theaterId}/call-backs`, {
    callerName: 'Mevrouw De Vries-Van den Berg',
    note: 'About the annual accounts',
  });

  // the owner's session in a phone's screen
  context = await firm.browser.newContext({
    locale: 'en-GB',
    viewport: { width, height: 844 },
    isMobile: true,
    hasTouch: true,
    storageState: await page.context().storageState(),
  });
  context.setDefaultTimeout(20_000);
  phone = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await firm?.close();
});

async function shot(name: string) {
  if (screenshots)
    await phone.screenshot({ path: `${screenshots}/phone-${name}.png`, fullPage: true });
}

/** Nothing of the page lies beyond the screen's right edge, unless inside its own scroller. */
async function expectNoSidewaysScroll(name: string) {
  const wide = await phone.evaluate(() => ({
    document: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
  }));
  expect(wide, name).toEqual({ document: width, body: width });
}

/** A badge shows its whole text, on more lines when it must. */
async function expectBadgesWhole(name: string) {
  const cut = await phone.evaluate(() =>
    [...document.querySelectorAll('.mantine-Badge-label')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent),
  );
  expect(cut, name).toEqual([]);
}

/** Within the screen from left to right. */
async function expectOnScreen(locator: Locator, what: string) {
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.x, what).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, what).toBeLessThanOrEqual(width);
}

/** A wide table scrolled to its far end still shows its first column. */
async function expectFirstColumnKept(scroller: Locator, firstCell: Locator, what: string) {
  const scrolled = await scroller.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
    return element.scrollLeft;
  });
  expect(scrolled, `${what} scrolls sideways`).toBeGreaterThan(0);
  await expectOnScreen(firstCell, what);
  const scrollerBox = (await scroller.boundingBox())!;
  const cellBox = (await firstCell.boundingBox())!;
  expect(cellBox.x, what).toBeGreaterThanOrEqual(scrollerBox.x - 1);
}

test('the worklist shows each due date and its buttons on the screen', async () => {
  await phone.goto(`${app.url}/worklist`);
  await phone.getByRole('heading', { name: 'My worklist' }).waitFor();
  const items = phone.getByTestId('worklist-item');
  await items.first().waitFor();
  await shot('worklist');
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  for (const item of await items.all()) {
    const name = await item.getByRole('link').first().innerText();
    await expectOnScreen(item.getByTestId('worklist-due'), `the due date of ${name}`);
    const buttons = item.getByRole('button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all())
      await expectOnScreen(button, `${await button.innerText()} for ${name}`);
  }
  await expectNoSidewaysScroll('worklist');
  await expectBadgesWhole('worklist');

  // a button still works at this width: the call-back is ticked off
  await items
    .filter({ hasText: 'Mevrouw De Vries' })
    .getByRole('button', { name: /^Returned/ })
    .click();
  await expect.poll(() => items.filter({ hasText: 'Mevrouw De Vries' }).count()).toBe(0);
}, 120_000);

test('the organisation list shows each status on the screen', async () => {
  await phone.goto(`${app.url}/organizations`);
  await phone.getByRole('link', { name: 'Bakkerij Jansen' }).waitFor();
  await shot('organizations');
  await expectNoSidewaysScroll('organisation list');
  const statuses = phone.locator('li.organization-row .mantine-Badge-root');
  expect(await statuses.count()).toBe(3);
  for (const status of await statuses.all()) await expectOnScreen(status, 'a status');
  // the row's columns fit its width, so the list's border does not clip the status
  const overflowing = await phone
    .locator('li.organization-row')
    .evaluateAll((rows) => rows.filter((row) => row.scrollWidth > row.clientWidth).length);
  expect(overflowing).toBe(0);
}, 120_000);

test('an organisation fits the screen, its category reason whole', async () => {
  await phone.goto(`${app.url}/organizations/${theaterId}`);
  await phone
    .getByRole('heading', { name: /Theater De Schouwburg/ })
    .first()
    .waitFor();
  await phone
    .getByText(/Policy: only a new-year greeting/)
    .first()
    .waitFor();
  await shot('organization');
  await expectNoSidewaysScroll('organisation');
  await expectBadgesWhole('organisation');
  for (const reason of await phone.getByText(/Policy: only a new-year greeting/).all()) {
    const cut = await reason.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
    expect(cut, 'the category reason is cut off').toBe(false);
  }
}, 120_000);

test('the portfolio scrolls its client table on its own, the client kept in view', async () => {
  await phone.goto(`${app.url}/portfolio?year=2024`);
  const table = phone.locator('table.portfolio-table');
  await table.waitFor();
  await shot('portfolio');
  await expectNoSidewaysScroll('portfolio');
  await expectBadgesWhole('portfolio');
  await expectFirstColumnKept(
    phone.locator('.portfolio-table-scroll'),
    table.locator('tbody td.name').first(),
    'the client of the first row',
  );
  await table.scrollIntoViewIfNeeded();
  await shot('portfolio-scrolled');
}, 120_000);

test('compliance fits the screen with its charts, its tables open and scroll with the category kept', async () => {
  await phone.goto(`${app.url}/clients/compliance`);
  await phone.getByRole('heading', { name: 'Compliance', level: 1 }).waitFor();
  const chart = phone.getByTestId('norms-categories');
  await chart.waitFor();
  await phone.getByTestId('norms-professionals').waitFor();
  await shot('compliance');
  await expectNoSidewaysScroll('compliance');
  await expectBadgesWhole('compliance');
  // the theatre's A: the report's own figures, written out
  const report = (await (await phone.request.get(`${app.url}/api/v1/compliance`)).json()) as {
    categories: {
      categoryKey: string | null;
      norms: Record<'met' | 'notMet' | 'notYet', number>;
    }[];
  };
  const a = report.categories.find((category) => category.categoryKey === 'A')!.norms;
  expect(await phone.getByTestId('norms-categories-A-figures').innerText()).toBe(
    `${a.met} met, ${a.notMet} not met, ${a.notYet} not yet`,
  );
  await expectOnScreen(phone.getByTestId('norms-categories-A-figures'), 'the A-figures');

  // the A bar opens the table at its line
  const table = phone.getByTestId('compliance-categories');
  expect(await table.isVisible()).toBe(false);
  await phone.getByTestId('norms-categories-A').click();
  await table.waitFor();
  await expectNoSidewaysScroll('compliance with its table open');
  const scroller = table.locator(
    'xpath=ancestor::*[contains(@class, "mantine-ScrollArea-viewport")][1]',
  );
  await expectFirstColumnKept(
    scroller,
    table.locator('tbody tr').first().locator('td').first(),
    'the category of the first row',
  );
  await shot('compliance-scrolled');
  // the wide tables scroll from the keyboard too
  await phone.getByTestId('compliance-four-ps-section-toggle').click();
  await phone.getByTestId('four-ps-by-category').waitFor();
  await expectAccessible(phone, 'compliance on a phone, its tables open');

  await phone
    .getByRole('radiogroup', { name: 'Language' })
    .getByText('NL', { exact: true })
    .click();
  await phone.getByRole('heading', { name: 'Normen per categorie' }).waitFor();
  await expectNoSidewaysScroll('compliance in Dutch');
  await shot('compliance-nl');
  await phone.getByRole('radiogroup', { name: 'Taal' }).getByText('EN', { exact: true }).click();
  await phone.getByRole('heading', { name: 'Norms per category' }).waitFor();
}, 120_000);
