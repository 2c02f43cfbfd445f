import { describe, expect, it } from 'vitest';
import { planAmount, planPreview } from './planFigures.ts';

describe('the plan as typed', () => {
  it('makes the target of the method’s worked example: € 2.300.000, 15% growth', () => {
    const preview = planPreview(
      2_000_000_00,
      {
        existingGrowthCents: '€ 200.000',
        newClientsCents: '200.000,00',
        expectedLossCents: '100.000',
      },
      'nl',
    );
    expect(preview).toEqual({
      existingGrowthCents: 200_000_00,
      newClientsCents: 200_000_00,
      expectedLossCents: 100_000_00,
      startCents: 2_000_000_00,
      targetCents: 2_300_000_00,
      growthCents: 300_000_00,
      growthRatio: 0.15,
    });
  });

  it('lets growth at existing clients be negative, not the new clients or the loss', () => {
    expect(planAmount('existingGrowthCents', '-1.500,50', 'nl')).toEqual({
      cents: -150_050,
      problem: null,
    });
    expect(planAmount('newClientsCents', '-1', 'nl')).toEqual({ cents: null, problem: 'negative' });
    expect(planAmount('expectedLossCents', '-1', 'en')).toEqual({
      cents: null,
      problem: 'negative',
    });
  });

  it('refuses text that is no amount, more than cents and amounts above the limit', () => {
    expect(planAmount('newClientsCents', 'veel', 'nl').problem).toBe('invalid');
    expect(planAmount('newClientsCents', '10,005', 'nl').problem).toBe('decimals');
    expect(planAmount('newClientsCents', '100.000.000.001', 'nl').problem).toBe('tooLarge');
    expect(planAmount('newClientsCents', '100.000.000.000', 'nl').problem).toBe(null);
  });

  it('has no target while an amount is wrong, and no growth ratio without a start', () => {
    const texts = { existingGrowthCents: '0', newClientsCents: 'x', expectedLossCents: '0' };
    expect(planPreview(100, texts, 'en')).toBeNull();
    expect(planPreview(0, { ...texts, newClientsCents: '50' }, 'en')).toEqual({
      existingGrowthCents: 0,
      newClientsCents: 5000,
      expectedLossCents: 0,
      startCents: 0,
      targetCents: 5000,
      growthCents: 5000,
      growthRatio: null,
    });
  });
});
