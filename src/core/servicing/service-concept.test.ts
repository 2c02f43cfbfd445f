import { describe, expect, it } from 'vitest';
import {
  defaultServiceConcept,
  serviceConceptFor,
  serviceConceptProblems,
  withDefaultNorms,
  type ServiceConcept,
} from './service-concept.ts';

describe('defaultServiceConcept', () => {
  it('sets no norm except two personal contacts a year and the complaint norms', () => {
    const concept = defaultServiceConcept('B');
    expect(concept).toMatchObject({
      categoryKey: 'B',
      personalContactIntervalDays: null,
      callBack: 'none',
      proposalTurnaroundWorkingDays: null,
      giftPolicy: 'none',
      minimumPersonalContactsPerYear: 2,
      complaintAcknowledgeWorkingDays: 2,
      complaintSolveWorkingDays: 10,
    });
    expect(serviceConceptProblems([concept], ['A', 'B', 'C'])).toEqual([]);
  });

  it('gives a concept stored before the complaint norms existed their defaults, keeping a null', () => {
    const {
      complaintAcknowledgeWorkingDays: _a,
      complaintSolveWorkingDays: _s,
      ...old
    } = defaultServiceConcept('A');
    expect(withDefaultNorms(old)).toEqual(defaultServiceConcept('A'));
    expect(withDefaultNorms({ ...old, complaintSolveWorkingDays: null })).toMatchObject({
      complaintAcknowledgeWorkingDays: 2,
      complaintSolveWorkingDays: null,
    });
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
  it('asks whole working days for the complaint norms, solving no sooner than acknowledging', () => {
    const concept = (acknowledge: number | null, solve: number | null): ServiceConcept => ({
      ...defaultServiceConcept('A'),
      complaintAcknowledgeWorkingDays: acknowledge,
      complaintSolveWorkingDays: solve,
    });
    expect(serviceConceptProblems([concept(0, 101)], ['A'])).toEqual([
      {
        code: 'complaint_norm_out_of_range',
        path: ['concepts', 0, 'complaintAcknowledgeWorkingDays'],
      },
      { code: 'complaint_norm_out_of_range', path: ['concepts', 0, 'complaintSolveWorkingDays'] },
    ]);
    expect(serviceConceptProblems([concept(5, 3)], ['A'])).toEqual([
      { code: 'complaint_norms_out_of_order', path: ['concepts', 0, 'complaintSolveWorkingDays'] },
    ]);
    expect(serviceConceptProblems([concept(null, 3)], ['A'])).toEqual([]);
    expect(serviceConceptProblems([concept(3, 3)], ['A'])).toEqual([]);
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
