import { describe, expect, it } from 'vitest';
import { acquisitionCost } from './acquisition-cost.ts';

describe('acquisitionCost', () => {
  it('divides time at the hourly rate plus money by the new regular clients', () => {
    // 120 hours at € 95 = € 11,400, plus € 3,600 = € 15,000 over three regular clients.
    const cost = acquisitionCost({
      hours: 120,
      hourlyRateCents: 9_500,
      moneyCents: 360_000,
      newClients: [
        { clientId: 'bouwbedrijf' },
        { clientId: 'gemeente' },
        { clientId: 'eenmalig', oneOff: true },
        { clientId: 'baalklant', unwanted: true },
        { clientId: 'zorginstelling', oneOff: false, unwanted: false },
      ],
    });
    expect(cost).toEqual({
      timeCents: 1_140_000,
      moneyCents: 360_000,
      investedCents: 1_500_000,
      regularClientIds: ['bouwbedrijf', 'gemeente', 'zorginstelling'],
      costPerClientCents: 500_000,
      reason: null,
    });
  });
  it('rounds to the nearest cent, halves away from zero', () => {
    const cost = acquisitionCost({
      hours: 0.25,
      hourlyRateCents: 10_001, // 0.25 × € 100.01 = € 25.0025 → € 25.00
      moneyCents: 1,
      newClients: [{ clientId: 'a' }, { clientId: 'b' }],
    });
    expect(cost.timeCents).toBe(2_500);
    expect(cost.costPerClientCents).toBe(1_251); // 2,501 / 2 = 1,250.5 → 1,251
  });
  it('has no cost per client without a new regular client, and says why', () => {
    const cost = acquisitionCost({
      hours: 10,
      hourlyRateCents: 10_000,
      moneyCents: 0,
      newClients: [{ clientId: 'eenmalig', oneOff: true }],
    });
    expect(cost.costPerClientCents).toBeNull();
    expect(cost.reason).toBe('no_new_regular_clients');
    expect(cost.investedCents).toBe(100_000);
  });
  it('counts a client listed twice once, and refuses negative amounts', () => {
    const twice = acquisitionCost({
      hours: 0,
      hourlyRateCents: 0,
      moneyCents: 100,
      newClients: [{ clientId: 'a' }, { clientId: 'a' }],
    });
    expect(twice.costPerClientCents).toBe(100);
    expect(() =>
      acquisitionCost({ hours: 1, hourlyRateCents: -1, moneyCents: 0, newClients: [] }),
    ).toThrow(/hourlyRateCents/);
  });
});
