// The start of every browser test: the app on a fresh database with a browser page on it
// (`openApp`), and for a test about something other than the first visit a firm made through
// the API, its owner signed in on an English page (`setUpFirm`). Revenue is imported with the CLI
// before the app starts (`importingRevenue`); a test that claims such a firm through the
// onboarding does so with `onboard`.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startWebApp, type WebApp } from './app.ts';
import { launchBrowser } from './browser.ts';

const bin = fileURLToPath(new URL('../bin/klandizie.js', import.meta.url));

export type Visit = {
  app: WebApp;
  /** For a colleague's or a phone's context beside the first. */
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
};

export type Firm = Visit & {
  ownerId: string;
  /** The owner's CSRF token, for requests made without `send`. */
  headers: Record<string, string>;
  /** A change through the API as the owner, expected to succeed; answers the parsed JSON. */
  send: <Answer = { id: string }>(
    method: 'post' | 'put' | 'patch',
    path: string,
    data: unknown,
  ) => Promise<Answer>;
};

type Prepare = (dataDir: string) => void;

/**
 * The app on a fresh database and a page in a new browser, nobody signed in: a Dutch screen of
 * 1280 × 900 unless said otherwise. `prepare` runs on the data directory before the app starts.
 */
export async function openApp(
  options: {
    prepare?: Prepare;
    locale?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Visit> {
  const app = await startWebApp({ prepare: options.prepare });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app.stop();
  };
  try {
    browser = (await launchBrowser()).browser;
    const context = await browser.newContext({
      locale: options.locale ?? 'nl-NL',
      viewport: options.viewport ?? { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    return { app, browser, page: await context.newPage(), close };
  } catch (error) {
    // an app that fails half-way is never returned, so no afterAll would stop it
    await close();
    throw error;
  }
}

/** A firm made through the API, its owner signed in on an English page of 1400 × 1000. */
export async function setUpFirm(options: { prepare?: Prepare } = {}): Promise<Firm> {
  const visit = await openApp({
    prepare: options.prepare,
    locale: 'en-GB',
    viewport: { width: 1400, height: 1000 },
  });
  const { app, page } = visit;
  try {
    const setup = await page.request.post(`${app.url}/api/v1/setup`, {
      data: {
        firm: { name: 'Kantoor Test', currency: 'EUR', locale: 'en', fiscalYearStartMonth: 1 },
        owner: { name: 'Eva Eigenaar', email: 'eva@example.nl', password: 'een lang wachtwoord 1' },
      },
    });
    expect(setup.ok()).toBe(true);
    const answer = (await setup.json()) as { csrfToken: string; user: { id: string } };
    const headers = { 'x-csrf-token': answer.csrfToken };
    const send: Firm['send'] = async (method, path, data) => {
      const response = await page.request[method](`${app.url}/api/v1${path}`, { data, headers });
      expect(response.ok(), `${method} ${path}`).toBe(true);
      return response.json();
    };
    await page.goto(`${app.url}/`);
    await page.evaluate(() => localStorage.setItem('klandizie.language', 'en'));
    return { ...visit, ownerId: answer.user.id, headers, send };
  } catch (error) {
    await visit.close();
    throw error;
  }
}

/** A `prepare` that imports this revenue file (CSV) with the CLI, before the first visit. */
export function importingRevenue(csv: string): Prepare {
  return (dataDir) => {
    const file = join(dataDir, 'omzet.csv');
    writeFileSync(file, csv);
    const run = spawnSync(process.execPath, [bin, 'import', 'revenue', file, '--yes'], {
      env: { ...process.env, KLANDIZIE_DATA: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the import failed:\n${run.stdout}\n${run.stderr}`);
  };
}

/** A form field by its label, whether or not it is marked as required. */
export function field(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** The Dutch onboarding filled in: Eva de Vries claims Adviesbureau De Linde. */
export async function onboard(visit: Visit): Promise<void> {
  const { app, page } = visit;
  await page.goto(app.url);
  await expect
    .poll(() => page.getByRole('heading', { name: 'Welkom bij Klandizie' }).count())
    .toBe(1);
  await page.getByLabel(field('Naam van het kantoor')).fill('Adviesbureau De Linde');
  await page.getByLabel(field('Je naam')).fill('Eva de Vries');
  await page.getByLabel(field('E-mailadres')).fill('eva@delinde.nl');
  await page.getByLabel(field('Wachtwoord')).fill('een lange zin als wachtwoord');
  await page.getByRole('button', { name: 'Kantoor aanmaken' }).click();
  await page.waitForURL('**/organizations');
}

/** Piet Professional, invited by the owner and signed in in a context of his own (close it). */
export async function signInColleague(
  firm: Firm,
): Promise<{ context: BrowserContext; headers: Record<string, string> }> {
  const invite = await firm.send<{ token: string }>('post', '/invitations', {
    email: 'piet@example.nl',
    name: 'Piet Professional',
    role: 'professional',
  });
  const context = await firm.browser.newContext();
  const accepted = await context.request.post(`${firm.app.url}/api/v1/invitations/accept`, {
    data: { token: invite.token, password: 'een lang wachtwoord 2' },
  });
  expect(accepted.ok()).toBe(true);
  const { csrfToken } = (await accepted.json()) as { csrfToken: string };
  return { context, headers: { 'x-csrf-token': csrfToken } };
}

/** A client, Bakkerij Jansen, with one contact person, Anna Jansen; answers the client's id. */
export async function addClientWithContact(firm: Firm): Promise<string> {
  const { id } = await firm.send('post', '/organizations', {
    name: 'Bakkerij Jansen',
    status: 'client',
  });
  await firm.send('post', `/organizations/${id}/contacts`, {
    firstName: 'Anna',
    lastName: 'Jansen',
  });
  return id;
}
