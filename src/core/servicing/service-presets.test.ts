import { describe, expect, it } from 'vitest';
import { serviceConceptProblems } from './service-concept.ts';
import {
  presetServiceCategoryKeys,
  presetServiceConcepts,
  serviceConceptPresetKeys,
} from './service-presets.ts';

describe('presetServiceConcepts', () => {
  it('gives every preset one valid concept per category, best first', () => {
    for (const key of serviceConceptPresetKeys) {
      const concepts = presetServiceConcepts(key);
      expect(concepts.map((concept) => concept.categoryKey)).toEqual(
        presetServiceCategoryKeys[key],
      );
      expect(serviceConceptProblems(concepts, presetServiceCategoryKeys[key])).toEqual([]);
    }
  });
  it('treats the freelancer’s A as a VIP, B with a mailing and a greeting, C by the assignment', () => {
    const [a, b, c] = presetServiceConcepts('freelancerAbc');
    expect(a).toMatchObject({
      personalContactIntervalDays: 60,
      callBack: 'sameWorkingDay',
      proposalTurnaroundWorkingDays: 2,
      mailing: true,
      giftPolicy: 'yearlyPersonalGift',
    });
    expect(b).toMatchObject({
      personalContactIntervalDays: 180,
      callBack: 'asSoonAsPossible',
      proposalTurnaroundWorkingDays: 5,
      mailing: true,
      giftPolicy: 'newYearsGreeting',
    });
    expect(c).toMatchObject({
      personalContactIntervalDays: null,
      callBack: 'none',
      proposalTurnaroundWorkingDays: null,
      mailing: false,
      giftPolicy: 'none',
      minimumPersonalContactsPerYear: 0,
    });
  });
  it('calls the express company’s segments monthly and quarterly', () => {
    const [major, field, service] = presetServiceConcepts('expressDelivery');
    expect(major).toMatchObject({ personalContactIntervalDays: 31, accountPlanRequired: true });
    expect(field).toMatchObject({
      personalContactIntervalDays: 31,
      minimumPersonalContactsPerYear: 12,
    });
    expect(service).toMatchObject({
      personalContactIntervalDays: 92,
      minimumPersonalContactsPerYear: 4,
    });
  });
  it('gives a fresh copy each time, so changing one changes no other', () => {
    const first = presetServiceConcepts('freelancerAbc');
    first[0]!.personalContactIntervalDays = 1;
    expect(presetServiceConcepts('freelancerAbc')[0]?.personalContactIntervalDays).toBe(60);
  });
});
