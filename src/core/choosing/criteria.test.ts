import { describe, expect, it } from 'vitest';
import {
  criteriaProblems,
  moneyFunPrestigeCriteria,
  standardCriteria,
  standardCriterion,
  standardCriterionKeys,
  type Criterion,
} from './criteria.ts';

describe('the criteria catalogue', () => {
  it('holds the fifteen criteria of the method, five in each group', () => {
    const criteria = standardCriteria();
    expect(criteria).toHaveLength(15);
    expect(new Set(criteria.map((c) => c.key)).size).toBe(15);
    for (const group of ['business', 'professional', 'strategic'])
      expect(criteria.filter((c) => c.group === group)).toHaveLength(5);
    expect(criteria.slice(0, 5).map((c) => c.key)).toEqual([
      'revenue',
      'margin',
      'clientGrowth',
      'priceSensitivity',
      'paymentBehaviour',
    ]);
    expect(criteriaProblems(criteria)).toEqual([]);
  });
  it('marks the criteria the books can answer as data, the rest as judgement', () => {
    const fromData = standardCriteria().filter((c) => c.source === 'data');
    expect(fromData.map((c) => c.key)).toEqual([
      'revenue',
      'margin',
      'clientGrowth',
      'paymentBehaviour',
    ]);
  });
  it('offers the freelancer poen, pret & prestige with the worked example’s weights', () => {
    const criteria = moneyFunPrestigeCriteria();
    expect(criteria.map((c) => [c.key, c.weight])).toEqual([
      ['revenue', 5],
      ['image', 2],
      ['reference', 3],
      ['cooperation', 1],
      ['newServices', 1],
    ]);
    expect(criteriaProblems(criteria)).toEqual([]);
  });
  it('gives standard criteria no name: the web translates their keys', () => {
    expect(standardCriterion('fit', 4)).toEqual({
      key: 'fit',
      group: 'strategic',
      source: 'judgement',
      weight: 4,
      scaleMax: 3,
      name: null,
    });
    expect(standardCriterionKeys).toContain('partnership');
  });
});

describe('criteriaProblems', () => {
  const own: Criterion = {
    key: 'sustainability',
    group: 'strategic',
    source: 'judgement',
    weight: 3,
    scaleMax: 3,
    name: 'Duurzaamheid',
  };

  it('accepts a firm’s own criterion with a name, beside standard ones', () => {
    expect(criteriaProblems([standardCriterion('revenue', 5), own])).toEqual([]);
  });
  it('lists every problem with its place', () => {
    const problems = criteriaProblems([
      { ...own, weight: 0 },
      { ...own, weight: 2.5, scaleMax: 0 },
      { ...own, key: 'x', name: ' ', weight: 6, scaleMax: 11 },
      { ...own, key: '' },
    ]);
    expect(problems).toEqual([
      { code: 'weight_out_of_range', path: ['criteria', 0, 'weight'] },
      { code: 'weight_out_of_range', path: ['criteria', 1, 'weight'] },
      { code: 'scale_max_out_of_range', path: ['criteria', 1, 'scaleMax'] },
      { code: 'weight_out_of_range', path: ['criteria', 2, 'weight'] },
      { code: 'scale_max_out_of_range', path: ['criteria', 2, 'scaleMax'] },
      { code: 'name_missing', path: ['criteria', 2, 'name'] },
      { code: 'key_missing', path: ['criteria', 3, 'key'] },
      { code: 'key_duplicate', path: ['criteria', 1, 'key'] },
    ]);
  });
  it('asks for at least one criterion and known groups and sources', () => {
    expect(criteriaProblems([])).toEqual([{ code: 'no_criteria', path: ['criteria'] }]);
    const odd = { ...own, group: 'social', source: 'rumour' } as unknown as Criterion;
    expect(criteriaProblems([odd]).map((p) => p.code)).toEqual(['group_unknown', 'source_unknown']);
  });
  it('accepts the weights 1 to 5 and scales up to 10', () => {
    for (const weight of [1, 5]) expect(criteriaProblems([{ ...own, weight }])).toEqual([]);
    for (const scaleMax of [1, 10]) expect(criteriaProblems([{ ...own, scaleMax }])).toEqual([]);
  });
});
