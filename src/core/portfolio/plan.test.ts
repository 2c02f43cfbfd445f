import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revenueBridge } from './bridge.ts';
import { clientYearsArbitrary, firstYear, lastYear } from './client-years.arbitrary.ts';
import type { ClientYear } from './client-year.ts';
import { planProgress, planStartMissing, proposePlan, revenuePlan } from './plan.ts';

const euros = (amount: number) => amount * 100;

describe('revenuePlan', () => {
  it('reproduces the worked example of method.md §2', () => {
    // Revenue 2004 € 2,000,000; + € 200,000 more at existing clients; + € 200,000 from new
    // clients; − € 100,000 of departing clients = target € 2,300,000, 15% growth.
    const plan = revenuePlan({
      startCents: euros(2_000_000),
      existingGrowthCents: euros(200_000),
      newClientsCents: euros(200_000),
      expectedLossCents: euros(100_000),
    });
    expect(plan.targetCents).toBe(euros(2_300_000));
    expect(plan.growthCents).toBe(euros(300_000));
    expect(plan.growth).toEqual({ numerator: euros(300_000), denominator: euros(2_000_000) });
    expect(plan.growthBasisPoints).toBe(1500);
  });
  it('allows shrinking at existing clients but refuses a negative loss or new-client revenue', () => {
    const plan = revenuePlan({
      startCents: 300,
      existingGrowthCents: -100,
      newClientsCents: 0,
      expectedLossCents: 0,
    });
    expect(plan.targetCents).toBe(200);
    expect(plan.growthBasisPoints).toBe(-3333);
    expect(() =>
      revenuePlan({
        startCents: 1,
        existingGrowthCents: 0,
        newClientsCents: 0,
        expectedLossCents: -1,
      }),
    ).toThrow(/expectedLossCents/);
  });
  it('has no growth percentage from a start of zero', () => {
    const plan = revenuePlan({
      startCents: 0,
      existingGrowthCents: 0,
      newClientsCents: 500,
      expectedLossCents: 0,
    });
    expect(plan.growth).toBeNull();
    expect(plan.growthBasisPoints).toBeNull();
  });
});

describe('planStartMissing', () => {
  it('misses the start only while the year before runs without revenue', () => {
    expect(planStartMissing({ startCents: 0, startComplete: false })).toBe(true);
    expect(planStartMissing({ startCents: 0, startComplete: true })).toBe(false);
    expect(planStartMissing({ startCents: 1, startComplete: false })).toBe(false);
  });
});

describe('proposePlan', () => {
  const row = (clientId: string, year: number, amount: number): ClientYear => ({
    clientId,
    year,
    revenueCents: euros(amount),
  });
  const rows: ClientYear[] = [
    row('a', 2020, 1000),
    row('b', 2020, 500),
    row('a', 2021, 1100), // grown 100
    row('c', 2021, 301), // new 301; b lost 500
    row('a', 2022, 1000), // shrunk 100
    row('c', 2022, 400), // grown 99
    row('b', 2022, 250), // returned 250
    row('a', 2023, 1050), // grown 50
    row('c', 2023, 400),
    row('d', 2023, 100), // new 100; b lost 250
  ];
  const bridges = [2021, 2022, 2023, 2020].map((year) => revenueBridge(rows, year));

  it('averages the last three years’ bridges, rounded to whole euros', () => {
    const plan = proposePlan(bridges);
    expect(plan.basedOnYears).toEqual([2021, 2022, 2023]);
    expect(plan.startCents).toBe(euros(1550));
    // grown − shrunk: 100, −1, 50 → 49.67 → € 50
    expect(plan.existingGrowthCents).toBe(euros(50));
    // new + returned: 301, 250, 100 → 217
    expect(plan.newClientsCents).toBe(euros(217));
    // lost: 500, 0, 250 → 250
    expect(plan.expectedLossCents).toBe(euros(250));
    expect(plan.targetCents).toBe(euros(1550 + 50 + 217 - 250));
  });
  it('shows the figures of each bridge it averaged, as the bridge shows them', () => {
    expect(proposePlan(bridges).basedOn).toEqual([
      {
        year: 2021,
        newClientsCents: euros(301),
        existingGrowthCents: euros(100),
        lostCents: euros(500),
      },
      { year: 2022, newClientsCents: euros(250), existingGrowthCents: euros(-1), lostCents: 0 },
      {
        year: 2023,
        newClientsCents: euros(100),
        existingGrowthCents: euros(50),
        lostCents: euros(250),
      },
    ]);
  });
  it('proposes whole euros and a target that adds up, for any data', () => {
    fc.assert(
      fc.property(
        clientYearsArbitrary,
        fc.integer({ min: firstYear, max: lastYear }),
        (data, y) => {
          const plan = proposePlan([y - 2, y - 1, y].map((year) => revenueBridge(data, year)));
          for (const cents of [
            plan.existingGrowthCents,
            plan.newClientsCents,
            plan.expectedLossCents,
          ]) {
            expect(Number.isSafeInteger(cents / 100)).toBe(true);
          }
          expect(plan.startCents).toBe(revenueBridge(data, y).endCents);
          expect(plan.targetCents).toBeGreaterThanOrEqual(0);
          expect(plan.targetCents).toBe(
            plan.startCents +
              plan.existingGrowthCents +
              plan.newClientsCents -
              plan.expectedLossCents,
          );
        },
      ),
    );
  });
  it('proposes no target below zero when the latest year has barely begun', () => {
    // 2024 has no revenue yet: everyone looks lost, so the loss cannot exceed what is left
    const plan = proposePlan([2022, 2023, 2024].map((year) => revenueBridge(rows, year)));
    expect(plan.startCents).toBe(0);
    expect(plan.existingGrowthCents).toBeGreaterThanOrEqual(0);
    expect(plan.expectedLossCents).toBeLessThanOrEqual(plan.existingGrowthCents);
    expect(plan.targetCents).toBeGreaterThanOrEqual(plan.newClientsCents);
  });
  it('needs at least one year', () => {
    expect(() => proposePlan([])).toThrow(/at least one year/);
  });
});

describe('planProgress', () => {
  const plan = revenuePlan({
    startCents: euros(2_000_000),
    existingGrowthCents: euros(200_000),
    newClientsCents: euros(200_000),
    expectedLossCents: euros(100_000),
  });

  it('compares actuals so far with the target spread evenly over the year', () => {
    expect(
      planProgress({ plan, actualSoFarCents: euros(1_000_000), fractionOfYearElapsed: 0.5 }),
    ).toEqual({
      actualSoFarCents: euros(1_000_000),
      expectedSoFarCents: euros(1_150_000),
      differenceCents: -euros(150_000),
      targetReached: { numerator: euros(1_000_000), denominator: euros(2_300_000) },
      onTrack: false,
    });
  });
  it('rounds the expected amount to whole cents', () => {
    const progress = planProgress({
      plan,
      actualSoFarCents: euros(800_000),
      fractionOfYearElapsed: 1 / 3,
    });
    expect(progress.expectedSoFarCents).toBe(76_666_667);
    expect(progress.onTrack).toBe(true);
  });
  it('refuses a fraction of the year outside 0–1', () => {
    expect(() => planProgress({ plan, actualSoFarCents: 0, fractionOfYearElapsed: 1.2 })).toThrow(
      /fractionOfYearElapsed/,
    );
  });
});
