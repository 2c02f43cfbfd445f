// A strategic client's account team and its gifts: the owner named as the team's lead directs
// the relationship; a gift planned above the firm's limit shows the warning and the six
// requirements as a checklist, is registered as given and appears in the firm's register.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  await firm.send('patch', '/workspace', { giftValueLimitCents: 50_00 });
  clientId = (
    await firm.send('post', '/organizations', {
      name: 'Rederij Zeewind',
      status: 'client',
      relationLevel: 'strategic',
      relationshipManagerId: firm.ownerId,
    })
  ).id;
  await firm.send('post', `/organizations/${clientId}/contacts`, {
    firstName: 'Anna',
    lastName: 'Visser',
  });
}, 120_000);

afterAll(() => firm?.close());

test('an account team with its lead, and a gift above the limit planned and given', async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  const team = page.getByTestId('account-team');
  await team.getByText(/^No account team yet\./).waitFor();
  await team.getByText(/^A strategic relation is directed by the account team lead/).waitFor();

  await team.getByRole('button', { name: 'Edit team' }).click();
  const teamDialog = page.getByRole('dialog', { name: 'Account team' });
  await teamDialog.getByRole('combobox', { name: 'Add to the team' }).click();
  await page.getByRole('option', { name: 'Eva Eigenaar' }).click();
  // the first one named leads
  expect(
    await teamDialog.getByRole('radio', { name: 'Make Eva Eigenaar the lead' }).isChecked(),
  ).toBe(true);
  await teamDialog.getByRole('button', { name: 'Save' }).click();
  await teamDialog.waitFor({ state: 'hidden' });
  await expect
    .poll(() => team.getByTestId('directed-by').textContent())
    .toBe('Eva Eigenaar (the account team lead)');
  expect(await team.getByTestId('account-team-members').innerText()).toContain(
    'Eva Eigenaar · Lead',
  );

  const gifts = page.getByTestId('gifts');
  await gifts.getByTestId('gifts-empty').waitFor();
  expect(await gifts.innerText()).toContain('The firm’s limit per gift: €50.00');
  await gifts.getByRole('button', { name: 'Plan a gift' }).click();
  const dialog = page.getByRole('dialog', { name: 'Plan or register a gift' });
  await dialog.getByRole('combobox', { name: /^Contact person/ }).click();
  await page.getByRole('option', { name: 'Anna Visser' }).click();
  await dialog.getByRole('textbox', { name: /^Gift/ }).fill('Case of Douro wine');
  await dialog.getByRole('textbox', { name: /^Value/ }).fill('75');
  // planned: the six requirements stand as a checklist
  const checklist = dialog.getByTestId('gift-checklist');
  expect(await checklist.getByRole('checkbox').count()).toBe(6);
  await checklist.getByRole('checkbox', { name: 'To the recipient’s taste' }).check();
  await checklist.getByRole('checkbox', { name: /^Personal and fitting/ }).check();
  await dialog.getByText('2 of 6 requirements met').waitFor();
  await expectAccessible(page, 'gift dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });

  const row = gifts.getByTestId('gift-row');
  await expect.poll(() => row.count()).toBe(1);
  await expect
    .poll(() => row.first().innerText())
    .toMatch(
      /Planned[\s\S]*Anna Visser\s+Case of Douro wine\s+2 of 6 requirements met[\s\S]*€75\.00\s+Above the firm’s limit/i,
    );
  await expectAccessible(page, 'organisation page with its team and gifts');

  await row.first().getByRole('button', { name: 'Register as given' }).click();
  // the status badge under the date
  await expect.poll(() => row.first().innerText()).toMatch(/^[^\n]+\n+given\n/i);
  expect(await row.first().innerText()).toContain('Above the firm’s limit');

  await page.getByRole('link', { name: 'Gift register' }).click();
  const register = page.getByTestId('gift-register');
  await expect
    .poll(() => register.innerText())
    .toMatch(/Rederij Zeewind\s+Anna Visser\s+Case of Douro wine[\s\S]*Above the firm’s limit/);
});
