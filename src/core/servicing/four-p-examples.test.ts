import { describe, expect, it } from 'vitest';
import { examplesOf, fourPExamples } from './four-p-examples.ts';
import { fourPs } from './four-ps.ts';

describe('fourPExamples', () => {
  it('puts the worked examples in their P', () => {
    expect(fourPExamples.finishSoonerThanAgreed).toBe('project');
    expect(fourPExamples.congratulateOnAnniversary).toBe('person');
    expect(fourPExamples.explainInvoiceBeforeSending).toBe('process');
    expect(fourPExamples.developNewServiceTogether).toBe('partnership');
  });
  it('splits advising unasked: about the assignment is project, about the business partnership', () => {
    expect(fourPExamples.adviseUnaskedOnAssignment).toBe('project');
    expect(fourPExamples.adviseUnaskedOnBusiness).toBe('partnership');
  });
  it('has examples for every P, each example in exactly one', () => {
    const perP = fourPs.map((p) => examplesOf(p));
    expect(perP.map((keys) => keys.length)).toEqual([7, 7, 11, 7]);
    expect(perP.flat().sort()).toEqual(Object.keys(fourPExamples).sort());
    expect(examplesOf('person')).toContain('giveGift');
  });
});
