// The first screen of a new Klandizie: the language chosen there is the firm's language, and the
// app opens on the organisations without sending a quick first click back there.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { field, openApp, type Visit } from './firm-setup.ts';

let visit: Visit;
let app: WebApp;
let page: Page;

beforeAll(async () => {
  visit = await openApp({ viewport: { width: 1280, height: 800 } });
  ({ app, page } = visit);
});

afterAll(() => visit?.close());

describe('the first screen', () => {
  test('switching the screen to English makes the firm English', async () => {
    await page.goto(app.url);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welkom bij Klandizie' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('combobox', { name: field('Taal van het kantoor') }).inputValue())
      .toBe('Nederlands');
    await page.getByText('EN', { exact: true }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Welcome to Klandizie' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('combobox', { name: field('Language of the firm') }).inputValue())
      .toBe('English');
  });

  test('the firm is created in English and a quick first click is followed', async () => {
    await page.getByLabel(field('Name of the firm')).fill('Bright Advice');
    await page.getByLabel(field('Your name')).fill('Eva de Vries');
    await page.getByLabel(field('Email address')).fill('eva@bright.example');
    await page.getByLabel(field('Password')).fill('a long sentence as a password');
    await page.getByRole('button', { name: 'Create firm' }).click();
    await page.waitForURL('**/organizations');
    // at once, before the first page has settled
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Annual review' })
      .click();
    await page.waitForURL('**/portfolio/review');
    await page.waitForTimeout(1_500);
    expect(new URL(page.url()).pathname).toBe('/portfolio/review');
    const firm = await page.evaluate(async () => {
      const response = await fetch('/api/v1/workspace');
      return (await response.json()) as { locale: string };
    });
    expect(firm.locale).toBe('en');
  });
});
