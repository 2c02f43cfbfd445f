// Service concepts in the browser: the firm starts from the freelancer's A/B/C, changes B's
// norms by keyboard and saves them (an empty norm is no norm), and puts C back to the defaults
// after confirming. Axe on the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWebApp, type WebApp } from './app.ts';
import { expectAccessible, launchBrowser } from './browser.ts';

let app: WebApp;
let browser: { browser: Browser; close: () => Promise<void> };
let page: Page;
let headers: Record<string, string>;

beforeAll(async () => {
  app = await startWebApp();
  browser = await launchBrowser();
  const context = await browser.browser.newContext({
    locale: 'en-GB',
    viewport: { width: 1400, height: 1000 },
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
  headers = { 'x-csrf-token': ((await setup.json()) as { csrfToken: string }).csrfToken };
  await page.goto(`${app.url}/`);
  await page.evaluate(() => localStorage.setItem('klandizie.language', 'en'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function storedConcepts() {
  const schemes = await page.request.get(`${app.url}/api/v1/category-schemes`, { headers });
  const scheme = ((await schemes.json()) as { items: { id: string }[] }).items[0]!;
  const answer = await page.request.get(
    `${app.url}/api/v1/category-schemes/${scheme.id}/service-concepts`,
    { headers },
  );
  return ((await answer.json()) as { items: Record<string, unknown>[] }).items;
}

test('the freelancer’s A/B/C as a start, B changed by keyboard, C back to the defaults', async () => {
  await page.goto(`${app.url}/clients/service`);
  await page.getByRole('heading', { name: 'Service concepts', level: 1 }).waitFor();
  const a = page.getByRole('region', { name: 'A' });
  await a.getByText('Default norms').waitFor();
  await expectAccessible(page, 'service concepts');

  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.getByRole('menuitem', { name: 'The freelancer’s A/B/C' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('The norms of A, B, C are replaced').waitFor();
  await dialog.getByRole('button', { name: 'Replace the norms' }).click();
  await expect
    .poll(() => a.locator('p').first().textContent())
    .toBe(
      'contact every 60 days · Called back the same working day · proposal within 2 working days · ' +
        'Kept informed by the mailing · A personally chosen gift every year · at least 2 contacts a year',
    );

  const b = page.getByRole('region', { name: 'B' });
  const interval = b.getByLabel('Personal contact at least every');
  await interval.fill('90');
  await b.getByLabel('Evaluation after each assignment').press('Space');
  await b.getByLabel('Proposal sent within').fill('');
  await interval.press('Enter');
  await expect
    .poll(async () => (await storedConcepts())[1])
    .toMatchObject({
      personalContactIntervalDays: 90,
      evaluationAfterEachAssignment: true,
      proposalTurnaroundWorkingDays: null,
    });
  await page.getByText('Service concept of B saved').waitFor();

  const c = page.getByRole('region', { name: 'C' });
  await c.getByRole('button', { name: 'Back to the defaults' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Back to the defaults' }).click();
  await c.getByText('Default norms').waitFor();
  expect((await storedConcepts())[2]).toMatchObject({
    set: false,
    minimumPersonalContactsPerYear: 2,
  });
});
