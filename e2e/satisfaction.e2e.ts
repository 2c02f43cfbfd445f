// The norm of 8 in the browser (method.md §7): an evaluation of 7 on a client opens an improvement
// plan, seen on the Satisfaction page and on the relationship manager's worklist; a re-evaluation
// of 8 closes it, and its 9 on recommend lists the contact as an ambassador candidate. The page is
// looked at in both languages, on a laptop and on a phone.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addCalendarDays } from '../src/core/servicing/calendar-days.ts';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { field, setUpFirm, type Firm } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

let firm: Firm;
let app: WebApp;
let page: Page;
let clientId: string;
let today: string;

async function shot(name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

/** 2026-03-05 as the import reads it: 05-03-2026. */
const dutchDay = (day: string) => day.split('-').reverse().join('-');

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  const answer = await page.request.get(`${app.url}/api/v1/today`);
  today = ((await answer.json()) as { today: string }).today;
  clientId = (
    await firm.send('post', '/organizations', {
      name: 'Bakkerij Jansen',
      status: 'client',
      relationshipManagerId: firm.ownerId,
    })
  ).id;
  for (const [firstName, lastName] of [
    ['Anna', 'Jansen'],
    ['Bram', 'de Wit'],
  ])
    await firm.send('post', `/organizations/${clientId}/contacts`, { firstName, lastName });
  // an assignment that ended 40 days ago: its evaluation is 10 days late
  const csv = [
    'Klant;Opdracht;Dienst;Startdatum;Einddatum;Honorarium',
    `Bakkerij Jansen;Jaarrekening;Advies;${dutchDay(addCalendarDays(today, -100))};${dutchDay(addCalendarDays(today, -40))};2.500,00`,
  ].join('\n');
  const imported = await page.request.post(
    `${app.url}/api/v1/imports/assignments?fileName=opdrachten.csv`,
    {
      data: Buffer.from(csv),
      headers: { ...firm.headers, 'content-type': 'application/octet-stream' },
    },
  );
  expect(imported.ok(), await imported.text()).toBe(true);
}, 120_000);

afterAll(() => firm?.close());

test(
  'an evaluation of 7 opens a plan; a re-evaluation of 8 closes it and makes an ambassador',
  { timeout: 240_000 },
  async () => {
    await page.goto(`${app.url}/organizations/${clientId}`);
    const section = page.getByTestId('evaluations');
    const dueRow = section.getByTestId('evaluation-due-row');
    await expect.poll(() => dueRow.innerText()).toContain('Jaarrekening');
    expect(await dueRow.innerText()).toContain('10 days overdue');

    // recorded for the assignment due, five days ago, by Anna on the phone
    await dueRow.getByRole('button', { name: 'Record the evaluation of Jaarrekening' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an evaluation' });
    await dialog.getByRole('combobox', { name: field('Who answered') }).click();
    await page.getByRole('option', { name: 'Anna Jansen' }).click();
    expect(await dialog.getByRole('combobox', { name: field('Assignment') }).inputValue()).toBe(
      'Jaarrekening',
    );
    await dialog.getByRole('combobox', { name: field('How') }).click();
    await page.getByRole('option', { name: 'Phone' }).click();
    await dialog.getByLabel(field('Date')).fill(addCalendarDays(today, -5));
    await dialog.getByRole('textbox', { name: 'Communication' }).fill('6');
    // out of range: the server's words at the field
    await dialog.getByRole('textbox', { name: field('Overall score (1–10)') }).fill('11');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Some fields need your attention.').waitFor();
    expect(
      await dialog
        .getByRole('textbox', { name: field('Overall score (1–10)') })
        .getAttribute('aria-invalid'),
    ).toBe('true');
    await dialog.getByRole('textbox', { name: field('Overall score (1–10)') }).fill('7');
    // the objection goes once the field is changed
    expect(await dialog.getByText('may be at most 10').count()).toBe(0);
    await dialog.getByTestId('evaluation-plan').waitFor();
    await dialog
      .getByRole('textbox', { name: 'What the firm will do' })
      .fill('A monthly call with the owner about the figures');
    await expectAccessible(page, 'evaluation dialog');
    if (screenshots) await dialog.screenshot({ path: `${screenshots}/evaluation-dialog.png` });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = section.getByTestId('evaluation-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Anna Jansen');
    await expect.poll(() => dueRow.count()).toBe(0);
    const plan = section.getByTestId('improvement-plan-row');
    await expect.poll(() => plan.innerText()).toContain('A monthly call with the owner');
    if (screenshots)
      await section.screenshot({ path: `${screenshots}/client-evaluations-open-plan.png` });

    // on the Satisfaction page, reached from the sidebar
    await page.getByRole('link', { name: 'Satisfaction' }).click();
    await page.getByRole('heading', { level: 1, name: 'Satisfaction' }).waitFor();
    const plans = page.getByTestId('satisfaction-plans');
    await expect
      .poll(() => plans.getByTestId('improvement-plan-row').innerText())
      .toContain('Bakkerij Jansen');
    expect(await plans.innerText()).toContain('Score 7, norm 8');
    expect(await page.getByTestId('satisfaction-norm').innerText()).toContain('norm: 8');
    await page
      .getByTestId('satisfaction-due')
      .getByText(/^No evaluations due\./)
      .waitFor();
    await page
      .getByTestId('satisfaction-ambassadors')
      .getByText(/^No ambassador candidates yet\./)
      .waitFor();
    await expectAccessible(page, 'satisfaction page');

    // on the worklist, due in 30 days: it leads to the client's evaluations
    await page.goto(`${app.url}/worklist?until=month`);
    const item = page.getByTestId('worklist-item').filter({ hasText: 'Improvement plan' });
    await expect.poll(() => item.count()).toBe(1);
    await item.getByRole('link', { name: 'Improvement plan' }).click();
    await page.waitForURL(`**/organizations/${clientId}#evaluations`);

    // the re-evaluation of today: 8 closes the plan, 9 on recommend makes Bram an ambassador
    await section.getByRole('button', { name: 'Record an evaluation' }).click();
    const again = page.getByRole('dialog', { name: 'Record an evaluation' });
    await again.getByRole('combobox', { name: field('Who answered') }).click();
    await page.getByRole('option', { name: 'Bram de Wit' }).click();
    await again.getByRole('textbox', { name: field('Overall score (1–10)') }).fill('8');
    await again.getByRole('textbox', { name: field('Would recommend us (0–10)') }).fill('9');
    await again.getByRole('combobox', { name: field('Intention') }).click();
    await page.getByRole('option', { name: 'Expand' }).click();
    expect(await again.getByTestId('evaluation-plan').count()).toBe(0);
    await again.getByRole('button', { name: 'Save' }).click();
    await again.waitFor({ state: 'hidden' });
    await expect.poll(() => row.count()).toBe(2);
    await expect.poll(() => section.getByTestId('improvement-plan-row').count()).toBe(0);
    expect(await row.first().innerText()).toMatch(/ambassador/i);

    await page.goto(`${app.url}/clients/satisfaction`);
    await plans.getByText(/^No open improvement plans\./).waitFor();
    await plans.getByText('Closed', { exact: true }).click();
    await expect
      .poll(() => plans.getByTestId('improvement-plan-row').innerText())
      .toContain('Closed on');
    const ambassador = page.getByTestId('ambassador-row');
    await expect.poll(() => ambassador.innerText()).toContain('Bram de Wit');
    expect(await ambassador.innerText()).toContain('9');
    // the year's report counts the two evaluations and the assignment (unless the year began since)
    const report = page.getByTestId('satisfaction-report');
    await expect
      .poll(() => report.getByTestId('satisfaction-report-row').count())
      .toBeGreaterThan(1);
    if (addCalendarDays(today, -40).slice(0, 4) === today.slice(0, 4))
      expect(await report.getByTestId('satisfaction-report-summary').innerText()).toMatch(
        /^2 evaluations, average 7\.5, recommend 9\.0 on average; 1 of 1 ended assignments evaluated \(100%\)/,
      );
    await expectAccessible(page, 'satisfaction page with its report');
    await shot('satisfaction-en-1280');
  },
);

test('the pages read well in Dutch and English, on a laptop and a phone', async () => {
  // the norm is set with the firm's settings
  await page.goto(`${app.url}/clients/satisfaction`);
  await page.getByRole('link', { name: 'Change it in the settings' }).click();
  await page.waitForURL('**/settings/firm');
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Satisfaction norm' }).inputValue())
    .toBe('8');
  for (const language of ['en', 'nl'] as const) {
    if (language === 'nl') {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page
        .getByRole('radiogroup', { name: 'Language' })
        .getByText('NL', { exact: true })
        .click();
      await page.waitForFunction(() => document.documentElement.lang === 'nl');
    }
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${app.url}/clients/satisfaction`);
      await page
        .getByRole('heading', {
          level: 1,
          name: language === 'nl' ? 'Tevredenheid' : 'Satisfaction',
        })
        .waitFor();
      await page.getByTestId('ambassador-row').waitFor();
      // nothing runs past the right edge
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await shot(`satisfaction-${language}-${width}`);
      await page.goto(`${app.url}/organizations/${clientId}#evaluations`);
      await page.getByTestId('evaluation-row').first().waitFor();
      if (screenshots)
        await page
          .getByTestId('evaluations')
          .screenshot({ path: `${screenshots}/client-evaluations-${language}-${width}.png` });
    }
  }
});
