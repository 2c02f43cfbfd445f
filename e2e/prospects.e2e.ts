// The prospect profile in the browser: drawn from the two A-clients of a committed classification,
// a value added and saved, and the prospects listed by fit with their reasons before and after.
// The scoring matrix of the same firm downloaded as CSV and as a workbook: the rows in view, a
// column per criterion headed with its weight, and where two scorers disagree. Axe on both pages.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { WebApp } from './app.ts';
import { expectAccessible } from './browser.ts';
import { setUpFirm, signInColleague, type Firm } from './firm-setup.ts';

let firm: Firm;
let app: WebApp;
let page: Page;

type Traits = { sector?: string; sizeClass?: string; region?: string };

/** Two builders in the A category, a hairdresser in C; four prospects from a perfect to no fit. */
const clients: (Traits & { name: string; score: number })[] = [
  { name: 'Bouwbedrijf Noord', sector: 'Bouw', sizeClass: '10-49', region: 'Utrecht', score: 3 },
  { name: 'Bouwbedrijf Zuid', sector: 'Bouw', sizeClass: '10-49', region: 'Gelderland', score: 3 },
  { name: 'Kapsalon Knip', sector: 'Horeca', sizeClass: '1', region: 'Utrecht', score: 0 },
];
const prospects: (Traits & { name: string })[] = [
  { name: 'Zorggroep Oost', sector: 'Zorg', sizeClass: '250+', region: 'Overijssel' },
  { name: 'Hotel Zeezicht', sector: 'Horeca', sizeClass: '50-249', region: 'Utrecht' },
  { name: 'Stichting Onbekend' },
  { name: 'Aannemer De Vries', sector: 'Bouw', sizeClass: '10-49', region: 'Utrecht' },
];

beforeAll(async () => {
  firm = await setUpFirm();
  ({ app, page } = firm);
  const ids = new Map<string, string>();
  for (const { name, sector, sizeClass, region } of clients) {
    const manager = name === 'Bouwbedrijf Noord' ? { relationshipManagerId: firm.ownerId } : {};
    const created = await firm.send('post', '/organizations', {
      ...{ name, sector, sizeClass, region, status: 'client' },
      ...manager,
    });
    ids.set(name, created.id);
  }
  for (const prospect of prospects)
    await firm.send('post', '/organizations', { ...prospect, status: 'prospect' });

  // poen, pret & prestige with revenue judged by hand: 3 on everything is an A, 0 a C
  const preset = await firm.send<{ items: { id: string; key: string; active: boolean }[] }>(
    'post',
    '/criteria/preset',
    { preset: 'moneyFunPrestige' },
  );
  const criteria = preset.items.filter((criterion) => criterion.active);
  await firm.send('patch', `/criteria/${criteria.find((c) => c.key === 'revenue')!.id}`, {
    source: 'judgement',
  });
  for (const client of clients)
    for (const criterion of criteria)
      await firm.send('put', `/organizations/${ids.get(client.name)}/scores/${criterion.id}`, {
        score: client.score,
        agreed: false,
      });

  // a second professional finds the hairdresser's image worth 2: the scorers are 2 apart
  const piet = await signInColleague(firm);
  const image = criteria.find((criterion) => criterion.key === 'image')!;
  const scored = await piet.context.request.put(
    `${app.url}/api/v1/organizations/${ids.get('Kapsalon Knip')}/scores/${image.id}`,
    { data: { score: 2, agreed: false }, headers: piet.headers },
  );
  expect(scored.ok()).toBe(true);
  await piet.context.close();

  await firm.send('post', '/classifications', { note: 'Annual review' });
}, 120_000);

afterAll(() => firm?.close());

/** The prospects as listed: each row's name, fit and reasons, in the order shown. */
async function listed() {
  const table = page.getByRole('table', { name: 'Prospects, best fit first' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('link') });
  return rows.evaluateAll((elements) =>
    elements.map((row) => {
      const cells = [...row.querySelectorAll('td')];
      return cells.map((cell) => (cell.innerText ?? '').replace(/\s+/g, ' ').trim());
    }),
  );
}

test('the profile is drawn from the A-clients, edited and saved; prospects follow by fit', async () => {
  await page.goto(`${app.url}/clients/prospects`);
  await page.getByText(/^Drawn from 2 clients in category A, classified on /).waitFor();
  // what both builders share, and each region one of them has
  const chip = (name: string) => page.getByRole('checkbox', { name, exact: true });
  await expect.poll(() => chip('Bouw · 100%').isChecked()).toBe(true);
  await expect.poll(() => chip('10-49 · 100%').isChecked()).toBe(true);
  await expect.poll(() => chip('Gelderland · 50%').isChecked()).toBe(true);
  await expect.poll(() => chip('Utrecht · 50%').isChecked()).toBe(true);
  expect(await chip('Horeca · 33%').count()).toBe(0);
  await page.getByText('Compared with the profile drawn from your top clients.').waitFor();
  await page.getByText('4 prospects').waitFor();
  await expect.poll(listed).toEqual([
    [
      'Aannemer De Vries',
      '100% 3 of 3 traits',
      'sector fits: Bouw size fits: 10-49 region fits: Utrecht',
    ],
    [
      'Hotel Zeezicht',
      '33% 1 of 3 traits',
      'sector does not fit: Horeca size does not fit: 50-249 region fits: Utrecht',
    ],
    [
      'Zorggroep Oost',
      '0% 0 of 3 traits',
      'sector does not fit: Zorg size does not fit: 250+ region does not fit: Overijssel',
    ],
    ['Stichting Onbekend', 'unknown', 'sector unknown size unknown region unknown'],
  ]);
  await expectAccessible(page, 'prospect profile');

  // the firm also looks for hotels and restaurants
  await page.getByRole('textbox', { name: 'Sector: Add a value' }).fill('Horeca');
  await page.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect.poll(() => chip('Horeca · new').isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.getByText('The profile is saved.').waitFor();
  await page.getByText(/^Adjusted by your firm on /).waitFor();
  await page.getByText('Compared with your own profile.').waitFor();
  await expect
    .poll(async () => (await listed()).map(([name, fit]) => [name, fit]))
    .toEqual([
      ['Aannemer De Vries', '100% 3 of 3 traits'],
      ['Hotel Zeezicht', '67% 2 of 3 traits'],
      ['Zorggroep Oost', '0% 0 of 3 traits'],
      ['Stichting Onbekend', 'unknown'],
    ]);
  await expect
    .poll(async () => (await listed())[1]![2])
    .toBe('sector fits: Horeca size does not fit: 50-249 region fits: Utrecht');
  // saved on the server, not only on the page
  await page.reload();
  await expect.poll(() => chip('Horeca · 0%').isChecked()).toBe(true);
}, 120_000);

test('the scoring matrix downloads the rows in view as CSV and as a workbook', async () => {
  await page.goto(`${app.url}/clients/scoring`);
  await page.getByRole('grid', { name: 'Scoring matrix' }).waitFor();
  await expectAccessible(page, 'scoring matrix with its export');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /CSV/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^scoring-matrix-\d{4}\.csv$/);
  const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(lines).toEqual([
    '\ufeffClient,Sector,Relationship manager,Revenue and revenue potential (weight 5),' +
      'Quality of the cooperation (weight 1),Developing new services together (weight 1),' +
      "Can act as a reference (weight 3),Strengthens the firm's image (weight 2)," +
      'Total,Grade,Category,Scorers 2 or more points apart on',
    'Bouwbedrijf Noord,Bouw,Eva Eigenaar,3,3,3,3,3,36,10,A,',
    'Bouwbedrijf Zuid,Bouw,,3,3,3,3,3,36,10,A,',
    // the median of 0 and 2 counts until the firm agrees on a score
    "Kapsalon Knip,Horeca,,0,0,0,0,1,2,0.6,C,Strengthens the firm's image",
    '',
  ]);

  // only the C-clients: the file holds what the table shows
  await page.getByRole('combobox', { name: 'Category', exact: true }).click();
  await page.getByRole('option', { name: 'C', exact: true }).click();
  await page.getByText('1 client', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: /XLSX/ }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^scoring-matrix-\d{4}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(2);
  expect(sheet.getCell('A2').value).toBe('Kapsalon Knip');
  expect(sheet.getCell('H2').value).toBe(1);
  expect(sheet.getCell('I2').value).toBe(2);
  expect(sheet.getCell('J2').value).toBe(0.6);
  expect(sheet.getCell('L2').value).toBe("Strengthens the firm's image");
}, 120_000);
