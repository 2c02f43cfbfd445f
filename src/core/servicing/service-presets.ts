// Service concepts preset from the method's worked examples (method.md §5 and §3.4), as a start
// the firm then adjusts. Where the method gives no number, decision 0013 says what was chosen.
import { defaultServiceConcept, type ServiceConcept } from './service-concept.ts';

export const serviceConceptPresetKeys = ['freelancerAbc', 'expressDelivery'] as const;
export type ServiceConceptPresetKey = (typeof serviceConceptPresetKeys)[number];

/** The category keys each preset is written for, best first. */
export const presetServiceCategoryKeys = {
  freelancerAbc: ['A', 'B', 'C'],
  expressDelivery: ['majorAccounts', 'fieldSales', 'customerServices'],
} as const satisfies Record<ServiceConceptPresetKey, readonly string[]>;

/**
 * The freelancer's A/B/C: A a VIP treatment (called back directly, a mailing, a proposal within
 * two working days, a personally chosen gift every year, personal contact every 60 days), B called
 * back as soon as possible with a mailing and a New Year's greeting (contact every 180 days, a
 * proposal within five working days), C only the time the assignment needs.
 */
function freelancerAbc(): ServiceConcept[] {
  return [
    {
      ...defaultServiceConcept('A'),
      personalContactIntervalDays: 60,
      callBack: 'sameWorkingDay',
      proposalTurnaroundWorkingDays: 2,
      mailing: true,
      giftPolicy: 'yearlyPersonalGift',
    },
    {
      ...defaultServiceConcept('B'),
      personalContactIntervalDays: 180,
      callBack: 'asSoonAsPossible',
      proposalTurnaroundWorkingDays: 5,
      mailing: true,
      giftPolicy: 'newYearsGreeting',
    },
    { ...defaultServiceConcept('C'), minimumPersonalContactsPerYear: 0 },
  ];
}

/**
 * The express-delivery company's three segments: major accounts with their own account manager
 * and personal contact (an account plan, a yearly forecast and evaluation), field sales called at
 * least monthly, customer services at least quarterly. A month is taken as at most 31 days and a
 * quarter as at most 92, so a call once every calendar month or quarter is never overdue.
 */
function expressDelivery(): ServiceConcept[] {
  return [
    {
      ...defaultServiceConcept('majorAccounts'),
      personalContactIntervalDays: 31,
      callBack: 'sameWorkingDay',
      accountPlanRequired: true,
      yearlyRevenueForecast: true,
      yearlyEvaluationConversation: true,
      minimumPersonalContactsPerYear: 12,
    },
    {
      ...defaultServiceConcept('fieldSales'),
      personalContactIntervalDays: 31,
      callBack: 'nextWorkingDay',
      minimumPersonalContactsPerYear: 12,
    },
    {
      ...defaultServiceConcept('customerServices'),
      personalContactIntervalDays: 92,
      callBack: 'asSoonAsPossible',
      minimumPersonalContactsPerYear: 4,
    },
  ];
}

/** The service concepts of a preset, one per category of presetServiceCategoryKeys. */
export function presetServiceConcepts(key: ServiceConceptPresetKey): ServiceConcept[] {
  switch (key) {
    case 'freelancerAbc':
      return freelancerAbc();
    case 'expressDelivery':
      return expressDelivery();
  }
}
