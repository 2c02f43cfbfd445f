// The app at a laptop's width, 1280 × 800, in Dutch (its longer words are the harder case): every
// column of the organisation list stays in view, no column heading runs into its neighbour, and a
// plan for a year whose start has no revenue yet says so instead of a target below zero.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let page: Page;
// the last two complete fiscal years on the firm's clock (fiscal years start in January here)
const thisYear = new Date().getUTCFullYear();
const [earlier, last] = [thisYear - 2, thisYear - 1];

const revenue = [
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw',
  `1001;Stichting Theater De Schouwburg Noord-Holland;15-03-${earlier};F-001;30.000,00`,
  `1002;Bakkerij Jansen;20-04-${earlier};F-002;4.000,00`,
  `1001;Stichting Theater De Schouwburg Noord-Holland;15-03-${last};F-003;1.234.567,89`,
  `1003;Café de Zwaan;10-09-${last};F-004;12.000,00`,
].join('\r\n');

beforeAll(async () => {
  firm = await setUpFirm();
  const imported = await firm.page.request.post(
    `${firm.app.url}/api/v1/imports/revenue?fileName=omzet.csv`,
    {
      data: Buffer.from(revenue),
      headers: { ...firm.headers, 'content-type': 'application/octet-stream' },
    },
  );
  expect(imported.ok(), await imported.text()).toBe(true);
  page = firm.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${firm.app.url}/organizations`);
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('NL', { exact: true }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
}, 120_000);
afterAll(async () => firm?.close());

/** The headings whose text or sort arrow reaches past their own cell, left or right. */
async function overflowingHeadings(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('th')].flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      if (box.width === 0) return [];
      // the text and arrow themselves, wherever flex boxes around them let them overflow to
      const range = document.createRange();
      range.selectNodeContents(cell);
      const inner = range.getBoundingClientRect();
      return inner.left < box.left - 1 || inner.right > box.right + 1
        ? [cell.textContent?.trim() ?? '']
        : [];
    }),
  );
}

test('the organisation list keeps its revenue column in view', async () => {
  await page.goto(`${firm.app.url}/organizations`);
  const header = page.locator('.organization-row.header');
  await expect.poll(() => header.textContent()).toContain(`Omzet ${last}`);
  const list = await header.boundingBox();
  const revenue = await header.locator('span').last().boundingBox();
  expect(revenue!.x + revenue!.width).toBeLessThanOrEqual(list!.x + list!.width);
  await expect
    .poll(() => page.locator('li.organization-row').filter({ hasText: 'Theater' }).textContent())
    .toContain('1.234.567,89');
});

test('no column heading of the portfolio runs into its neighbour', async () => {
  await page.goto(`${firm.app.url}/portfolio?year=${last}`);
  await expect.poll(() => page.locator('.portfolio-table th').count()).toBeGreaterThan(5);
  expect(await overflowingHeadings()).toEqual([]);
  await page.goto(`${firm.app.url}/portfolio/review?year=${last}`);
  await expect.poll(() => page.locator('th').count()).toBeGreaterThan(5);
  expect(await overflowingHeadings()).toEqual([]);
});

test('the bridge writes every growth with one decimal', async () => {
  await page.goto(`${firm.app.url}/portfolio/bridge?year=${last}`);
  const table = page.locator('table').filter({ hasText: 'Groei t.o.v.' });
  await expect.poll(() => table.count()).toBe(1);
  const growths = await table.locator('tbody tr td:last-child').allTextContents();
  const written = growths.map((text) => text.trim()).filter((text) => text !== '');
  expect(written.length).toBeGreaterThan(2);
  for (const growth of written) expect(growth).toMatch(/^[+-]?\d[\d.]*,\d%$/);
});

test('a plan whose start year has no revenue yet shows no target', async () => {
  await page.goto(`${firm.app.url}/portfolio/plan?year=${thisYear + 1}`);
  const target = page.getByTestId('plan-target-amount');
  await expect.poll(() => target.textContent()).toBe('—');
  await expect
    .poll(() => page.getByTestId('plan-start-missing').textContent())
    .toContain(`Er is nog geen omzet van ${thisYear} geïmporteerd`);
  await page.goto(`${firm.app.url}/portfolio/plan?year=${thisYear}`);
  await expect.poll(() => target.textContent()).toMatch(/^€\s[\d.]+,\d\d$/);
});
