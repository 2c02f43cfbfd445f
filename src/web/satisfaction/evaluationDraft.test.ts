import { describe, expect, it } from 'vitest';
import { dialogField, evaluationInput, evaluationValues, opensPlanAt } from './evaluationDraft.ts';

const today = '2026-03-10';

describe('an evaluation in its dialog', () => {
  it('starts as a conversation of today about the assignment it was opened for', () => {
    const values = evaluationValues({ assignmentId: 'a1', today });
    expect(values).toMatchObject({
      assignmentId: 'a1',
      method: 'conversation',
      evaluatedOn: today,
      overall: '',
      expertise: '',
    });
  });

  it('sends the aspects not asked as null, and the plan only with a new score below the norm', () => {
    const values = {
      ...evaluationValues({ today }),
      contactId: 'c1',
      overall: 7 as const,
      expertise: 9 as const,
      recommend: 9 as const,
      planWhat: '  Weekly call with the controller ',
      planCost: '1.250,50',
    };
    const input = evaluationInput(values, { norm: 8, isNew: true, language: 'nl' });
    expect(input.scores).toMatchObject({ expertise: 9, endResult: null, invoicing: null });
    expect(input.improvementPlan).toEqual({
      what: 'Weekly call with the controller',
      costCents: 125050,
    });
    expect(
      evaluationInput({ ...values, overall: 8 }, { norm: 8, isNew: true, language: 'nl' })
        .improvementPlan,
    ).toBeUndefined();
    expect(
      evaluationInput(values, { norm: 8, isNew: false, language: 'nl' }).improvementPlan,
    ).toBeUndefined();
  });

  it('opens a plan only below the norm, never while the score is empty', () => {
    expect(opensPlanAt(7, 8)).toBe(true);
    expect(opensPlanAt(8, 8)).toBe(false);
    expect(opensPlanAt('', 8)).toBe(false);
  });

  it('puts the server’s objections at the field they name', () => {
    expect(dialogField('scores.expertise')).toBe('expertise');
    expect(dialogField('improvementPlan.dueOn')).toBe('planDueOn');
    expect(dialogField('improvementPlan')).toBe('overall');
    expect(dialogField('contactId')).toBe('contactId');
    expect(dialogField('scores.unknown')).toBeNull();
  });
});
