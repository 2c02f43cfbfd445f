// Importing in the browser, from the navigation or the empty portfolio: a small Dutch export
// with a refused row and a totals row is checked, one column is chosen by hand, the report is
// read and its refused rows exported, the import runs and the revenue shows on the portfolio;
// the same file again writes nothing new; assignments the same way. Axe on every step, and
// tablet width.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './browser.ts';
import { onboard, openApp, type Visit } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

/**
 * Revenue of 2024 as an accounting package exports it: the service line sits in a column the
 * headers do not name as such, row 4 has a date that does not exist, the last row is a total.
 */
const revenue = [
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag;Kostenplaats',
  '1001;Theater De Schouwburg;15-03-2024;F24-001;20.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2024;F24-002;4.000,00;Training',
  '1002;Bakkerij Jansen;31-02-2024;F24-003;1.000,00;Advies',
  ';Totaal;;;25.000,00;',
].join('\r\n');

let visit: Visit;
let page: Page;
let files: string;
let omzet: string;

/** Text as the page shows it: formatted money carries no-break spaces. */
async function textOf(locator: ReturnType<Page['locator']>): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\u00a0|\u202f/g, ' ');
}

/** A key figure's value by its label. */
const figure = (label: string) => textOf(page.getByText(label, { exact: true }).locator('..'));

async function shot(name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), 'klandizie-import-e2e-'));
  omzet = join(files, 'omzet-2024.csv');
  writeFileSync(omzet, revenue);
  visit = await openApp();
  ({ page } = visit);
});

afterAll(async () => {
  await visit?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe('importing revenue in the browser', () => {
  test('a new firm finds the import in the navigation', async () => {
    await onboard(visit);
    await page.getByRole('link', { name: 'Importeren' }).click();
    await page.waitForURL('**/import');
    // the empty portfolio leads here too
    await page.getByRole('link', { name: 'Klantenportefeuille' }).click();
    await page.getByRole('link', { name: 'Omzet importeren' }).click();
    await page.waitForURL('**/import');
    await expect.poll(() => page.getByRole('heading', { name: 'Importeren' }).count()).toBe(1);
    await expectAccessible(page, 'the import page');
    await shot('1-import-empty');
  });

  test('says what a file that is no table is, and keeps the page usable', async () => {
    const pdf = join(files, 'rapport.pdf');
    writeFileSync(pdf, '%PDF-1.7 a report');
    await page.locator('input[type=file]').setInputFiles(pdf);
    await expect.poll(() => textOf(page.getByRole('alert'))).toContain('PDF');
    expect(await textOf(page.getByRole('alert'))).toContain('Het bestand kon niet worden gelezen');
    // the server's reason in the page's language
    expect(await textOf(page.getByRole('alert'))).toContain('Het bestand is een PDF');
    await shot('2-import-error');
  });

  test('checks the file: the columns, the first rows and the report, before anything is written', async () => {
    await page.locator('input[type=file]').setInputFiles(omzet);
    await expect.poll(() => page.getByText(/^omzet-2024\.csv · \d+ B$/).count()).toBe(1);
    await expect.poll(() => figure('Omzetregels vast te leggen')).toContain('2');
    expect(await textOf(page.getByText(/^Kopregel op rij 1/))).toContain(
      'kolommen herkend aan de kopregel',
    );
    expect(await figure('Vast te leggen omzet')).toContain('€ 24.000,00');
    expect(await figure('Totaalregels overgeslagen')).toContain('1');
    expect(await figure('Rijen geweigerd')).toContain('1');
    expect(await figure('Eerder al geïmporteerd')).toContain('0');
    await expect.poll(() => page.getByText('2 nieuwe klanten aan te maken:').count()).toBe(1);
    // the first rows under the file's own headers
    const preview = page.getByRole('region', { name: 'Eerste rijen van het bestand' });
    expect(await textOf(preview.getByRole('row').nth(1))).toContain('Theater De Schouwburg');
    // the refused row with its column and reason
    const refused = page.getByRole('region', { name: 'Geweigerde rijen' }).getByRole('row');
    await expect.poll(() => refused.count()).toBe(2);
    expect(await textOf(refused.nth(1))).toBe("4Factuurdatum'31-02-2024' is geen bestaande datum");
    await expectAccessible(page, 'the check of a file');
    await shot('3-import-checked');
  });

  test('exports the refused rows for the user to correct', async () => {
    await page.getByRole('button', { name: 'Exporteren' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('geweigerde-rijen-revenue.csv');
    const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffRij;Kolom;Reden');
    expect(lines[1]).toBe("4;Factuurdatum;'31-02-2024' is geen bestaande datum");
  });

  test('reads a column the headers do not name once it is chosen', async () => {
    const serviceLine = page.getByLabel('Dienst', { exact: true });
    expect(await serviceLine.inputValue()).toBe('');
    await serviceLine.selectOption({ label: 'F: Kostenplaats' });
    await expect
      .poll(() => textOf(page.getByText(/^Kopregel op rij 1/)))
      .toContain('kolommen zoals je ze koos');
    const header = page
      .getByRole('region', { name: 'Eerste rijen van het bestand' })
      .getByRole('columnheader', { name: /Kostenplaats/ });
    await expect.poll(() => textOf(header)).toContain('Dienst');
    expect(await figure('Omzetregels vast te leggen')).toContain('2');
    await shot('4-import-mapped');
  });

  test('works at tablet width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('5-import-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('imports, and the revenue is in the portfolio', async () => {
    await page.getByRole('button', { name: '2 regels importeren' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Geïmporteerd' });
    await expect
      .poll(() => textOf(done))
      .toContain('2 omzetregels vastgelegd (€ 24.000,00), 0 stonden er al.');
    expect(await page.getByText('2 nieuwe klanten aangemaakt:').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Theater De Schouwburg' }).count()).toBe(1);
    await expectAccessible(page, 'the outcome of an import');
    await shot('6-import-done');
    await page.getByRole('link', { name: 'Naar de klantenportefeuille' }).click();
    await page.waitForURL('**/portfolio');
    await expect.poll(() => page.getByText('€ 24.000,00').count()).toBeGreaterThan(0);
    await shot('7-portfolio-after-import');
  });

  test('the same file again writes nothing new, with the chosen column remembered', async () => {
    await page.keyboard.press('Control+k');
    await page
      .getByRole('textbox', { name: 'Typ een organisatie, een contactpersoon of een opdracht' })
      .fill('import');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/import');
    await page.locator('input[type=file]').setInputFiles(omzet);
    await expect.poll(() => figure('Eerder al geïmporteerd')).toContain('2');
    expect(await figure('Omzetregels vast te leggen')).toContain('0');
    expect(await textOf(page.getByText(/^Kopregel op rij 1/))).toContain('onthouden');
    expect(await page.getByLabel('Dienst', { exact: true }).inputValue()).toBe('5');
    await page.getByRole('button', { name: '0 regels importeren' }).click();
    await expect
      .poll(() => textOf(page.getByRole('status').filter({ hasText: 'Geïmporteerd' })))
      .toContain('0 omzetregels vastgelegd (€ 0,00), 2 stonden er al.');
    await shot('8-import-again');
  });

  test('imports assignments the same way, the professional known by email', async () => {
    const opdrachten = join(files, 'opdrachten.csv');
    writeFileSync(
      opdrachten,
      [
        'Klant;Opdracht;Dienst;Startdatum;Honorarium;Medewerker',
        'Theater De Schouwburg;Jaarrekening 2024;Advies;01-02-2025;12.500,00;eva@delinde.nl',
        'Drukkerij Van Dam;Training;Training;15-03-2025;2.000,00;',
      ].join('\r\n'),
    );
    await page.getByRole('button', { name: 'Nog een bestand importeren' }).click();
    await page.getByText('Opdrachten', { exact: true }).click();
    await expect.poll(() => page.getByText('CSV of Excel (XLSX), hooguit 512 MB').count()).toBe(1);
    await page.locator('input[type=file]').setInputFiles(opdrachten);
    await expect.poll(() => figure('Opdrachten vast te leggen')).toContain('2');
    expect(await page.getByText('1 nieuwe klant aan te maken:').count()).toBe(1);
    expect(await page.getByLabel(/^Opdracht( \*)?$/).inputValue()).toBe('1');
    await expectAccessible(page, 'the check of assignments');
    await shot('9-assignments-checked');
    await page.getByRole('button', { name: '2 opdrachten importeren' }).click();
    await expect
      .poll(() => textOf(page.getByRole('status').filter({ hasText: 'Geïmporteerd' })))
      .toContain('2 opdrachten vastgelegd, 0 stonden er al.');
  });

  test('stops a file that names new clients only by their code, until the name is chosen', async () => {
    const codes = join(files, 'debiteuren.csv');
    writeFileSync(
      codes,
      [
        'Debiteurnummer;Debiteur;Tenaamstelling;Factuurdatum;Bedrag',
        '3001;3001;Notariskantoor Van Os;10-05-2024;1.500,00',
      ].join('\r\n'),
    );
    await page.getByRole('button', { name: 'Nog een bestand importeren' }).click();
    await page.getByText('Omzet', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(codes);
    // the server's reason in the page's language, beside the columns to choose from
    await expect
      .poll(() => textOf(page.getByRole('alert')))
      .toContain(
        'Nieuwe klanten zouden hun code als naam krijgen (zoals 3001; 1 in totaal): kies de kolom met de naam van de klant.',
      );
    await page.getByLabel(/^Klantnaam( \*)?$/).selectOption({ label: 'C: Tenaamstelling' });
    await expect.poll(() => figure('Omzetregels vast te leggen')).toContain('1');
    expect(await page.getByText('1 nieuwe klant aan te maken:').count()).toBe(1);
    await expectAccessible(page, "a file without the clients' names");
  });
});
