// The organisation list in the browser: each client's category and last fiscal year's revenue
// as columns, the category as a filter, revenue as a sort (the column header or the menu), and
// contact persons found by the list's search and by Ctrl+K, each opening its organisation.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
// the last complete fiscal year on the firm's clock (fiscal years start in January here)
const year = new Date().getUTCFullYear() - 1;

const revenue = [
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw',
  `1001;Theater De Schouwburg;15-03-${year};F-001;30.000,00`,
  `1002;Bakkerij Jansen;20-04-${year};F-002;4.000,00`,
  `1003;Café de Zwaan;10-09-${year};F-003;12.000,00`,
].join('\r\n');

const rowNames = async () =>
  (await firm.page.locator('li.organization-row a').allTextContents()).map((name) => name.trim());

beforeAll(async () => {
  firm = await setUpFirm();
  const { page, app, headers } = firm;
  const imported = await page.request.post(`${app.url}/api/v1/imports/revenue?fileName=omzet.csv`, {
    data: Buffer.from(revenue),
    headers: { ...headers, 'content-type': 'application/octet-stream' },
  });
  expect(imported.ok(), await imported.text()).toBe(true);
  const list = (await (await page.request.get(`${app.url}/api/v1/organizations`)).json()) as {
    items: { id: string; name: string }[];
  };
  const idOf = (name: string) => list.items.find((item) => item.name === name)!.id;
  const schemes = (await (await page.request.get(`${app.url}/api/v1/category-schemes`)).json()) as {
    items: { id: string }[];
  };
  for (const [name, category] of [
    ['Theater De Schouwburg', 'A'],
    ['Café de Zwaan', 'A'],
    ['Bakkerij Jansen', 'C'],
  ] as const)
    await firm.send('put', `/organizations/${idOf(name)}/category-override`, {
      schemeId: schemes.items[0]!.id,
      category,
      reason: 'Test',
    });
  await firm.send('post', `/organizations/${idOf('Bakkerij Jansen')}/contacts`, {
    firstName: 'Anna',
    lastName: 'Jänsen',
    email: 'anna@bakkerij.test',
    phone: '06-12 34 56 78',
  });
}, 120_000);
afterAll(async () => firm?.close());

describe('the organisation list', () => {
  test('shows the category and last year’s revenue, filters on the category, sorts on revenue', async () => {
    const { page, app } = firm;
    await page.goto(`${app.url}/organizations`);
    await expect
      .poll(rowNames)
      .toEqual(['Bakkerij Jansen', 'Café de Zwaan', 'Theater De Schouwburg']);
    await expect.poll(() => page.getByText(`Revenue ${year}`).count()).toBe(1);
    const theatre = page.locator('li.organization-row', { hasText: 'Theater De Schouwburg' });
    expect((await theatre.textContent())?.replace(/\s/g, ' ')).toContain('€30,000.00');

    await page.getByText(`Revenue ${year}`).click();
    await expect
      .poll(rowNames)
      .toEqual(['Theater De Schouwburg', 'Café de Zwaan', 'Bakkerij Jansen']);
    await page.getByText(`Revenue ${year}`).click();
    await expect
      .poll(rowNames)
      .toEqual(['Bakkerij Jansen', 'Café de Zwaan', 'Theater De Schouwburg']);

    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'A', exact: true }).click();
    await expect.poll(rowNames).toEqual(['Café de Zwaan', 'Theater De Schouwburg']);
    expect(page.url()).toContain('category=A');
    await expectAccessible(page, 'the organisation list');
  });

  test('finds a contact person by the search and opens their organisation', async () => {
    const { page, app } = firm;
    await page.goto(`${app.url}/organizations`);
    await page.getByRole('searchbox', { name: 'Search organisations' }).fill('jansen anna');
    const hit = page.getByRole('link', { name: 'Anna Jänsen at Bakkerij Jansen' });
    await expect.poll(() => hit.count()).toBe(1);
    await hit.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Bakkerij Jansen' }).count()).toBe(1);
  });

  test('finds a contact person by phone with Ctrl+K', async () => {
    const { page } = firm;
    await page.keyboard.press('Control+k');
    await page
      .getByPlaceholder('Type an organisation, a contact person or a command')
      .fill('0612345678');
    const option = page.getByRole('option', {
      name: /Anna Jänsen.*contact person at Bakkerij Jansen/,
    });
    await expect.poll(() => option.count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Bakkerij Jansen' }).count()).toBe(1);
  });

  test("shows a client's revenue per year, its share and ABC class, and its norms", async () => {
    const { page, app } = firm;
    await page.goto(`${app.url}/organizations`);
    await page.getByRole('link', { name: 'Theater De Schouwburg' }).click();
    const figures = page.getByRole('region', { name: 'Revenue and service' });
    await expect.poll(() => figures.getByText(`Share of revenue ${year}`).count()).toBe(1);
    // 30,000 of 46,000: the portfolio's share, written as the portfolio writes it
    await expect.poll(() => figures.getByText('65.22%').count()).toBe(1);
    expect(await figures.getByText('Service norms of category A').count()).toBe(1);
    expect(await figures.getByText('No assignments imported yet.').count()).toBe(1);
    await expectAccessible(page, 'an organisation with its figures');
  });
});
