// Every reason the server can give for a field has a Dutch and an English text that takes the
// same values, so a new reason code without its translations fails here.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
// The codes as the server knows them: its schemas name them from this same module.
import { fieldReasonCodes, fieldReasonParams } from '../../core/field-reasons.ts';
import type { Language } from '../format.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { fieldProblemText, type ProblemTexts } from './fieldProblemText.ts';

const catalogues = { nl, en };

const placeholdersOf = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

let texts: Record<Language, ProblemTexts>;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
  });
  const textsIn = (language: Language): ProblemTexts => ({
    t: instance.getFixedT(language),
    exists: (key) => instance.exists(key, { lng: language }),
    language,
  });
  texts = { nl: textsIn('nl'), en: textsIn('en') };
});

describe('what is wrong with a field, in words', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`has a text in ${language} for every reason, with exactly its values`, () => {
      const catalogue: Record<string, string> = catalogues[language].fieldReasons;
      expect(Object.keys(catalogue).sort()).toEqual([...fieldReasonCodes].sort());
      for (const code of fieldReasonCodes)
        expect(placeholdersOf(catalogue[code]!), code).toEqual(
          [...(fieldReasonParams[code] ?? [])].sort(),
        );
    });
  }

  it("says the reason in the user's language, numbers as the user reads them", () => {
    const problem = {
      field: 'notes',
      message: 'Too big: expected string to have <=10000 characters',
      reason: { code: 'tooLong', params: { maximum: 10_000 } },
    };
    expect(fieldProblemText(problem, texts.nl)).toBe('mag hoogstens 10.000 tekens lang zijn');
    expect(fieldProblemText(problem, texts.en)).toBe('may be at most 10,000 characters');
    const kvk = { field: 'kvkNumber', message: 'must be 8 digits' };
    expect(fieldProblemText({ ...kvk, reason: { code: 'kvkNumber', params: {} } }, texts.nl)).toBe(
      'moet uit 8 cijfers bestaan',
    );
  });

  it("keeps the server's words without a reason, or for a reason it has no text for", () => {
    const problem = { field: 'name', message: 'is already taken' };
    expect(fieldProblemText(problem, texts.nl)).toBe('is already taken');
    expect(
      fieldProblemText({ ...problem, reason: { code: 'somethingNew', params: {} } }, texts.nl),
    ).toBe('is already taken');
  });
});
