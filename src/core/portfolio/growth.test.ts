import { describe, expect, it } from 'vitest';
import type { ClientYear } from './client-year.ts';
import { clientGrowth } from './growth.ts';

const rows: ClientYear[] = [
  { clientId: 'groeier', year: 2021, revenueCents: 100_000 },
  { clientId: 'groeier', year: 2023, revenueCents: 200_000 },
  { clientId: 'groeier', year: 2024, revenueCents: 150_000 },
  { clientId: 'groeier', year: 2024, revenueCents: 50_000 },
  { clientId: 'vertrokken', year: 2021, revenueCents: 80_000 },
  { clientId: 'vertrokken', year: 2023, revenueCents: 40_000 },
  { clientId: 'nieuw', year: 2024, revenueCents: 30_000 },
  { clientId: 'gecrediteerd', year: 2023, revenueCents: -5_000 },
  { clientId: 'gecrediteerd', year: 2024, revenueCents: 10_000 },
  { clientId: 'oud', year: 2021, revenueCents: 10_000 },
];

describe('clientGrowth', () => {
  const growth = new Map(clientGrowth(rows, 2024).map((g) => [g.clientId, g]));

  it('compares with the previous year in cents and as a ratio, and over three years', () => {
    // 2021 € 1,000 → 2024 € 2,000: doubling in three years is 2^(1/3) − 1 ≈ 26% a year.
    expect(growth.get('groeier')).toMatchObject({
      revenueCents: 200_000,
      previousYearCents: 200_000,
      changeCents: 0,
      changeRatio: 0,
      threeYearsAgoCents: 100_000,
      threeYearChangeCents: 100_000,
    });
    expect(growth.get('groeier')?.compoundAnnualGrowthRate).toBeCloseTo(Math.cbrt(2) - 1, 12);
  });
  it('gives −100% a year for a client whose revenue fell to nothing', () => {
    expect(growth.get('vertrokken')).toMatchObject({
      revenueCents: 0,
      changeCents: -40_000,
      changeRatio: -1,
      compoundAnnualGrowthRate: -1,
    });
  });
  it('has no ratio when the previous year is zero or below', () => {
    expect(growth.get('nieuw')).toMatchObject({ changeCents: 30_000, changeRatio: null });
    expect(growth.get('gecrediteerd')).toMatchObject({
      changeCents: 15_000,
      changeRatio: null,
      compoundAnnualGrowthRate: null,
    });
  });
  it('covers the clients with a row in the year or the year before, by client id', () => {
    expect([...growth.keys()]).toEqual(['gecrediteerd', 'groeier', 'nieuw', 'vertrokken']);
  });
});
