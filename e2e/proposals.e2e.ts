// The proposal board and call-backs: two proposals added on an A-client's page appear on the
// board with the request column's count and value, one is dragged from request to sent (on time
// against the category's norm), the other moved to lost from its menu with the keyboard and its
// reason asked; a call-back is logged on the client's page and returned from the list of the
// user's own. Axe on the board, the lost dialog and the client's page.
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
  const schemes = await page.request.get(`${app.url}/api/v1/category-schemes`);
  const schemeId = ((await schemes.json()) as { items: { id: string }[] }).items[0]!.id;
  // the freelancer's A/B/C: an A-client gets its proposal within two working days
  await firm.send('post', `/category-schemes/${schemeId}/service-concepts/preset`, {
    preset: 'freelancerAbc',
  });
  clientId = (
    await firm.send('post', '/organizations', { name: 'Bakkerij Jansen', status: 'client' })
  ).id;
  await firm.send('put', `/organizations/${clientId}/category-override`, {
    schemeId,
    category: 'A',
    reason: 'Our largest client',
  });
  await firm.send('post', `/organizations/${clientId}/contacts`, {
    firstName: 'Anna',
    lastName: 'Jansen',
  });
}, 120_000);

afterAll(() => firm?.close());

async function addProposal(title: string, value: string) {
  const section = page.getByTestId('proposals');
  await section.getByRole('button', { name: 'Add proposal' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a proposal' });
  await dialog.getByRole('textbox', { name: /^Title/ }).fill(title);
  await dialog.getByRole('textbox', { name: /^Value/ }).fill(value);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await section.getByTestId('proposal-row').filter({ hasText: title }).waitFor();
}

const column = (stage: string) => page.getByTestId(`column-${stage}`);
const columnFigures = async (stage: string) => [
  await column(stage).getByTestId('column-count').textContent(),
  await column(stage).getByTestId('column-value').textContent(),
];

test('proposals on the board: added, dragged to sent, lost with a reason; a call-back returned', async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  await page
    .getByTestId('proposals')
    .getByText(/^No proposals for this client yet\./)
    .waitFor();
  await addProposal('Annual accounts 2026', '12500');
  await addProposal('Tax planning', '4,800.50');

  await page.getByRole('link', { name: 'Proposal board' }).first().click();
  await page.getByRole('heading', { name: 'Proposal board' }).waitFor();
  await expect.poll(() => columnFigures('request')).toEqual(['2', '€17,300.50']);
  expect(await columnFigures('sent')).toEqual(['0', '€0.00']);
  const accounts = page.getByTestId('proposal-card').filter({ hasText: 'Annual accounts 2026' });
  expect(await accounts.innerText()).toMatch(
    /^A\s+Annual accounts 2026\s+Bakkerij Jansen\s+Eva Eigenaar\s+€12,500\.00\s+Send by /,
  );
  await expectAccessible(page, 'proposal board');

  if (process.env.E2E_SCREENSHOTS) {
    // mid-drag: the card under the pointer, the line where it would land
    const from = (await accounts.boundingBox())!;
    const to = (await column('sent').boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 100, { steps: 12 });
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/proposal-board-drag.png` });
    await page.keyboard.press('Escape');
    await page.mouse.up();
  }
  // dragged from request to sent: sent today, within the A-client's two working days
  await accounts.dragTo(column('sent'), { steps: 12 });
  await expect.poll(() => columnFigures('sent')).toEqual(['1', '€12,500.00']);
  expect(await columnFigures('request')).toEqual(['1', '€4,800.50']);
  await expect
    .poll(() => column('sent').getByTestId('turnaround').textContent())
    .toMatch(/^On time: sent in \d working days?$/);

  // picked up by its grip with the keyboard and put down in the next column
  await page.getByRole('button', { name: 'Move “Tax planning”' }).focus();
  await page.keyboard.press('Space');
  await page.getByTestId('proposal-card-moving').waitFor();
  await page.keyboard.press('ArrowRight');
  await column('drafting').and(page.locator('[data-over]')).waitFor();
  await page.keyboard.press('Space');
  await expect.poll(() => columnFigures('drafting')).toEqual(['1', '€4,800.50']);
  expect(await columnFigures('request')).toEqual(['0', '€0.00']);

  // to lost from the card's menu, with the keyboard: the reason is asked first
  await page.getByRole('button', { name: 'Actions for “Tax planning”' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Move to Lost' }).click();
  const lost = page.getByRole('dialog', { name: 'Why was “Tax planning” lost?' });
  await lost.getByRole('button', { name: 'Mark as lost' }).click();
  await lost.getByText('Required').waitFor();
  await lost.getByRole('textbox', { name: /^Reason/ }).fill('Another firm was cheaper');
  await expectAccessible(page, 'lost reason dialog');
  await lost.getByRole('button', { name: 'Mark as lost' }).click();
  await lost.waitFor({ state: 'hidden' });
  await expect.poll(() => columnFigures('lost')).toEqual(['1', '€4,800.50']);
  expect(await columnFigures('drafting')).toEqual(['0', '€0.00']);
  await column('lost').getByText('Another firm was cheaper').waitFor();
  const board = await page.request.get(`${app.url}/api/v1/proposals`);
  const stages = ((await board.json()) as { items: { title: string; stage: string }[] }).items
    .map((proposal) => `${proposal.title}: ${proposal.stage}`)
    .sort();
  expect(stages).toEqual(['Annual accounts 2026: sent', 'Tax planning: lost']);

  // a call-back logged on the client's page, for the user (the client has no manager)
  await page.goto(`${app.url}/organizations/${clientId}`);
  const callBacks = page.getByTestId('call-backs');
  await callBacks.getByRole('button', { name: 'Log a call-back' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a call-back request' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('Choose a contact person or give a name.').waitFor();
  await dialog.getByRole('combobox', { name: 'Contact person who called' }).click();
  await page.getByRole('option', { name: 'Anna Jansen' }).click();
  await dialog.getByRole('textbox', { name: /^Note/ }).fill('About the annual accounts');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const open = callBacks.getByTestId('call-backs-open').getByTestId('call-back-row');
  await expect
    .poll(() => open.innerText())
    .toMatch(/Anna Jansen\s+Eva Eigenaar\s+About the annual accounts\s+Call back by /);
  await expectAccessible(page, 'organisation page with proposals and call-backs');

  // returned in one click from the user's own list, reached from the board
  await page.getByRole('link', { name: 'Proposal board' }).first().click();
  await page.getByRole('link', { name: /^My call-backs/ }).click();
  const mine = page.getByTestId('my-call-backs');
  await mine.getByTestId('call-back-row').filter({ hasText: 'Bakkerij Jansen' }).waitFor();
  await mine.getByRole('button', { name: 'Mark the call of Anna Jansen returned' }).click();
  await mine.getByText('No calls to return. Well done.').waitFor();
  await page.goto(`${app.url}/organizations/${clientId}`);
  await expect
    .poll(() =>
      callBacks.getByTestId('call-backs-returned').getByTestId('call-back-check').textContent(),
    )
    .toBe('On time');
  await callBacks.getByText('Nothing to call back.').waitFor();
}, 180_000);
