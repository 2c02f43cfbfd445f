import { describe, expect, it } from 'vitest';
import { investmentAmount, investmentPreview } from './investmentFigures.ts';

describe('the investment in new clients as typed', () => {
  it('prices the hours at the rate and adds the money', () => {
    expect(
      investmentPreview({ hours: '120,5', hourlyRate: '€ 95,00', money: '2.500' }, 'nl'),
    ).toEqual({
      hoursHundredths: 12_050,
      hourlyRateCents: 9500,
      timeCents: 1_144_750,
      moneyCents: 250_000,
      investedCents: 1_394_750,
    });
  });

  it('rounds the cost of the time to the cent', () => {
    expect(investmentPreview({ hours: '0.01', hourlyRate: '0.50', money: '' }, 'en')).toMatchObject(
      {
        timeCents: 1,
        investedCents: 1,
      },
    );
  });

  it('refuses negative figures and figures above the limits', () => {
    expect(investmentAmount('hours', '-1', 'nl').problem).toBe('negative');
    expect(investmentAmount('hours', '1.000.001', 'nl').problem).toBe('tooLarge');
    expect(investmentAmount('hourlyRate', '100.000,01', 'nl').problem).toBe('tooLarge');
    expect(investmentAmount('money', 'veel', 'nl').problem).toBe('invalid');
    expect(investmentPreview({ hours: '1,234', hourlyRate: '1', money: '1' }, 'nl')).toBeNull();
  });
});
