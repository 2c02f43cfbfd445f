// A client's relationship activities on its page: a gift logged with the keyboard gets the P
// person suggested, a visit planned (the server's objection shown at the date) and marked done,
// its follow-up done, the four P's counted as they change, and an activity deleted after
// confirming. Axe on the page and the dialog.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { addClientWithContact, setUpFirm, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;

const day = (offset: number) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  clientId = await addClientWithContact(firm);
}, 120_000);

afterAll(() => firm?.close());

const balanceRow = (p: string) => page.getByTestId(`four-ps-${p}`).getByRole('cell');

async function expectBalance(p: string, count: string, share: string) {
  await expect.poll(async () => balanceRow(p).nth(1).textContent()).toBe(count);
  expect(await balanceRow(p).nth(2).textContent()).toBe(share);
}

test('activities logged, planned, done and deleted, with the four P’s beside them', async () => {
  await page.goto(`${app.url}/organizations/${clientId}`);
  const section = page.getByTestId('activities');
  await section
    .getByTestId('activities-empty')
    .getByText(/^No activities yet\./)
    .waitFor();
  await expect
    .poll(() => page.getByTestId('four-ps-advice').textContent())
    .toBe('No done activities with a P in this period yet: start with the project.');
  await expectAccessible(page, 'organisation page without activities');

  // the A key opens the dialog; picking the gift type suggests the P person
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: 'Log or plan an activity' });
  await dialog.getByRole('textbox', { name: /^Subject/ }).waitFor();
  expect(await dialog.getByRole('combobox', { name: 'P', exact: true }).inputValue()).toBe(
    'Person',
  );
  await dialog.getByRole('combobox', { name: /^Type/ }).click();
  await page.getByRole('option', { name: 'Gift', exact: true }).click();
  expect(await dialog.getByRole('combobox', { name: 'P', exact: true }).inputValue()).toBe(
    'Person',
  );
  await dialog.getByRole('combobox', { name: /^Type/ }).click();
  await page.getByRole('option', { name: 'Meeting', exact: true }).click();
  expect(await dialog.getByRole('combobox', { name: 'P', exact: true }).inputValue()).toBe(
    'Project',
  );
  await dialog.getByRole('combobox', { name: /^Type/ }).click();
  await page.getByRole('option', { name: 'Gift', exact: true }).click();
  expect(await dialog.getByRole('combobox', { name: 'P', exact: true }).inputValue()).toBe(
    'Person',
  );
  await dialog.getByLabel('Contact persons').click();
  await page.getByRole('option', { name: 'Anna Jansen' }).click();
  await dialog.getByRole('textbox', { name: /^Cost/ }).fill('45');
  await expectAccessible(page, 'activity dialog');
  const subject = dialog.getByRole('textbox', { name: /^Subject/ });
  await subject.fill('Book on family businesses');
  await subject.press('Enter');
  await dialog.waitFor({ state: 'hidden' });

  const rows = section.getByTestId('activity-row');
  await expect.poll(() => rows.count()).toBe(1);
  await expect
    .poll(() => rows.first().innerText())
    .toMatch(/Gift\s+Person\s+Book on family businesses\s+€45\.00\s+Anna Jansen, Eva Eigenaar/);
  await expectBalance('person', '1', '100%');
  await expectBalance('project', '0', '0%');
  expect(await page.getByTestId('four-ps-advice').textContent()).toBe(
    'First missing: project. The P’s work best deployed in the advised order, so this one comes next.',
  );

  // a visit two days ahead (after today in the firm's time zone too): done is refused at the
  // date, planned is accepted
  await section.getByRole('button', { name: /^Log activity/ }).click();
  await dialog.getByRole('textbox', { name: /^Date/ }).fill(day(2));
  await dialog.getByRole('textbox', { name: /^Subject/ }).fill('Visit at the new bakery');
  await dialog.getByRole('textbox', { name: /^Follow-up on/ }).fill(day(9));
  await dialog.getByRole('textbox', { name: /^Follow-up note/ }).fill('Send the minutes');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('a done activity cannot be dated after today').waitFor();
  await dialog.getByRole('radio', { name: 'Planned' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => rows.count()).toBe(2);
  const visit = rows.filter({ hasText: 'Visit at the new bakery' });
  await visit.getByText('Planned', { exact: true }).waitFor();
  await expect
    .poll(() => section.getByTestId('activities-count').textContent())
    .toBe('2 activities');
  await expectBalance('person', '1', '100%');

  // only the planned ones
  await section.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Planned', exact: true }).click();
  await expect.poll(() => rows.count()).toBe(1);
  await section.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'All', exact: true }).click();
  await expect.poll(() => rows.count()).toBe(2);

  // done in one click (held today), its follow-up done too
  await section.getByRole('button', { name: 'Mark done: Visit at the new bakery' }).click();
  await expect.poll(() => visit.getByText('Planned', { exact: true }).count()).toBe(0);
  await expectBalance('person', '2', '100%');
  await section
    .getByRole('button', { name: 'Mark the follow-up of “Visit at the new bakery” done' })
    .click();
  await visit.getByText(/\(done\)$/).waitFor();
  await expectAccessible(page, 'organisation page with activities');

  // deleted after confirming
  await section.getByRole('button', { name: 'Delete “Book on family businesses”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Book on family businesses”?' });
  await confirm.getByRole('button', { name: 'Delete the activity' }).click();
  await expect.poll(() => rows.count()).toBe(1);
  await expect.poll(() => section.getByTestId('activities-count').textContent()).toBe('1 activity');
  await expectBalance('person', '1', '100%');
  const answer = await page.request.get(`${app.url}/api/v1/organizations/${clientId}/four-ps`);
  expect(((await answer.json()) as { counts: unknown }).counts).toEqual({
    project: 0,
    person: 1,
    process: 0,
    partnership: 0,
  });
}, 120_000);

test('who came to an invitation is set per person on the activity', async () => {
  const listed = await page.request.get(`${app.url}/api/v1/organizations/${clientId}/contacts`);
  const anna = ((await listed.json()) as { items: { id: string }[] }).items[0]!.id;
  const invitation = await firm.send('post', `/organizations/${clientId}/activities`, {
    type: 'invitation',
    status: 'done',
    onDate: day(-20),
    subject: 'Nieuwjaarsreceptie',
    contactIds: [anna],
  });
  await page.goto(`${app.url}/organizations/${clientId}`);
  const answer = page.getByRole('combobox', { name: 'Answer of Anna Jansen' });
  await answer.waitFor();
  expect(await answer.inputValue()).toBe('');
  await answer.selectOption('accepted');
  await expect
    .poll(async () => {
      const stored = await page.request.get(`${app.url}/api/v1/activities/${invitation.id}`);
      return ((await stored.json()) as { contacts: { response: string | null }[] }).contacts[0]
        ?.response;
    })
    .toBe('accepted');
  await expectAccessible(page, 'organisation page with an invitation');
});
