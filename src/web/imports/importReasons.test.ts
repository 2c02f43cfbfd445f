// Every reason the server can give has a Dutch and an English text that takes the same values,
// so a new reason code without its translations fails here.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
// The codes as the server knows them: the API's schema lists them from this same module.
import {
  because,
  reasonCodes,
  reasonPlaceholders,
  type ReasonCode,
  type ReasonParams,
} from '../../core/import/problem-reason.ts';
import type { Language } from '../format.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { reasonText, type ReasonTexts } from './importReasons.ts';

const catalogues = { nl, en };

/** The catalogue's text for a code such as 'date.notExisting', if it has one. */
function textOf(language: Language, code: string): unknown {
  let node: unknown = catalogues[language].imports.reasons;
  for (const part of code.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

/** The codes the catalogue has texts for, as 'group.name'. */
function cataloguedCodes(language: Language): string[] {
  return Object.entries(catalogues[language].imports.reasons).flatMap(([group, texts]) =>
    Object.keys(texts).map((name) => `${group}.${name}`),
  );
}

const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('the texts of the reasons', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`has a text in ${language} for every reason code, with exactly its values`, () => {
      for (const code of reasonCodes) {
        const text = textOf(language, code);
        expect(typeof text, `${language}: ${code}`).toBe('string');
        expect(placeholdersOf(String(text)), `${language}: ${code}`).toEqual(
          reasonPlaceholders(code).sort(),
        );
      }
    });

    it(`has no text in ${language} for a code the server does not give`, () => {
      expect(
        cataloguedCodes(language).filter((code) => !reasonCodes.includes(code as ReasonCode)),
      ).toEqual([]);
    });
  }
});

describe('reasonText', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
  });
  const textsIn = (language: Language): ReasonTexts => {
    const t = i18n.getFixedT(language);
    return {
      t,
      exists: (key) => i18n.exists(key),
      language,
      fieldLabel: (field) => t(`imports.fields.${field}` as never),
    };
  };
  const say = (language: Language, code: ReasonCode, params: ReasonParams = {}) =>
    reasonText(because(code, params), textsIn(language));

  it('says a row’s reason in Dutch with its values filled in', () => {
    expect(say('nl', 'date.notExisting', { cell: "'31-02-2025'" })).toBe(
      "'31-02-2025' is geen bestaande datum",
    );
    expect(say('nl', 'amount.empty')).toBe('het bedrag is leeg');
    expect(say('nl', 'total.labelledNotRevenue', { label: "'Totaal'" })).toBe(
      "deze rij is een totaal ('Totaal') en geen omzet",
    );
  });

  it('shows fields by their label, numbers and dates as the user reads them', () => {
    expect(
      say('nl', 'columns.chosenTwice', { column: 2, other: 'invoiceDate', field: 'amount' }),
    ).toBe('Kolom 2 is gekozen voor zowel Factuurdatum als Bedrag excl. btw.');
    expect(say('nl', 'file.rowTooLong', { row: '12345', max: 1_000_000 })).toMatch(
      /^Rij 12345 is langer dan 1\.000\.000 tekens/,
    );
    expect(
      say('nl', 'assignment.endsBeforeStart', { end: '2025-01-01', start: '2025-02-01' }),
    ).toBe('de einddatum (1 januari 2025) ligt vóór de startdatum (1 februari 2025)');
  });

  it('says it in English for an English user', () => {
    expect(say('en', 'date.notExisting', { cell: "'31-02-2025'" })).toBe(
      "'31-02-2025' is not an existing date",
    );
    expect(say('en', 'columns.noSuchColumn', { field: 'invoiceDate' })).toBe(
      'The column for Invoice date does not exist.',
    );
  });

  it('keeps the server’s English for a code this page does not know', () => {
    const newer = { code: 'amount.fromTheFuture', params: { cell: "'x'" }, reason: "'x' is new" };
    expect(reasonText(newer, textsIn('nl'))).toBe("'x' is new");
  });
});
