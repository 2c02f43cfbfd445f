// A scored client's category on its page: the category committed, explained per criterion with
// what it takes to move up, set by hand with a reason, and a kind of value tagged; two scorers who
// disagree by 2 agree on a score there. Axe on the page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, signInColleague, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;
/** The criterion a second scorer judges differently. */
let imageId: string;

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  clientId = (
    await firm.send('post', '/organizations', { name: 'Bakkerij Jansen', status: 'client' })
  ).id;
  // poen, pret & prestige with revenue judged by hand, as the method's example
  const preset = await firm.send<{ items: { id: string; key: string; active: boolean }[] }>(
    'post',
    '/criteria/preset',
    { preset: 'moneyFunPrestige' },
  );
  const criteria = preset.items.filter((criterion) => criterion.active);
  const revenue = criteria.find((criterion) => criterion.key === 'revenue')!;
  imageId = criteria.find((criterion) => criterion.key === 'image')!.id;
  await firm.send('patch', `/criteria/${revenue.id}`, { source: 'judgement' });
  for (const criterion of criteria)
    await firm.send('put', `/organizations/${clientId}/scores/${criterion.id}`, {
      score: criterion.key === 'revenue' ? 1 : 2,
      agreed: false,
    });
  await firm.send('post', '/classifications', { note: 'Annual review' });
}, 120_000);

afterAll(() => firm?.close());

test("a client's category explained, set by hand with a reason, and tagged", async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  const section = page.getByTestId('client-category');
  await section.getByRole('heading', { name: 'Category' }).waitFor();
  const explanation = section.getByTestId('category-explanation');
  await explanation.getByText('Revenue and revenue potential', { exact: true }).waitFor();
  await expect
    .poll(() => explanation.getByTestId('move-up').textContent())
    .toMatch(/^Up to B:\s*3 more points: for example Revenue and revenue potential from 1 to 2$/);
  await expectAccessible(page, 'organisation page with its category');

  await section.getByRole('tab', { name: 'History' }).click();
  await section.getByTestId('category-history').getByText('Eva Eigenaar').waitFor();

  await section
    .getByRole('button', { name: /^Set by hand: / })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: 'Set the category by hand' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('Say why, so colleagues understand it later.').waitFor();
  await dialog.getByRole('combobox', { name: /^Category/ }).click();
  await page.getByRole('option', { name: 'A', exact: true }).click();
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Opens doors in the sector');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await section.getByText('Opens doors in the sector').first().waitFor();
  await section.getByText('Set by hand', { exact: true }).waitFor();

  await section.getByRole('button', { name: 'Add “influence”' }).click();
  await expect
    .poll(async () =>
      (await page.request.get(`${app.url}/api/v1/organizations/${clientId}/value-tags`)).json(),
    )
    .toEqual({ tags: ['influence'] });

  // the page's history says what happened in words
  await page.getByText(/^Category set by hand /).waitFor();
  await page.getByText('Kinds of value').last().waitFor();
}, 120_000);

test('scorers 2 or more points apart agree on a score on the client page', async () => {
  const piet = await signInColleague(firm);
  const scored = await piet.context.request.put(
    `${app.url}/api/v1/organizations/${clientId}/scores/${imageId}`,
    { data: { score: 0, agreed: false }, headers: piet.headers },
  );
  expect(scored.ok()).toBe(true);
  await piet.context.close();

  await page.goto(`${app.url}/organizations/${clientId}`);
  const section = page.getByTestId('client-category');
  await section.getByRole('tab', { name: 'Scores' }).click();
  const row = section.getByRole('row').filter({ hasText: "Strengthens the firm's image" });
  await row.getByText('Piet Professional: 0').waitFor();
  await row.getByLabel('The scorers are 2 or more points apart: agree on a score.').waitFor();
  // the median of 2 and 0 counts until the firm agrees
  await expect.poll(() => row.locator('td').last().textContent()).toBe('1');
  await row
    .getByRole('combobox', { name: "Agreed score for Strengthens the firm's image" })
    .click();
  await page.getByRole('option', { name: '2', exact: true }).click();
  await page.getByText('The agreed score is saved.').waitFor();
  await expect.poll(() => row.locator('td').last().textContent()).toBe('2');
}, 120_000);
