import { describe, expect, it } from 'vitest';
import {
  aspectAverage,
  belowNorm,
  defaultSatisfactionNorm,
  recommendsFirm,
  trustIntentions,
} from './evaluation.ts';
import { closingEvaluation, opensPlan } from './improvement-plan.ts';

describe('the norm of 8 (method §7)', () => {
  it('An evaluation of 7 under the norm of 8 opens an improvement plan on the relationship manager’s worklist; a re-evaluation of 8 closes it; a 9 on recommend makes the contact an ambassador candidate', () => {
    const norm = defaultSatisfactionNorm;
    expect(norm).toBe(8);
    const seven = { id: 'e1', evaluatedOn: '2026-03-02', overall: 7, recordedAt: 1 };
    expect(opensPlan(seven, norm)).toBe(true);
    const plan = { openedOn: seven.evaluatedOn, norm };
    expect(closingEvaluation(plan, [seven])).toBeUndefined();
    const eight = { id: 'e2', evaluatedOn: '2026-05-11', overall: 8, recordedAt: 2 };
    expect(opensPlan(eight, norm)).toBe(false);
    expect(closingEvaluation(plan, [seven, eight])).toBe(eight);
    expect(recommendsFirm(9)).toBe(true);
  });

  it('is met at the norm and missed below it', () => {
    expect(belowNorm(8, 8)).toBe(false);
    expect(belowNorm(7, 8)).toBe(true);
    expect(belowNorm(9, 10)).toBe(true);
  });

  it('makes a 9 or a 10 on recommend an ambassador candidate, an 8 or no answer not', () => {
    expect([10, 9, 8, 0, null].map(recommendsFirm)).toEqual([true, true, false, false, false]);
  });
});

describe('a re-evaluation', () => {
  const plan = { openedOn: '2026-03-02', norm: 8 };
  const at = (evaluatedOn: string, overall: number, recordedAt: number) => ({
    id: `${evaluatedOn}/${overall}`,
    evaluatedOn,
    overall,
    recordedAt,
  });

  it('is on a later day: another contact’s 9 of the same day closes nothing', () => {
    expect(closingEvaluation(plan, [at('2026-03-02', 9, 2)])).toBeUndefined();
  });

  it('below the norm leaves the plan open; the first one at the norm closes it', () => {
    const later = [at('2026-06-01', 9, 4), at('2026-04-01', 7, 2), at('2026-05-01', 8, 3)];
    expect(closingEvaluation(plan, later)?.evaluatedOn).toBe('2026-05-01');
  });

  it('is judged by the plan’s own norm, not a norm the firm set since', () => {
    expect(closingEvaluation({ ...plan, norm: 9 }, [at('2026-05-01', 8, 1)])).toBeUndefined();
  });
});

describe('an evaluation', () => {
  it('averages the aspects scored, leaving out the ones not asked', () => {
    expect(aspectAverage({ endResult: 8, reachability: 7, invoicing: null })).toBe(7.5);
    expect(aspectAverage({ expertise: 9, communication: 8, keepingPromises: 8 })).toBe(8.3);
    expect(aspectAverage({})).toBeNull();
  });

  it('records trust as an intention, strongest first', () => {
    expect(trustIntentions).toEqual(['expand', 'continue', 'undecided', 'leave']);
  });
});
