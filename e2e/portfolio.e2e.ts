// The portfolio in the browser: revenue imported with the CLI before the first visit, the
// onboarding claims the firm, then the key figures, the client table and its exports, another
// year, the revenue bridge, its clients as a file and the clients behind a bar, the portfolio
// matrix; axe on every page, and tablet width.
import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { importingRevenue, onboard, openApp, type Visit } from './firm-setup.ts';

const screenshots = process.env.E2E_SCREENSHOTS;
if (screenshots) mkdirSync(screenshots, { recursive: true });

/**
 * Three years of a small firm. 2024 against 2023: the theatre grew (and brings 79% of
 * revenue: the dependency the method warns about), the bakery shrank, the café was lost, the
 * printer came back after a year away, the eetcafé is new.
 */
const revenue = [
  'Debiteurnr;Klant;Factuurdatum;Factuurnummer;Bedrag excl. btw;Dienst',
  '1001;Theater De Schouwburg;15-03-2022;F22-001;10.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2022;F22-002;5.000,00;Advies',
  '1004;Drukkerij Van Dam;01-06-2022;F22-003;1.000,00;Training',
  '1001;Theater De Schouwburg;15-03-2023;F23-001;12.000,00;Advies',
  '1002;Bakkerij Jansen;20-04-2023;F23-002;6.000,00;Advies',
  '1003;Café de Zwaan;10-09-2023;F23-003;2.000,00;Training',
  '1001;Theater De Schouwburg;15-03-2024;F24-001;20.000,00;Advies',
  '1001;Theater De Schouwburg;15-09-2024;F24-002;10.000,00;Interim',
  '1002;Bakkerij Jansen;20-04-2024;F24-003;4.000,00;Advies',
  '1004;Drukkerij Van Dam;01-06-2024;F24-004;1.500,00;Training',
  '1005;Eetcafé Het Hoekje;11-11-2024;F24-005;2.500,00;Advies',
].join('\r\n');

let visit: Visit;
let app: WebApp;
let page: Page;

/** Text as the page shows it: formatted money carries no-break spaces. */
async function textOf(locator: ReturnType<Page['locator']>): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\u00a0|\u202f/g, ' ');
}

async function shot(name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: true });
}

beforeAll(async () => {
  visit = await openApp({ prepare: importingRevenue(revenue) });
  ({ app, page } = visit);
});

afterAll(() => visit?.close());

describe('the portfolio of a firm with imported revenue', () => {
  test('the onboarding gives the imported firm its owner', async () => {
    await onboard(visit);
    await expect.poll(() => page.getByText('5 organisaties').count()).toBe(1);
  });

  test('shows the key figures and the dependency alert of the latest year', async () => {
    await page.getByRole('link', { name: 'Klantenportefeuille' }).click();
    await page.waitForURL('**/portfolio');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Klantenportefeuille' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Boekjaar' }).inputValue())
      .toBe('2024');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => textOf(alert))
      .toContain(
        'Theater De Schouwburg brengt 78,95% van de omzet, sinds 2022 boven je grens van 20%.',
      );
    await expect.poll(() => page.getByText('€ 38.000,00').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('50% van de klanten', { exact: true }).count()).toBe(1);
    await expect
      .poll(() => page.getByText('brengt 80% van de omzet', { exact: true }).count())
      .toBe(1);
    const hhi = page.getByText('Concentratie (HHI)').locator('..');
    expect(await textOf(hhi)).toContain('6.402');
    // the largest client's share over the years, as a table one click away
    await page.getByText('Als tabel tonen').click();
    const years = page.getByRole('row').filter({ hasText: '€ 38.000,00' });
    await expect.poll(() => textOf(years)).toContain('78,95%');
    await expectAccessible(page, 'portfolio');
    await shot('portfolio');
  });

  test('lists the clients in the Pareto order, sorts them and filters the top', async () => {
    const rows = page.getByRole('region', { name: 'Klanten' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(5);
    const first = await textOf(rows.nth(1));
    expect(first).toContain('Theater De Schouwburg');
    expect(first).toContain('€ 30.000,00');
    expect(first).toContain('78,95%');
    expect(first).toContain('+150%');
    await expect
      .poll(() =>
        rows.nth(1).getByRole('link', { name: 'Theater De Schouwburg' }).getAttribute('href'),
      )
      .toMatch(/^\/organizations\/[0-9a-f-]{36}$/);
    // growth, largest first: the returned printer has no growth and comes last
    await page.getByRole('button', { name: 'Groei' }).click();
    await expect.poll(() => page.url()).toContain('sort=-growth');
    await expect.poll(() => textOf(rows.nth(4))).toContain('Drukkerij Van Dam');
    await page.getByRole('button', { name: 'Deze 2 klanten tonen' }).click();
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByRole('button', { name: 'Alle klanten tonen' }).click();
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByLabel('Klanten zoeken').fill('eetcafe');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByLabel('Klanten zoeken').fill('');
    await expect.poll(() => rows.count()).toBe(5);
  });

  test('exports the table as CSV for a Dutch Excel, and as a workbook', async () => {
    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('klantenportefeuille-2024.csv');
    const text = readFileSync(await csv.path(), 'utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^\ufeffRang;Naam;Omzet \(EUR\);Omzetaandeel \(%\);ABC-klasse;/);
    // the rows as on screen: showing the top reset the sort to the ranking
    expect(lines[1]).toMatch(/^1;Theater De Schouwburg;30000,00;78,95;A;12000,00;150;/);
    expect(lines).toHaveLength(6);

    await page.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /XLSX/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('klantenportefeuille-2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await xlsx.path());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B2').value).toBe('Theater De Schouwburg');
    expect(sheet.getCell('C2').value).toBe(30_000);
    expect(sheet.getCell('D2').value).toBe(0.7895);
    expect(sheet.rowCount).toBe(5);
  });

  test('switches to another fiscal year, kept in the address', async () => {
    await page.getByRole('combobox', { name: 'Boekjaar' }).click();
    await page.getByRole('option', { name: '2023' }).click();
    await expect.poll(() => page.url()).toContain('year=2023');
    await expect.poll(() => page.getByText('€ 20.000,00').count()).toBeGreaterThan(0);
    const rows = page.getByRole('region', { name: 'Klanten' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    await expect
      .poll(() => textOf(page.getByRole('alert')))
      .toContain('Bakkerij Jansen brengt 30,00%');
  });

  test('shows the revenue bridge, adding up to this year’s revenue', async () => {
    await page.goto(`${app.url}/portfolio/bridge?year=2024`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Omzetbrug 2023 naar 2024' }).count())
      .toBe(1);
    const table = page.getByRole('region', { name: 'Omzetbrug', exact: true });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect.poll(() => textOf(row('Omzet 2023'))).toContain('€ 20.000,00');
    expect(await textOf(row('Gegroeid bij bestaande klanten'))).toContain('+ € 18.000,00');
    expect(await textOf(row('Gekrompen bij bestaande klanten'))).toContain('− € 2.000,00');
    expect(await textOf(row('Nieuwe klanten'))).toContain('+ € 2.500,00');
    expect(await textOf(row('Teruggewonnen klanten'))).toContain('+ € 1.500,00');
    expect(await textOf(row('Verloren klanten'))).toContain('− € 2.000,00');
    const sum = await textOf(row('= Omzet 2024'));
    expect(sum).toContain('€ 38.000,00');
    expect(sum).toContain('+90,0%');
    const origin = page.getByRole('region', { name: 'Herkomst omzet' });
    await expect.poll(() => textOf(origin)).toContain('89,5%');
    await expectAccessible(page, 'revenue bridge');
    await shot('bridge');
  });

  test('exports every client behind the bridge with its group, as CSV', async () => {
    await page.getByRole('button', { name: 'Klanten exporteren' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('omzetbrug-klanten-2024.csv');
    const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffKlant;Groep;Omzet 2023 (EUR);Omzet 2024 (EUR);Effect (EUR)');
    expect(lines).toContain('Café de Zwaan;Verloren klanten;2000,00;0,00;-2000,00');
    expect(lines).toHaveLength(7);
  });

  test('shows the clients behind a bar of the chart and a row of the table', async () => {
    await page.locator('path.bridge-bar[name="Verloren klanten"]').click();
    const drawer = page.getByRole('dialog', { name: 'Verloren klanten' });
    await expect.poll(() => drawer.getByRole('link', { name: 'Café de Zwaan' }).count()).toBe(1);
    expect(await textOf(drawer)).toContain('− € 2.000,00');
    await expect.poll(() => page.url()).toContain('bar=lost');
    await expectAccessible(page, 'clients of a bar');
    await shot('bridge-clients');
    await drawer.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('button', { name: 'Klanten tonen: Teruggewonnen klanten' }).click();
    const returned = page.getByRole('dialog', { name: 'Teruggewonnen klanten' });
    await returned.getByRole('link', { name: 'Drukkerij Van Dam' }).click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Drukkerij Van Dam' }).count())
      .toBe(1);
  });

  test('places the clients in the portfolio matrix; a bubble opens its client', async () => {
    await page.goto(`${app.url}/portfolio/matrix?year=2024`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Portfoliomatrix 2024' }).count())
      .toBe(1);
    const table = page.getByRole('region', { name: 'Portfoliomatrix', exact: true });
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    await expect.poll(() => textOf(row('Ster'))).toContain('€ 30.000,00');
    expect(await textOf(row('Melkkoe'))).toContain('€ 4.000,00');
    // the eetcafé and the printer had no revenue in 2023: low revenue, counted as growing
    expect(await textOf(row('Vraagteken'))).toContain('€ 4.000,00');
    await expectAccessible(page, 'portfolio matrix');
    await shot('matrix');
    await table.getByRole('button', { name: 'Klanten tonen: Vraagteken' }).click();
    const drawer = page.getByRole('dialog', { name: 'Vraagteken' });
    await expect.poll(() => drawer.getByRole('link').count()).toBe(2);
    expect(await drawer.getByRole('link', { name: 'Eetcafé Het Hoekje' }).count()).toBe(1);
    await drawer.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.locator('path.recharts-symbols[name="Theater De Schouwburg"]').click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Theater De Schouwburg' }).count())
      .toBe(1);
  });

  test('works at tablet width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    for (const path of [
      '/portfolio?year=2024',
      '/portfolio/bridge?year=2024',
      '/portfolio/matrix?year=2024',
    ]) {
      await page.goto(`${app.url}${path}`);
      await expect.poll(() => page.getByText(/€\s(38|30)\.000,00/).count()).toBeGreaterThan(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await shot('bridge-tablet');
    await page.goto(`${app.url}/portfolio?year=2024`);
    await expect.poll(() => page.getByText('€ 38.000,00').count()).toBeGreaterThan(0);
    await shot('portfolio-tablet');
  });
});
