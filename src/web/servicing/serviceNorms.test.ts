import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import type { ServiceNorms } from './serviceConceptQueries.ts';
import { normSummary } from './serviceNorms.ts';

const none: ServiceNorms = {
  personalContactIntervalDays: null,
  callBack: 'none',
  proposalTurnaroundWorkingDays: null,
  complaintAcknowledgeWorkingDays: null,
  complaintSolveWorkingDays: null,
  mailing: false,
  giftPolicy: 'none',
  evaluationAfterEachAssignment: false,
  yearlyEvaluationConversation: false,
  accountPlanRequired: false,
  yearlyRevenueForecast: false,
  secondProfessionalPerAssignment: false,
  minimumPersonalContactsPerYear: 0,
  ownNorms: '',
};

const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({
    lng: 'en',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe('the norms in a few words', () => {
  it('says nothing for a category without norms', async () => {
    await texts.changeLanguage('en');
    expect(normSummary(none, texts.t)).toEqual([]);
  });

  it('names the freelancer’s A-client treatment in the user’s language', async () => {
    const a: ServiceNorms = {
      ...none,
      personalContactIntervalDays: 60,
      callBack: 'sameWorkingDay',
      proposalTurnaroundWorkingDays: 2,
      mailing: true,
      giftPolicy: 'yearlyPersonalGift',
      minimumPersonalContactsPerYear: 1,
    };
    await texts.changeLanguage('en');
    expect(normSummary(a, texts.t)).toEqual([
      'Contact every 60 days',
      'Called back the same working day',
      'Proposal within 2 working days',
      'Kept informed by the mailing',
      'A personally chosen gift every year',
      'At least 1 contact a year',
    ]);
    await texts.changeLanguage('nl');
    expect(normSummary({ ...none, yearlyRevenueForecast: true }, texts.t)).toEqual([
      'Jaarlijkse omzetprognose met de klant',
    ]);
  });
});
