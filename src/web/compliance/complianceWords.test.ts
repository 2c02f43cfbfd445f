import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { deliveredText, ofText, shortfallText, withinNormText } from './complianceWords.ts';

const requests = (withinNorm: number, judged: number, basisPoints: number | null) => ({
  judged,
  withinNorm,
  withinNormBasisPoints: basisPoints,
  done: judged,
  averageWorkingDaysHundredths: null,
});

describe('compliance figures in words', () => {
  it('read 100% only when every client or request counts', () => {
    expect(deliveredText(199, 200, 'en')).toBe('199 (99%)');
    expect(deliveredText(200, 200, 'en')).toBe('200 (100%)');
    expect(deliveredText(1, 3, 'nl')).toBe('1 (33%)');
    expect(withinNormText(requests(1999, 2000, 9995), 'en')).toBe('1999/2000 (99%)');
    expect(withinNormText(requests(3, 4, 7500), 'en')).toBe('3/4 (75%)');
  });

  it('show a dash where nothing counts', () => {
    expect(deliveredText(0, 0, 'en')).toBe('–');
    expect(withinNormText(requests(0, 0, null), 'en')).toBe('–');
    expect(ofText(0, 0)).toBe('–');
    expect(ofText(1, 2)).toBe('1/2');
  });
});

describe('why a client falls short, in words', () => {
  it('names the stored norms that are checked, in both languages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'nl',
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    const words = (lng: string) => {
      const t = i18n.getFixedT(lng);
      return [
        shortfallText({ code: 'dutyMissed', duty: 'mailing' }, t),
        shortfallText({ code: 'dutyMissed', duty: 'giftOrGreeting' }, t),
        shortfallText({ code: 'secondProfessionalMissing', count: 2 }, t),
      ];
    };
    expect(words('nl')).toEqual([
      'geen mailing',
      'geen relatiegeschenk of nieuwjaarsgroet',
      '2 opdrachten zonder tweede professional',
    ]);
    expect(words('en')).toEqual([
      'no mailing',
      'no gift or New Year’s greeting',
      '2 assignments without a second professional',
    ]);
  });
});
