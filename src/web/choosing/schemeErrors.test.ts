import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { schemeErrorTexts, schemeServerCodes } from './schemeErrors.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const refused = (details: { field: string; message: string }[], reason?: string) =>
  new ApiError(400, {
    error: {
      code: 'invalid_input',
      message: 'category scheme: …',
      details,
      ...(reason ? { reason: { code: reason, params: {} } } : {}),
    },
  });

describe('why the server refused a scheme', () => {
  it('has a sentence in both languages for every code the server checks a scheme by', () => {
    for (const texts of [en, nl])
      for (const code of schemeServerCodes)
        expect(texts.choosing.schemeEditor.server[code], code).toMatch(/\w{3}/);
  });

  it('says each problem once in the language, and a field the server names by its message', () => {
    const error = refused([
      { field: 'scheme.categories.1.name', message: 'category_name_duplicate' },
      { field: 'scheme.categories.2.name', message: 'category_name_duplicate' },
      { field: 'method.levels.0.atLeast', message: 'at_least_out_of_range' },
      { field: 'name', message: 'must not be empty' },
    ]);
    expect(schemeErrorTexts(error, i18n.getFixedT('en'))).toEqual([
      'Two categories have the same name.',
      '“At least” must lie between 1 and the number of minimums set.',
      'name: must not be empty',
    ]);
    expect(schemeErrorTexts(error, i18n.getFixedT('nl'))[0]).toBe(
      'Twee categorieën hebben dezelfde naam.',
    );
  });

  it('says why the primary scheme stays, and that the server cannot be reached', () => {
    const kept = new ApiError(409, {
      error: {
        code: 'conflict',
        message: 'The primary scheme cannot be removed',
        reason: { code: 'primary_scheme_kept', params: {} },
      },
    });
    expect(schemeErrorTexts(kept, i18n.getFixedT('nl'))).toEqual([
      'De hoofdindeling kan niet worden verwijderd; maak eerst een andere indeling de hoofdindeling.',
    ]);
    const offline = new ApiError(0, { error: { code: 'network', message: 'network' } });
    expect(schemeErrorTexts(offline, i18n.getFixedT('en'))).toEqual([en.app.networkError]);
  });
});
