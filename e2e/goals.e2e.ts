// Goals per category in the browser: revenue of two years imported with the CLI, three clients
// committed to A and two to C; a retention goal for A met and then, with a higher target, not
// met; a goal on referrals, which no A-client has made yet; a dependency goal for C; a year
// without a year before it, not measured. Axe.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { importingRevenue, setUpFirm, type Firm } from './firm-setup.ts';

/**
 * 2024 against 2023: the theatre and the bakery stayed, the café was lost (the A-clients kept
 * 2 of 3), the printer and the eetcafé are the C-clients of 2024.
 */
const revenue = [
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw;Dienst',
  '1001;Theater De Schouwburg;15-03-2023;F23-001;12.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2023;F23-002;6.000,00;Advies',
  '1003;Café de Zwaan;10-09-2023;F23-003;2.000,00;Training',
  '1001;Theater De Schouwburg;15-03-2024;F24-001;30.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2024;F24-002;4.000,00;Advies',
  '1004;Drukkerij Van Dam;01-06-2024;F24-003;1.500,00;Training',
  '1005;Eetcafé Het Hoekje;11-11-2024;F24-004;2.500,00;Advies',
].join('\r\n');
const topClients = ['Theater De Schouwburg', 'Bakkerij Jansen', 'Café de Zwaan'];

let firm: Firm;
let app: WebApp;
let page: Page;

beforeAll(async () => {
  // revenue imported with the CLI before the app starts; the imported firm then gets its owner
  firm = await setUpFirm({ prepare: importingRevenue(revenue) });
  ({ app, page } = firm);
  const organizations = (
    (await (await page.request.get(`${app.url}/api/v1/organizations?limit=200`)).json()) as {
      items: { id: string; name: string }[];
    }
  ).items;
  expect(organizations).toHaveLength(5);

  // poen, pret & prestige judged by hand: 3 on everything is an A, 0 a C
  const preset = await firm.send<{ items: { id: string; key: string; active: boolean }[] }>(
    'post',
    '/criteria/preset',
    { preset: 'moneyFunPrestige' },
  );
  const criteria = preset.items.filter((criterion) => criterion.active);
  await firm.send('patch', `/criteria/${criteria.find((c) => c.key === 'revenue')!.id}`, {
    source: 'judgement',
  });
  for (const organization of organizations)
    for (const criterion of criteria)
      await firm.send('put', `/organizations/${organization.id}/scores/${criterion.id}`, {
        score: topClients.includes(organization.name) ? 3 : 0,
        agreed: false,
      });
  await firm.send('post', '/classifications', { note: 'Annual review' });
}, 120_000);

afterAll(() => firm?.close());

/** A category's card on the goals page. */
function categoryCard(name: string): Locator {
  return page
    .locator('.mantine-Card-root')
    .filter({ has: page.getByRole('heading', { name: `Category ${name}`, exact: true }) });
}

/** A goal's row as read: goal, target, actual and status (its words, not their capitals). */
async function goalRow(card: Locator, goal: string): Promise<string[]> {
  const cells = card.getByRole('row').filter({ hasText: goal }).getByRole('cell');
  const texts = await cells.evaluateAll((elements) =>
    elements.map((cell, index) =>
      index === 3 || !(cell instanceof HTMLElement) ? (cell.textContent ?? '') : cell.innerText,
    ),
  );
  return texts.slice(0, 4).map((text) => text.replace(/\s+/g, ' ').trim());
}

async function addGoal(
  card: Locator,
  goal: { kind?: string; measure?: string; target: string },
): Promise<void> {
  await card.getByRole('button', { name: 'Add goal' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (goal.kind) {
    await dialog.getByRole('combobox', { name: 'Goal', exact: true }).click();
    await page.getByRole('option', { name: goal.kind, exact: true }).click();
  }
  if (goal.measure) {
    await dialog.getByRole('combobox', { name: 'Measure', exact: true }).click();
    await page.getByRole('option', { name: goal.measure, exact: true }).click();
  }
  await dialog.getByRole('textbox', { name: /^Target/ }).fill(goal.target);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

test('goals per category against the actuals of the year, and one not measured yet', async () => {
  await page.goto(`${app.url}/clients/goals`);
  const a = categoryCard('A');
  const c = categoryCard('C');
  await a.getByText('2 clients with revenue in 2024').waitFor();
  await c.getByText('2 clients with revenue in 2024').waitFor();
  await a.getByText('No goals for this category yet.', { exact: false }).waitFor();

  // raise loyalty: keep at least 60% of last year's A-clients (2 of 3 stayed)
  await addGoal(a, { target: '60' });
  const retention = 'Retention: share of last year’s clients that stayed';
  await expect
    .poll(() => goalRow(a, retention))
    .toEqual([`${retention} Raise loyalty`, 'at least 60%', '66.67%', 'Met']);
  await expect.poll(() => page.getByRole('columnheader', { name: 'Actual 2024' }).count()).toBe(1);

  // referrals are counted from who referred each client: none of the A-clients referred anyone
  await addGoal(a, { kind: 'Create ambassadors', target: '25' });
  const referring = 'Share of clients who refer others';
  await expect
    .poll(() => goalRow(a, referring))
    .toEqual([`${referring} Create ambassadors`, 'at least 25%', '0%', 'Not met']);

  // reduce dependency on the C-clients' largest: the eetcafé brings 62.5%
  await addGoal(c, { kind: 'Reduce dependency', target: '50' });
  const largest = 'Largest client’s share of revenue';
  await expect
    .poll(() => goalRow(c, largest))
    .toEqual([`${largest} Reduce dependency`, 'at most 50%', '62.5%', 'Not met']);
  await expectAccessible(page, 'goals per category');

  // a more ambitious retention target is no longer met
  await a.getByRole('button', { name: `Edit ${retention}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit goal' });
  await dialog.getByRole('textbox', { name: /^Target/ }).fill('70');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => goalRow(a, retention))
    .toEqual([`${retention} Raise loyalty`, 'at least 70%', '66.67%', 'Not met']);

  // kept on the server, in the year asked for
  await page.goto(`${app.url}/clients/goals?year=2023`);
  await expect.poll(() => page.getByRole('columnheader', { name: 'Actual 2023' }).count()).toBe(2);
  // in 2023 no A-client had a year before it to be retained from
  await expect
    .poll(() => goalRow(categoryCard('A'), retention))
    .toEqual([`${retention} Raise loyalty`, 'at least 70%', '—', 'Not measured yet']);
}, 120_000);
