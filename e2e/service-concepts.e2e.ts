// Service concepts in the browser: the firm starts from the freelancer's A/B/C, changes B's
// norms by keyboard and saves them (an empty norm is no norm), and puts C back to the defaults
// after confirming; each norm says how compliance checks it, or that it does not yet. Axe on the
// page.
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

async function storedConcepts() {
  const schemes = await page.request.get(`${app.url}/api/v1/category-schemes`, {
    headers: firm.headers,
  });
  const scheme = ((await schemes.json()) as { items: { id: string }[] }).items[0]!;
  const answer = await page.request.get(
    `${app.url}/api/v1/category-schemes/${scheme.id}/service-concepts`,
    { headers: firm.headers },
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
      'Contact every 60 days · Called back the same working day · Proposal within 2 working days · ' +
        'Complaint acknowledged within 2 working days · Complaint solved within 10 working days · ' +
        'Kept informed by the mailing · A personally chosen gift every year · At least 2 contacts a year',
    );

  const b = page.getByRole('region', { name: 'B' });
  const interval = b.getByLabel('Personal contact at least every');
  await interval.fill('90');
  await b.getByLabel('Evaluation after each assignment').press('Space');
  // each norm says beside it what compliance checks it by
  await b
    .getByTestId('norm-evaluationAfterEachAssignment')
    .getByText(/^Checked: each assignment that ended is evaluated/)
    .waitFor();
  await b
    .getByTestId('norm-secondProfessionalPerAssignment')
    .getByText(/^Checked: each running assignment/)
    .waitFor();
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
