// A firm's first hour in the browser: onboarding, organisations, contacts, search, language,
// signing out and in; an accessibility check on every page on the way.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { field, openApp, type Visit } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

let visit: Visit;
let app: WebApp;
let page: Page;
let invitationLink = '';

async function shot(name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  visit = await openApp({ viewport: { width: 1280, height: 800 } });
  ({ app, page } = visit);
});

afterAll(() => visit?.close());

describe('a new firm', () => {
  test('creates the firm and its owner on the first visit, in Dutch', async () => {
    await page.goto(app.url);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welkom bij Klandizie' }).count())
      .toBe(1);
    await expectAccessible(page, 'onboarding');
    await shot('onboarding');
    // the firm's clock: Amsterdam unless chosen otherwise
    await expect
      .poll(() =>
        page.getByRole('combobox', { name: field('Tijdzone van het kantoor') }).inputValue(),
      )
      .toBe('Europe/Amsterdam');
    await page.getByLabel(field('Naam van het kantoor')).fill('Adviesbureau Testpoort');
    await page.getByLabel(field('Je naam')).fill('Eva de Vries');
    await page.getByLabel(field('E-mailadres')).fill('eva@testpoort.nl');
    await page.getByLabel(field('Wachtwoord')).fill('kort');
    await page.getByRole('button', { name: 'Kantoor aanmaken' }).click();
    await expect.poll(() => page.getByText('Minstens 8 tekens').count()).toBeGreaterThan(0);
    await page.getByLabel(field('Wachtwoord')).fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Kantoor aanmaken' }).click();
    await page.waitForURL('**/organizations');
    await expect.poll(() => page.getByText('Nog geen organisaties').count()).toBe(1);
    await expectAccessible(page, 'empty organisation list');
  });

  test('adds an organisation, refusing a wrong KvK number with the field named', async () => {
    await page.getByRole('link', { name: 'Nieuwe organisatie' }).first().click();
    await page.waitForURL('**/organizations/new');
    await page.getByLabel(field('Naam')).fill('Café de Zwaan');
    await page.getByLabel(field('KvK-nummer')).fill('1234');
    await page.getByLabel(field('Plaats')).fill('Utrecht');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText('8 cijfers').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'organisation form');
    await shot('organization-form');
    await page.getByLabel(field('KvK-nummer')).fill('12345678');
    await page.getByLabel(field('Klant sinds (vastgelegd)')).fill('2019-03-01');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { name: 'Café de Zwaan' }).count()).toBe(1);
    // the date in Dutch, in the details and in the history's first entry
    await expect.poll(() => page.getByText('1 maart 2019').count()).toBe(2);
  });

  test('adds a contact person, sorted by last name without the infix', async () => {
    await page.getByRole('button', { name: 'Contactpersoon toevoegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(field('Voornaam')).fill('Jan');
    await dialog.getByLabel(field('Tussenvoegsel')).fill('van der');
    await dialog.getByLabel(field('Achternaam')).fill('Berg');
    await dialog.getByLabel(field('E-mail')).fill('geen-adres');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => dialog.getByText('Enkele velden vragen je aandacht').count()).toBe(1);
    await dialog.getByLabel(field('E-mail')).fill('jan@zwaan.nl');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => page.getByText('Berg, Jan van der').count()).toBe(1);
    await expect.poll(() => page.getByText('Aangemaakt').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'organisation detail');
    await shot('organization-detail');
  });

  test('adds an organisation referred by a contact person, and finds it ignoring case and accents', async () => {
    await page.goto(`${app.url}/organizations/new`);
    await page.getByLabel(field('Naam')).fill('Bakkerij Jansen');
    await page.getByRole('combobox', { name: field('Aangebracht door') }).fill('zwaan');
    await page.getByRole('option', { name: 'Café de Zwaan' }).click();
    await page.getByRole('combobox', { name: field('Contactpersoon die aanbracht') }).click();
    await page.getByRole('option', { name: 'Jan van der Berg' }).click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    // the referral by name, in the details and in the history, never as an id
    await expect.poll(() => page.getByText('Jan van der Berg').count()).toBe(2);
    await expect.poll(() => page.getByText('Café de Zwaan').count()).toBe(2);
    expect(await page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-/).count()).toBe(0);
    await page.getByRole('link', { name: 'Organisaties' }).first().click();
    await page.waitForURL('**/organizations');
    await expect.poll(() => page.getByText('2 organisaties').count()).toBe(1);
    await page.getByLabel(field('Organisaties zoeken')).fill('CAFE zwa');
    await expect.poll(() => page.getByText('1 organisatie', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Café de Zwaan' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Bakkerij Jansen' }).count()).toBe(0);
    await page.getByLabel(field('Organisaties zoeken')).fill('niets dat bestaat');
    await expect.poll(() => page.getByText('Geen organisatie voldoet').count()).toBe(1);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => page.getByText('2 organisaties').count()).toBe(1);
    await expectAccessible(page, 'organisation list');
    await shot('organization-list');
  });

  test('switches to English, and keeps the choice after a reload', async () => {
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Organisations' }).count()).toBe(1);
    await expect.poll(() => page.getByText('2 organisations').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Organisations' }).count()).toBe(1);
  });

  test('opens an organisation with Ctrl+K', async () => {
    await page.keyboard.press('Control+k');
    await page
      .getByPlaceholder('Type an organisation, a contact person or a command')
      .fill('bakkerij');
    await expect.poll(() => page.getByRole('option', { name: /Bakkerij Jansen/ }).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Bakkerij Jansen' }).count()).toBe(1);
  });

  test('archives an organisation after confirmation, and can undo it', async () => {
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => page.getByText('Archived', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Archive' }).count()).toBe(1);
  });

  test('shows the settings, with an invitation link for a new professional', async () => {
    await page.goto(`${app.url}/settings/users`);
    await page.getByRole('button', { name: 'Invite' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(field('Name')).fill('Piet Pieters');
    await dialog.getByLabel(field('Email')).fill('piet@testpoort.nl');
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await expect.poll(() => dialog.getByText('/invitation?token=').count()).toBe(1);
    invitationLink = (await dialog.getByText('/invitation?token=').textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect.poll(() => page.getByText('Piet Pieters').count()).toBe(1);
    await expectAccessible(page, 'users settings');
    await shot('settings-users');
    // an owner moves the firm's clock to another time zone, and the server keeps it
    await page.goto(`${app.url}/settings/firm`);
    const timeZone = page.getByRole('combobox', { name: field('Time zone of the firm') });
    await timeZone.click();
    await timeZone.fill('Europe/Lond');
    await page.getByRole('option', { name: 'Europe/London' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved').count()).toBeGreaterThan(0);
    await page.reload();
    await expect
      .poll(() => page.getByRole('combobox', { name: field('Time zone of the firm') }).inputValue())
      .toBe('Europe/London');
    for (const tab of ['firm', 'profile', 'tokens']) {
      await page.goto(`${app.url}/settings/${tab}`);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `${tab} settings`);
    }
  });

  test('signs out and in again', async () => {
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).count()).toBe(1);
    await expectAccessible(page, 'sign-in');
    await page.getByLabel(field('Email address')).fill('eva@testpoort.nl');
    await page.getByLabel(field('Password')).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('is not right').count()).toBe(1);
    await page.getByLabel(field('Password')).fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // back on the page where the session ended
    await expect.poll(() => page.getByRole('heading', { name: 'Settings' }).count()).toBe(1);
  });

  test('lets an invited professional join, who may change records but not archive them', async () => {
    const guest = await visit.browser.newContext({ locale: 'en-GB' });
    guest.setDefaultTimeout(20_000);
    const piet = await guest.newPage();
    try {
      await piet.goto(invitationLink);
      await expect
        .poll(() => piet.getByRole('heading', { name: 'Accept your invitation' }).count())
        .toBe(1);
      await expectAccessible(piet, 'accept invitation');
      await piet.getByLabel(field('Password')).fill('piet zijn eigen wachtwoord');
      await piet.getByRole('button', { name: 'Join' }).click();
      // a new user speaks the firm's language until they choose another
      await expect.poll(() => piet.getByText('2 organisaties').count()).toBe(1);
      await piet.getByRole('link', { name: 'Bakkerij Jansen' }).click();
      await expect.poll(() => piet.getByRole('link', { name: 'Wijzigen' }).count()).toBe(1);
      expect(await piet.getByRole('button', { name: 'Archiveren' }).count()).toBe(0);
      await piet.goto(invitationLink);
      await expect.poll(() => piet.getByRole('heading', { name: 'Organisaties' }).count()).toBe(1);
    } finally {
      await guest.close();
    }
  });

  test('works at tablet width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${app.url}/organizations`);
    await expect.poll(() => page.getByRole('heading', { name: 'Organisations' }).count()).toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('tablet-list');
  });
});
