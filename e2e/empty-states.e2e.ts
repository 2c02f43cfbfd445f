// A new firm's empty pages point to the next step: the organisation list to the import, the
// worklist to what must be set up before anyone can fall due (a category for the clients, then a
// service concept for the categories), and only then does an empty worklist say "Nothing due";
// compliance names the same step instead of drawing an empty chart.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
}, 120_000);

afterAll(() => firm?.close());

test('an empty organisation list points to the import', async () => {
  await page.goto(`${app.url}/organizations`);
  await page.getByText('No organisations yet. Import the revenue').waitFor();
  await expectAccessible(page, 'empty organisation list');
  await page.getByRole('link', { name: 'Import revenue' }).click();
  await page.waitForURL(/\/import$/);
  await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
});

test('an empty worklist names what to set up first, until there is nothing left to set up', async () => {
  await page.goto(`${app.url}/worklist`);
  const empty = page.getByTestId('worklist-empty');
  await empty.getByText('First, put your clients into categories').waitFor();
  expect(await page.getByText('Nothing due. Well done.').count()).toBe(0);
  await expectAccessible(page, 'worklist without categories');
  await empty.getByRole('link', { name: 'Open the scoring matrix' }).click();
  await page.waitForURL(/\/clients\/scoring$/);

  // a client with a category, in nobody's care: the service concepts are the next step
  const schemes = (await (await page.request.get(`${app.url}/api/v1/category-schemes`)).json()) as {
    items: { id: string; isPrimary: boolean }[];
  };
  const schemeId = schemes.items.find((scheme) => scheme.isPrimary)!.id;
  const { id } = await firm.send('post', '/organizations', {
    name: 'Bakkerij Jansen',
    status: 'client',
  });
  // compliance has a client to judge but no norm: the step first, no empty chart
  await page.goto(`${app.url}/clients/compliance`);
  const setUp = page.getByTestId('compliance-set-up-first');
  await setUp.getByText('First, put your clients into categories').waitFor();
  expect(await page.getByTestId('norms-categories').count()).toBe(0);
  await expectAccessible(page, 'compliance without categories');
  await firm.send('put', `/organizations/${id}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Key client',
  });
  await page.reload();
  await setUp.getByText('First, your service concepts').waitFor();
  await setUp.getByRole('link', { name: 'Set up service concepts' }).click();
  await page.waitForURL(/\/clients\/service$/);

  await page.goto(`${app.url}/worklist`);
  await empty.getByText('First, your service concepts').waitFor();
  await empty.getByRole('link', { name: 'Set up service concepts' }).click();
  await page.waitForURL(/\/clients\/service$/);

  // set up: an empty list is now simply empty
  await firm.send('post', `/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  await page.goto(`${app.url}/worklist`);
  await empty.getByText('Nothing due. Well done.').waitFor();
  expect(await empty.getByText('First,').count()).toBe(0);
});
