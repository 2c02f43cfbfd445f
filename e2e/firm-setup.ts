// A firm made through the API rather than the onboarding, its owner signed in on an English
// page: the start of every browser test about something other than the first visit.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startWebApp, type WebApp } from './app.ts';
import { launchBrowser } from './browser.ts';

export type Firm = {
  app: WebApp;
  /** For a colleague's context beside the owner's. */
  browser: Browser;
  page: Page;
  ownerId: string;
  /** The owner's CSRF token, for requests made without `send`. */
  headers: Record<string, string>;
  /** A change through the API as the owner, expected to succeed; answers the parsed JSON. */
  send: <Answer = { id: string }>(
    method: 'post' | 'put' | 'patch',
    path: string,
    data: unknown,
  ) => Promise<Answer>;
  close: () => Promise<void>;
};

/** `prepare` runs on the app's data directory before it starts: to import data with the CLI. */
export async function setUpFirm(
  options: { prepare?: (dataDir: string) => void } = {},
): Promise<Firm> {
  const app = await startWebApp(options);
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app.stop();
  };
  try {
    browser = (await launchBrowser()).browser;
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1400, height: 1000 },
      acceptDownloads: true,
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
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
    return { app, browser, page, ownerId: answer.user.id, headers, send, close };
  } catch (error) {
    // a firm that fails half-way is never returned, so no afterAll would stop its app
    await close();
    throw error;
  }
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
