import { describe, expect, it } from 'vitest';
import { matchKey } from './company-name.ts';

describe('matchKey', () => {
  it('gives one key for the ways people write the same company', () => {
    const key = 'bouwbedrijf de vries';
    for (const name of [
      'Bouwbedrijf De Vries B.V.',
      'bouwbedrijf de vries bv',
      'Bouwbedrijf de Vries, B.V.',
      'BOUWBEDRIJF DE VRIES B. V.',
      'B.V. Bouwbedrijf De Vries',
      '  Bouwbedrijf   de Vries BV i.o. ',
    ]) {
      expect(matchKey(name), name).toBe(key);
    }
  });

  it('removes legal forms of other countries wherever they stand', () => {
    expect(matchKey('Acme Ltd.')).toBe('acme');
    expect(matchKey('Acme Limited')).toBe('acme');
    expect(matchKey('Müller GmbH')).toBe('muller');
    expect(matchKey('Acme, Inc.')).toBe('acme');
    expect(matchKey('Acme LLC')).toBe('acme');
    expect(matchKey('Acme S.A.')).toBe('acme');
    expect(matchKey('Acme S.L.')).toBe('acme');
    expect(matchKey('Jansen V.O.F.')).toBe('jansen');
    expect(matchKey('Jansen C.V.')).toBe('jansen');
    expect(matchKey('Peeters B.V.B.A.')).toBe('peeters');
    expect(matchKey('Philips N.V.')).toBe('philips');
  });

  it('treats "&", "en" and "and" alike', () => {
    expect(matchKey('Jansen & Zonen')).toBe('jansen en zonen');
    expect(matchKey('Jansen en Zonen B.V.')).toBe('jansen en zonen');
    expect(matchKey('Jansen and Zonen')).toBe('jansen en zonen');
    expect(matchKey('Jansen&Zonen')).toBe('jansen en zonen');
  });

  it('keeps words that name a different organisation', () => {
    expect(matchKey('Stichting De Vries')).toBe('stichting de vries');
    expect(matchKey('De Vries Holding B.V.')).toBe('de vries holding');
    expect(matchKey('Café Élan')).toBe('cafe elan');
  });

  it('keeps a name that is only a legal form rather than giving an empty key', () => {
    expect(matchKey('B.V.')).toBe('bv');
    expect(matchKey('')).toBe('');
  });
});
