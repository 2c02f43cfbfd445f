// A client answers the evaluation on a page of the product: a personal link made by the owner,
// opened in a browser where nobody is signed in, on a phone of 390 px: the questions in Dutch,
// big score buttons, thanks; opened again it says it was answered. An English link on a laptop
// and an unknown link show their own states. E2E_SCREENSHOTS keeps pictures of each.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectAccessible } from './browser.ts';
import { setUpFirm, type Firm } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;

let firm: Firm;
let browser: Browser;
let clientId: string;
let contactId: string;

async function newLink(language: 'nl' | 'en'): Promise<string> {
  const made = await firm.send<{ link: string }>(
    'post',
    `/organizations/${clientId}/survey-requests`,
    { contactId, language },
  );
  return made.link;
}

async function signedOut(width: number, locale = 'nl-NL'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 844 } });
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

async function picture(page: Page, name: string) {
  if (screenshots)
    await page.screenshot({ path: `${screenshots}/survey-${name}.png`, fullPage: true });
}

/** Nothing of the page lies beyond the screen's right edge. */
async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  firm = await setUpFirm();
  browser = firm.browser;
  clientId = (
    await firm.send('post', '/organizations', { name: 'Bakkerij Jansen', status: 'client' })
  ).id;
  contactId = (
    await firm.send('post', `/organizations/${clientId}/contacts`, {
      firstName: 'Anna',
      lastName: 'Jansen',
      email: 'anna@bakkerij.example.nl',
    })
  ).id;
});
afterAll(async () => firm?.close());

test('a client answers on a phone, signed out, in Dutch, once', async () => {
  const link = await newLink('nl');
  expect(link.startsWith(`${firm.app.url}/survey/`)).toBe(true);
  const phone = await signedOut(390);
  await phone.goto(link);
  await expect.poll(() => phone.getByRole('heading', { name: 'Jouw mening' }).count()).toBe(1);
  await expect.poll(() => phone.getByText('Beste Anna,').count()).toBe(1);
  // outside the app's shell: no navigation, no sign-in
  expect(await phone.getByRole('navigation').count()).toBe(0);
  expect(await phone.getByRole('button', { name: /inloggen|sign in/i }).count()).toBe(0);
  await fitsWidth(phone);
  await picture(phone, 'nl-390');

  // the overall mark is required
  await phone.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
  await expect
    .poll(() => phone.getByText('Geef eerst een cijfer in het algemeen.').count())
    .toBe(1);
  const overall = phone.getByRole('radiogroup', { name: /Welk rapportcijfer/ });
  const seven = overall.getByRole('radio', { name: '7', exact: true });
  const box = await seven.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(44);
  await seven.click();
  await phone
    .getByRole('radiogroup', { name: 'het eindresultaat' })
    .getByRole('radio', { name: '8', exact: true })
    .click();
  await phone
    .getByRole('radiogroup', { name: /aanbeveelt/ })
    .getByRole('radio', { name: '9', exact: true })
    .click();
  await phone.getByRole('radio', { name: 'Zo doorgaan' }).click();
  await phone.getByLabel('Wil je ons nog iets anders laten weten?').fill('Prima samenwerking.');
  await expectAccessible(phone, 'survey page on a phone');
  await phone.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
  await expect.poll(() => phone.getByRole('heading', { name: 'Bedankt' }).count()).toBe(1);
  await picture(phone, 'nl-390-thanks');

  const evaluations = (await (
    await firm.page.request.get(`${firm.app.url}/api/v1/organizations/${clientId}/evaluations`)
  ).json()) as { items: { overall: number; method: string; scores: { endResult: number } }[] };
  expect(evaluations.items).toHaveLength(1);
  expect(evaluations.items[0]).toMatchObject({
    overall: 7,
    method: 'written',
    scores: { endResult: 8 },
  });

  await phone.goto(link);
  await expect.poll(() => phone.getByRole('heading', { name: 'Al ingevuld' }).count()).toBe(1);
  await picture(phone, 'nl-390-used');
  await phone.context().close();

  // the client's page shows the request answered, and asks another
  const owner = firm.page;
  await owner.goto(`${firm.app.url}/organizations/${clientId}`);
  const section = owner.getByTestId('survey-requests');
  await expect.poll(() => section.getByText('Answered').count()).toBe(1);
  await section.getByRole('button', { name: 'Ask for an evaluation' }).click();
  await owner.getByRole('combobox', { name: /^Contact person/ }).click();
  await owner.getByRole('option', { name: 'Anna Jansen' }).click();
  await owner.getByRole('button', { name: 'Make a link to copy' }).click();
  await expect.poll(() => owner.getByLabel('Personal link').inputValue()).toContain('/survey/');
  await expectAccessible(owner, 'asking an evaluation');
  await picture(owner, 'ask-1400');
  await owner.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => section.getByText('Link made').count()).toBe(1);
});

test('an English link reads in English on a laptop and on a phone; an unknown link says so', async () => {
  const link = await newLink('en');
  const laptop = await signedOut(1280, 'nl-NL');
  await laptop.goto(link);
  await expect.poll(() => laptop.getByRole('heading', { name: 'Your opinion' }).count()).toBe(1);
  await expect.poll(() => laptop.getByText('Dear Anna,').count()).toBe(1);
  await expectAccessible(laptop, 'survey page on a laptop');
  await picture(laptop, 'en-1280');
  await laptop.setViewportSize({ width: 390, height: 844 });
  await fitsWidth(laptop);
  await picture(laptop, 'en-390');
  await laptop.goto(`${link.slice(0, -4)}AAAA`);
  await expect
    .poll(() => laptop.getByRole('heading', { name: 'Deze link is niet geldig' }).count())
    .toBe(1);
  await picture(laptop, 'unknown-1280');
  await laptop.context().close();

  const dutchWide = await signedOut(1280);
  await dutchWide.goto(await newLink('nl'));
  await expect.poll(() => dutchWide.getByRole('heading', { name: 'Jouw mening' }).count()).toBe(1);
  await picture(dutchWide, 'nl-1280');
  await dutchWide.context().close();
});
