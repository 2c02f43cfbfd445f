import { describe, expect, it } from 'vitest';
import {
  activeClients,
  clientYearTotals,
  isActive,
  yearsOf,
  type ClientYear,
} from './client-year.ts';

const rows: ClientYear[] = [
  { clientId: 'bakker', year: 2024, revenueCents: 40_000, costCents: 10_000, hours: 2.5 },
  { clientId: 'bakker', year: 2024, revenueCents: 20_000, costCents: 5_000, hours: 1.25 },
  { clientId: 'ajax', year: 2024, revenueCents: 60_000, costCents: 1_000, hours: null },
  { clientId: 'ajax', year: 2024, revenueCents: 0, costCents: null, hours: 3 },
  {
    clientId: 'cultuur',
    year: 2024,
    revenueCents: 15_000,
    creditNoteCount: 1,
    creditNoteCents: 15_000,
  },
  { clientId: 'cultuur', year: 2024, revenueCents: -15_000 },
  {
    clientId: 'delta',
    year: 2024,
    revenueCents: -2_500,
    creditNoteCount: 1,
    creditNoteCents: 2_500,
  },
  { clientId: 'delta', year: 2023, revenueCents: 9_000, serviceLines: ['tax', 'audit', 'tax'] },
];

describe('clientYearTotals', () => {
  it('adds up the rows of a client in a year', () => {
    const bakker = clientYearTotals(rows, 2024).get('bakker');
    expect(bakker).toMatchObject({ revenueCents: 60_000, costCents: 15_000, hoursHundredths: 375 });
  });
  it('knows cost and hours only when every row states them', () => {
    const ajax = clientYearTotals(rows, 2024).get('ajax');
    expect(ajax).toMatchObject({ revenueCents: 60_000, costCents: null, hoursHundredths: null });
  });
  it('keeps service lines distinct and sorted, and counts credit notes', () => {
    expect(clientYearTotals(rows, 2023).get('delta')?.serviceLines).toEqual(['audit', 'tax']);
    expect(clientYearTotals(rows, 2024).get('delta')).toMatchObject({
      creditNoteCount: 1,
      creditNoteCents: 2_500,
    });
  });
  it('refuses amounts that are not whole cents and rows without a client', () => {
    expect(() =>
      clientYearTotals([{ clientId: 'x', year: 2024, revenueCents: 10.5 }], 2024),
    ).toThrow(/whole cents/);
    expect(() => clientYearTotals([{ clientId: '', year: 2024, revenueCents: 1 }], 2024)).toThrow(
      /clientId/,
    );
    expect(() =>
      clientYearTotals([{ clientId: 'x', year: 2024, revenueCents: 1, hours: -2 }], 2024),
    ).toThrow(/hours/);
  });
});

describe('activeClients', () => {
  it('lists the clients with a year total above zero, largest first, ties by client id', () => {
    const tied: ClientYear[] = [...rows, { clientId: 'aa', year: 2024, revenueCents: 60_000 }];
    expect(activeClients(tied, 2024)).toEqual([
      { clientId: 'aa', revenueCents: 60_000 },
      { clientId: 'ajax', revenueCents: 60_000 },
      { clientId: 'bakker', revenueCents: 60_000 },
    ]);
  });
  it('treats a total of zero (fully credited) or below as no revenue', () => {
    expect(isActive(1)).toBe(true);
    expect(isActive(0)).toBe(false);
    expect(isActive(-1)).toBe(false);
    expect(activeClients(rows, 2024).map((c) => c.clientId)).not.toContain('cultuur');
  });
});

describe('yearsOf', () => {
  it('lists the years in the rows, ascending', () => {
    expect(yearsOf(rows)).toEqual([2023, 2024]);
  });
});
