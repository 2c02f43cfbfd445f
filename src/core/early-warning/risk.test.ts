import { describe, expect, it } from 'vitest';
import {
  byPriority,
  categoryWeight,
  defaultSignalWeights,
  priorityOf,
  riskScore,
  signalWeightsOf,
} from './risk.ts';
import { suggestedActionFor } from './actions.ts';

describe('risk and priority (method §8)', () => {
  it('the risk adds up the weights of the signals; the firm changes a weight', () => {
    const signals = [{ kind: 'threatensToLeave' as const }, { kind: 'revenueDeclining' as const }];
    expect(riskScore(signals, defaultSignalWeights)).toBe(60);
    expect(riskScore(signals, signalWeightsOf({ revenueDeclining: 5 }))).toBe(45);
  });

  it('a weight outside 0–100, or of no signal, is refused with the field', () => {
    expect(() => signalWeightsOf({ revenueDeclining: 101 })).toThrow(/weights.revenueDeclining/);
    expect(() => signalWeightsOf({ revenueDeclining: 1.5 })).toThrow(/whole number/);
    expect(() => signalWeightsOf({ invitations: 5 })).toThrow(/weights.invitations/);
  });

  it('an A-client at the same risk as a C-client is listed first, even with less revenue', () => {
    const scheme = ['A', 'B', 'C'];
    expect(categoryWeight('A', scheme)).toBe(3);
    expect(categoryWeight('C', scheme)).toBe(1);
    expect(categoryWeight(null, scheme)).toBe(1);
    const a = { name: 'Zuid BV', risk: 20, categoryWeight: 3, valueCents: 1_000_000 };
    const c = { name: 'Aards BV', risk: 20, categoryWeight: 1, valueCents: 9_000_000 };
    expect([c, a].sort(byPriority).map((x) => x.name)).toEqual(['Zuid BV', 'Aards BV']);
    expect(priorityOf(a)).toBe(60);
    // at the same priority and category the larger client first
    const c2 = { ...c, name: 'Berg BV', valueCents: 100 };
    expect([c2, c].sort(byPriority).map((x) => x.name)).toEqual(['Aards BV', 'Berg BV']);
  });

  it('the suggested action is the one of the weightiest signal', () => {
    const action = suggestedActionFor([
      { kind: 'personalContactLow' as const, weight: 10 },
      { kind: 'threatensToLeave' as const, weight: 40 },
    ]);
    expect(action?.p).toBe('partnership');
    expect(suggestedActionFor([])).toBeNull();
  });
});
