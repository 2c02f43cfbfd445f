import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import type { Category, Criterion, MatrixClient } from './queries.ts';
import { scoringExportTable } from './scoringExport.ts';

// the method's worked example (method.md §3.2), revenue scored from the figures
const criterion = (key: string, name: string | null, weight: number): Criterion => ({
  id: `id-${key}`,
  key,
  name,
  group: 'business',
  source: key === 'revenue' ? 'data' : 'judgement',
  weight,
  scaleMax: 3,
  active: true,
  standard: name === null,
  dataMapping: null,
});
const criteria = [
  criterion('revenue', null, 5),
  criterion('portfolio', 'Portfolio', 2),
  criterion('reference', null, 3),
  criterion('cooperation', null, 1),
];
const categories: Category[] = [
  { key: 'A', name: null, lowerBound: { tenths: 80, inclusive: false } },
  { key: 'B', name: null, lowerBound: { tenths: 60, inclusive: true } },
  { key: 'C', name: 'Small', lowerBound: { tenths: 0, inclusive: true } },
];

const client = (
  name: string,
  row: Pick<MatrixClient, 'scores' | 'flags' | 'total' | 'grade' | 'category'> &
    Partial<MatrixClient>,
): MatrixClient => ({
  id: `id-${name}`,
  name,
  sector: null,
  sizeClass: null,
  region: null,
  relationshipManagerId: null,
  maximum: 33,
  unscoredCriteria: 0,
  computedCategory: row.category,
  overridden: false,
  overrideReason: null,
  committedCategory: null,
  ...row,
});

const rows = [
  client('Client 1', {
    sector: 'Bouw',
    relationshipManagerId: 'user-eva',
    scores: [3, 2, 2, 2],
    flags: [0, 1, 2, 1],
    total: 27,
    grade: 8.2,
    category: 'A',
  }),
  client('Client 2', {
    scores: [1, 2, null, 1],
    flags: [0, 0, 0, 0],
    total: 10,
    grade: 3,
    category: 'C',
  }),
  client('Client 3', {
    scores: [null, null, null, null],
    flags: [],
    total: 0,
    grade: 0,
    category: null,
  }),
];
const managers = new Map([['user-eva', 'Eva Eigenaar']]);

async function texts(language: 'nl' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { [language]: { translation: language === 'nl' ? nl : en } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

let t: { nl: TFunction; en: TFunction };
beforeAll(async () => {
  t = { nl: await texts('nl'), en: await texts('en') };
});

describe('the scoring matrix as a file', () => {
  it('heads each criterion with its weight, and says which are scored from the figures', () => {
    const table = scoringExportTable(rows, { criteria, categories, managers, t: t.en });
    expect(table.columns.map((column) => column.header)).toEqual([
      'Client',
      'Sector',
      'Relationship manager',
      'Revenue and revenue potential (weight 5, from the figures)',
      'Portfolio (weight 2)',
      'Can act as a reference (weight 3)',
      'Quality of the cooperation (weight 1)',
      'Total',
      'Grade',
      'Category',
      'Scorers 2 or more points apart on',
    ]);
    expect(table.columns.map((column) => column.kind)).toEqual([
      'text',
      'text',
      'text',
      'integer',
      'integer',
      'integer',
      'integer',
      'integer',
      'decimal',
      'text',
      'text',
    ]);
  });

  it('writes the rows in the order given, the scores and totals as numbers', () => {
    const table = scoringExportTable(rows, { criteria, categories, managers, t: t.en });
    expect(table.rows).toEqual([
      [
        'Client 1',
        'Bouw',
        'Eva Eigenaar',
        3,
        2,
        2,
        2,
        27,
        8.2,
        'A',
        'Portfolio, Quality of the cooperation',
      ],
      ['Client 2', null, null, 1, 2, null, 1, 10, 3, 'Small', null],
      ['Client 3', null, null, null, null, null, null, 0, 0, null, null],
    ]);
  });

  it('reads in Dutch with decimal commas in the CSV', () => {
    const table = scoringExportTable(rows.slice(0, 2), {
      criteria,
      categories,
      managers,
      t: t.nl,
    });
    expect(toCsv(table, 'nl').split('\r\n')).toEqual([
      '\ufeffKlant;Sector;Relatiebeheerder;Omzet en omzetpotentie (gewicht 5, uit de cijfers);' +
        'Portfolio (gewicht 2);Kan als referentie dienen (gewicht 3);' +
        'Kwaliteit van de samenwerking (gewicht 1);Totaal;Cijfer;Categorie;' +
        'Beoordelaars 2 of meer punten uiteen op',
      'Client 1;Bouw;Eva Eigenaar;3;2;2;2;27;8,2;A;Portfolio, Kwaliteit van de samenwerking',
      'Client 2;;;1;2;;1;10;3;Small;',
      '',
    ]);
  });

  it('leaves a manager out who is no longer among the users', () => {
    const table = scoringExportTable(
      [client('Client 4', { ...rows[0]!, relationshipManagerId: 'user-gone' })],
      { criteria, categories, managers, t: t.en },
    );
    expect(table.rows[0]![2]).toBeNull();
  });
});
