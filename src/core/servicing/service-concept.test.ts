import { describe, expect, it } from 'vitest';
import {
  defaultServiceConcept,
  serviceConceptFor,
  serviceConceptProblems,
  type ServiceConcept,
} from './service-concept.ts';

describe('defaultServiceConcept', () => {
  it('sets no norm except two personal contacts a year', () => {
    const concept = defaultServiceConcept('B');
    expect(concept).toMatchObject({
      categoryKey: 'B',
      personalContactIntervalDays: null,
      callBack: 'none',
      proposalTurnaroundWorkingDays: null,
      giftPolicy: 'none',
      minimumPersonalContactsPerYear: 2,
    });
    expect(serviceConceptProblems([concept], ['A', 'B', 'C'])).toEqual([]);
  });
});

describe('serviceConceptFor', () => {
  it('finds the category’s concept, or the default one', () => {
    const a = { ...defaultServiceConcept('A'), personalContactIntervalDays: 60 };
    expect(serviceConceptFor([a], 'A')).toBe(a);
    expect(serviceConceptFor([a], 'C')).toEqual(defaultServiceConcept('C'));
  });
});

describe('serviceConceptProblems', () => {
  it('names every problem with its path', () => {
    const wrong = {
      ...defaultServiceConcept('X'),
      personalContactIntervalDays: 0,
      callBack: 'tomorrow',
      proposalTurnaroundWorkingDays: 2.5,
      giftPolicy: 'wine',
      minimumPersonalContactsPerYear: -1,
      ownNorms: 'x'.repeat(4001),
    } as unknown as ServiceConcept;
    const concepts = [defaultServiceConcept('A'), defaultServiceConcept('A'), wrong];
    expect(serviceConceptProblems(concepts, ['A', 'B'])).toEqual([
      { code: 'concept_duplicate', path: ['concepts', 1, 'categoryKey'] },
      { code: 'category_unknown', path: ['concepts', 2, 'categoryKey'] },
      { code: 'interval_out_of_range', path: ['concepts', 2, 'personalContactIntervalDays'] },
      { code: 'call_back_unknown', path: ['concepts', 2, 'callBack'] },
      { code: 'turnaround_out_of_range', path: ['concepts', 2, 'proposalTurnaroundWorkingDays'] },
      { code: 'gift_policy_unknown', path: ['concepts', 2, 'giftPolicy'] },
      {
        code: 'minimum_contacts_out_of_range',
        path: ['concepts', 2, 'minimumPersonalContactsPerYear'],
      },
      { code: 'own_norms_too_long', path: ['concepts', 2, 'ownNorms'] },
    ]);
  });
  it('accepts the limits themselves', () => {
    const concept: ServiceConcept = {
      ...defaultServiceConcept('A'),
      personalContactIntervalDays: 1,
      proposalTurnaroundWorkingDays: 100,
      minimumPersonalContactsPerYear: 0,
      ownNorms: 'x'.repeat(4000),
    };
    expect(serviceConceptProblems([concept], ['A'])).toEqual([]);
  });
});
