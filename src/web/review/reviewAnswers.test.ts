import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import type { ReviewClient } from './queries.ts';
import { reviewAnswers } from './reviewAnswers.ts';

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

const bakery: ReviewClient = {
  id: '0b7a5c7e-1f3a-4d55-9d0e-3c2f1a9b8c70',
  name: 'Bakkerij Jansen',
  revenueCents: 400_000,
  share: { numerator: 4000, denominator: 38_000 },
  shareBasisPoints: 1053,
  relationship: { since: '2022-04-20', years: 2, months: 8, totalMonths: 32 },
  hours: 80,
  revenuePerHourCents: 5000,
  marginCents: -20_000,
  marginPerHourCents: -250,
  serviceLines: ['Advies', 'Training'],
  creditNoteCount: 2,
  creditNoteCents: 60_000,
  changeCents: -200_000,
  changeRatio: -1 / 3,
  flags: ['revenue_per_hour_below_median', 'many_credit_notes'],
  costsMoreThanItBrings: true,
  decision: null,
};

const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('the answers to the review questions', () => {
  it('answers the five questions of the method with the client’s figures, in Dutch', () => {
    const answers = reviewAnswers(bakery, { t: texts.t, language: 'nl', currency: 'EUR' });
    expect(answers.map((answer) => answer.question)).toEqual([
      'interesting',
      'length',
      'share',
      'costs',
      'profitable',
    ]);
    expect(answers.map((answer) => answer.lines.map((line) => plain(line.text)))).toEqual([
      ['Afgenomen diensten: Advies, Training'],
      ['Sinds 20 april 2022 (2 jr 8 mnd)'],
      ['10,53% van de omzet (€ 4.000,00)'],
      [
        '€ 50,00 omzet per uur over 80 uur',
        '2 creditnota’s, € 600,00',
        'Omzet per uur onder de helft van de mediaan van het kantoor',
        'Veel creditnota’s',
      ],
      ['Marge € -200,00, € -2,50 per uur', '-33% ten opzichte van het jaar ervoor (− € 2.000,00)'],
    ]);
    expect(answers.map((answer) => answer.warning)).toEqual([false, false, false, true, true]);
    // the credit notes speak against the bakery; its unknown hours do not
    expect(answers[3]!.lines.map((line) => line.warning)).toEqual([true, true, true, true]);
    expect(answers[4]!.lines.map((line) => line.warning)).toEqual([true, false]);
  });

  it('says which figure is missing rather than showing nothing', () => {
    const unknown: ReviewClient = {
      ...bakery,
      shareBasisPoints: null,
      relationship: null,
      hours: null,
      revenuePerHourCents: null,
      marginCents: null,
      marginPerHourCents: null,
      serviceLines: [],
      creditNoteCount: 0,
      creditNoteCents: 0,
      changeRatio: null,
      flags: [],
      costsMoreThanItBrings: false,
    };
    const answers = reviewAnswers(unknown, {
      t: texts.getFixedT('en'),
      language: 'en',
      currency: 'EUR',
    });
    expect(answers.map((answer) => answer.lines.map((line) => line.text))).toEqual([
      ['No services recorded on the invoices'],
      ['Unknown'],
      ['No share: the firm had no revenue this year'],
      ['Revenue per hour unknown: not every invoice states hours', 'No credit notes'],
      ['Margin unknown: not every invoice states its cost', 'No revenue the year before'],
    ]);
    expect(answers.some((answer) => answer.warning)).toBe(false);
  });
});
