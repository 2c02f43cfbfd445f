// The firm's own category scheme in the browser: named categories checked as they are typed,
// ranked by x of y minimums, the scheme picker on the scoring matrix once there are two schemes,
// a classification previewed and committed under it; its ranking method changed to meeting every
// minimum; then renamed and deleted after saying what goes with it. Axe on the scheme editor.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;

/** Scores per client on revenue, image, reference, cooperation and new services. */
const scores: Record<string, number[]> = {
  'Client Alpha': [3, 3, 3, 3, 3],
  'Client Beta': [2, 2, 0, 0, 0],
  'Client Gamma': [1, 1, 1, 1, 1],
};
const criterionKeys = ['revenue', 'image', 'reference', 'cooperation', 'newServices'];
const criterionNames = [
  'Revenue and revenue potential',
  "Strengthens the firm's image",
  'Can act as a reference',
  'Quality of the cooperation',
  'Developing new services together',
];

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  // poen, pret & prestige with revenue judged by hand, as the method's example
  const preset = await firm.send<{ items: { id: string; key: string; active: boolean }[] }>(
    'post',
    '/criteria/preset',
    { preset: 'moneyFunPrestige' },
  );
  const criteria = preset.items.filter((criterion) => criterion.active);
  expect(criteria.map((criterion) => criterion.key).sort()).toEqual([...criterionKeys].sort());
  const idOf = (key: string) => criteria.find((criterion) => criterion.key === key)!.id;
  await firm.send('patch', `/criteria/${idOf('revenue')}`, { source: 'judgement' });
  for (const [name, clientScores] of Object.entries(scores)) {
    const client = await firm.send('post', '/organizations', { name, status: 'client' });
    for (const [index, key] of criterionKeys.entries())
      await firm.send('put', `/organizations/${client.id}/scores/${idOf(key)}`, {
        score: clientScores[index],
        agreed: false,
      });
  }
}, 120_000);

afterAll(() => firm?.close());

const schemePicker = () => page.getByRole('combobox', { name: 'Category scheme' });

test("the firm's own scheme by x of y minimums, classified on the scoring matrix", async () => {
  // one scheme: nothing to pick
  await page.goto(`${app.url}/clients/scoring`);
  await page.getByRole('grid', { name: 'Scoring matrix' }).waitFor();
  expect(await schemePicker().count()).toBe(0);

  await page.goto(`${app.url}/settings/schemes`);
  await page.getByTestId('scheme-list').getByText('A / B / C').waitFor();
  await page.getByRole('button', { name: 'New scheme' }).click();
  const dialog = page.getByRole('dialog', { name: 'New category scheme' });
  await dialog.getByText('Your own categories').click();
  // nothing typed yet: the missing names are said once the firm tries to add
  await dialog.getByRole('button', { name: 'Add scheme' }).click();
  await dialog.getByText('Give the scheme a name.').waitFor();
  expect(await dialog.getByText('Give this category a name.').count()).toBe(3);
  await dialog.getByLabel(/^Name/).fill('Strategic fit');
  await dialog.getByLabel('Category 1, the best').fill('Gold');
  await dialog.getByLabel('Category 2', { exact: true }).fill(' gold');
  await dialog.getByText('Another category already has this name.').waitFor();
  await dialog.getByLabel('Category 2', { exact: true }).fill('Silver');
  await dialog.getByLabel('Category 3, the rest').fill('Bronze');
  expect(await dialog.getByText('Another category already has this name.').count()).toBe(0);
  // by keyboard: Bronze up one and back, the focus following it
  await dialog.getByRole('button', { name: 'Move up: category 3' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Move up: category 2');
  expect(await dialog.getByLabel('Category 2', { exact: true }).inputValue()).toBe('Bronze');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await dialog.getByLabel('Category 3, the rest').inputValue()).toBe('Bronze');
  expect(await dialog.getByLabel('Category 2', { exact: true }).inputValue()).toBe('Silver');

  await dialog.getByRole('radio', { name: 'Meets x of y minimums' }).check();
  const levels = dialog.getByTestId('scheme-levels');
  await levels.waitFor();
  for (const criterion of criterionNames) {
    await levels.getByLabel(`Minimum for Gold: ${criterion}`).fill('3');
    await levels.getByLabel(`Minimum for Silver: ${criterion}`).fill('2');
  }
  await levels.getByLabel('At least how many minimums for Gold').fill('6');
  await levels.getByText('A whole number from 1 to 5').waitFor();
  await levels.getByLabel('At least how many minimums for Gold').fill('2');
  await levels.getByLabel('At least how many minimums for Silver').fill('2');
  expect(await levels.getByText('A whole number from 1 to 5').count()).toBe(0);
  await expectAccessible(page, 'the new scheme dialog');
  await dialog.getByRole('button', { name: 'Add scheme' }).click();
  await dialog.waitFor({ state: 'detached' });

  const row = page.getByTestId('scheme-list').getByRole('row').filter({ hasText: 'Strategic fit' });
  await expect.poll(() => row.textContent()).toContain('Meets x of y minimums');
  expect(await row.textContent()).toContain('GoldSilverBronze');
  expect(await row.textContent()).toContain('Gold: 2 of 5 minimums · Silver: 2 of 5 minimums');

  // two schemes: the matrix lets the firm pick one
  await page.getByRole('link', { name: 'Open the scoring matrix' }).click();
  await schemePicker().click();
  await page.getByRole('option', { name: 'Strategic fit' }).click();
  const categoryOf = (name: string) =>
    page.getByRole('row').filter({ hasText: name }).locator('[data-column="category"]');
  await expect.poll(() => categoryOf('Client Alpha').textContent()).toBe('Gold');
  // 2 of 5 at the Silver minimum of 2, none at Gold's 3
  await expect.poll(() => categoryOf('Client Beta').textContent()).toBe('Silver');
  await expect.poll(() => categoryOf('Client Gamma').textContent()).toBe('Bronze');
  await expect
    .poll(() => page.getByTestId('preview-summary').textContent())
    .toBe('3 of 3 clients move');
  await page.getByLabel('Note (optional)').fill('Strategic review');
  await page.getByRole('button', { name: 'Commit classification' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Commit classification' }).click();
  const history = page.getByTestId('classification-history');
  await history.getByText('Strategic review').waitFor();
  expect(
    await history.getByRole('row').filter({ hasText: 'Strategic review' }).textContent(),
  ).toContain('Gold 1 · Silver 1 · Bronze 1');
  await expect
    .poll(() => page.getByTestId('preview-summary').textContent())
    .toBe('0 of 3 clients move');

  // the A/B/C scheme has seen no commit: its own categories stand apart
  const schemes = await page.request.get(`${app.url}/api/v1/category-schemes`);
  const own = ((await schemes.json()) as { items: { id: string; name: string }[] }).items.find(
    (scheme) => scheme.name === 'Strategic fit',
  )!;
  const committed = await page.request.get(
    `${app.url}/api/v1/category-schemes/${own.id}/classifications`,
  );
  expect(((await committed.json()) as { items: { categories: unknown }[] }).items).toEqual([
    expect.objectContaining({
      categories: [
        { category: 'gold', clients: 1 },
        { category: 'silver', clients: 1 },
        { category: 'bronze', clients: 1 },
      ],
    }),
  ]);
}, 120_000);

test('another ranking method: every minimum met, with fewer minimums', async () => {
  await page.goto(`${app.url}/settings/schemes`);
  await page.getByRole('button', { name: 'Ranking method: Strategic fit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ranking method of Strategic fit' });
  await dialog.getByRole('radio', { name: 'Meets all minimums' }).check();
  const levels = dialog.getByTestId('scheme-levels');
  // Gold: 3 on the reference alone; Silver: 1 on revenue and image
  for (const criterion of criterionNames) {
    await levels.getByLabel(`Minimum for Gold: ${criterion}`).fill('');
    await levels.getByLabel(`Minimum for Silver: ${criterion}`).fill('');
  }
  await levels.getByText('Set at least one minimum for this category.').first().waitFor();
  await levels.getByLabel('Minimum for Gold: Can act as a reference').fill('4');
  await levels.getByText('A whole number from 1 to 3').waitFor();
  await levels.getByLabel('Minimum for Gold: Can act as a reference').fill('3');
  await levels.getByLabel('Minimum for Silver: Revenue and revenue potential').fill('1');
  await levels.getByLabel("Minimum for Silver: Strengthens the firm's image").fill('1');
  expect(await levels.getByRole('alert').count()).toBe(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
  const row = page.getByTestId('scheme-list').getByRole('row').filter({ hasText: 'Strategic fit' });
  await expect.poll(() => row.textContent()).toContain('Meets all minimums');
  expect(await row.textContent()).toContain('Gold: 1 minimum · Silver: all 2 minimums');

  await page.getByRole('link', { name: 'Open the scoring matrix' }).click();
  await schemePicker().click();
  await page.getByRole('option', { name: 'Strategic fit' }).click();
  const categoryOf = (name: string) =>
    page.getByRole('row').filter({ hasText: name }).locator('[data-column="category"]');
  // Gamma's 1 on revenue and image now meets Silver; the matrix still shows what was committed
  await expect.poll(() => categoryOf('Client Gamma').textContent()).toBe('SilverCommitted: Bronze');
  await expect.poll(() => categoryOf('Client Beta').textContent()).toBe('Silver');
  await expect.poll(() => categoryOf('Client Alpha').textContent()).toBe('Gold');
  await expect
    .poll(() => page.getByTestId('preview-summary').textContent())
    .toBe('1 of 3 clients move');
}, 120_000);

test('a scheme renamed, then deleted after saying what goes with it', async () => {
  await page.goto(`${app.url}/settings/schemes`);
  await page.getByRole('button', { name: 'Rename: Strategic fit' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Strategic fit' });
  await rename.getByLabel(/^Name/).fill('  ');
  await rename.getByText('Give the scheme a name.').waitFor();
  await rename.getByLabel(/^Name/).fill('Fit 2027');
  await page.keyboard.press('Enter');
  await rename.waitFor({ state: 'detached' });
  const list = page.getByTestId('scheme-list');
  await list.getByText('Fit 2027').waitFor();

  // the primary scheme stays: it offers no delete
  expect(await page.getByRole('button', { name: 'Delete: A / B / C' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Delete: Fit 2027' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Fit 2027?' });
  await confirm.getByText(/its committed classifications, the categories set by hand/).waitFor();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await confirm.waitFor({ state: 'detached' });
  await expect.poll(() => list.getByRole('row').count()).toBe(2);
  expect(await list.textContent()).not.toContain('Fit 2027');

  await page.goto(`${app.url}/clients/scoring`);
  await page.getByRole('grid', { name: 'Scoring matrix' }).waitFor();
  expect(await schemePicker().count()).toBe(0);
}, 120_000);
