import { describe, expect, it } from 'vitest';
import { annualReview, reviewDecisions } from './annual-review.ts';
import type { ClientYear } from './client-year.ts';

const euros = (amount: number) => amount * 100;
const rows: ClientYear[] = [
  { clientId: 'topklant', year: 2023, revenueCents: euros(40_000) },
  {
    clientId: 'topklant',
    year: 2024,
    revenueCents: euros(50_000),
    costCents: euros(30_000),
    hours: 400,
    assignments: 3,
    serviceLines: ['ict', 'advies'],
  },
  { clientId: 'gemiddeld', year: 2024, revenueCents: euros(20_000), hours: 200 },
  { clientId: 'baalklant', year: 2023, revenueCents: euros(12_000) },
  {
    clientId: 'baalklant',
    year: 2024,
    revenueCents: euros(10_000),
    costCents: euros(9_000),
    hours: 250,
    creditNoteCount: 3,
    creditNoteCents: euros(2_000),
  },
  { clientId: 'goedkoop', year: 2024, revenueCents: euros(9_000), hours: 100 },
  {
    clientId: 'zonder-uren',
    year: 2024,
    revenueCents: euros(5_000),
    creditNoteCount: 1,
    creditNoteCents: euros(400),
  },
  {
    clientId: 'gecrediteerd',
    year: 2024,
    revenueCents: -euros(1_000),
    creditNoteCount: 1,
    creditNoteCents: euros(1_000),
  },
];
const relationshipStarts = new Map([
  ['topklant', { firstRevenueDate: '2018-05-01', firstAssignmentDate: '2018-03-12' }],
]);

describe('annualReview', () => {
  const review = annualReview({
    rows,
    year: 2024,
    referenceDate: '2024-12-31',
    relationshipStarts,
  });
  const of = (clientId: string) => review.find((client) => client.clientId === clientId);

  it('puts the figures beside the review questions, largest client first', () => {
    expect(review.map((client) => client.clientId)).toEqual([
      'topklant',
      'gemiddeld',
      'baalklant',
      'goedkoop',
      'zonder-uren',
      'gecrediteerd',
    ]);
    expect(of('topklant')).toEqual({
      clientId: 'topklant',
      revenueCents: euros(50_000),
      share: { numerator: euros(50_000), denominator: euros(94_000) },
      shareBasisPoints: 5319,
      relationship: { since: '2018-03-12', years: 6, months: 9, totalMonths: 81 },
      hours: 400,
      revenuePerHourCents: euros(125),
      marginCents: euros(20_000),
      marginPerHourCents: euros(50),
      assignments: 3,
      serviceLines: ['advies', 'ict'],
      creditNoteCount: 0,
      creditNoteCents: 0,
      changeCents: euros(10_000),
      changeRatio: 0.25,
      flags: [],
      costsMoreThanItBrings: false,
    });
  });
  it('flags a client with low revenue per hour and many credit notes', () => {
    // Median revenue per hour: (€ 90 + € 100) / 2 = € 95; half of it is € 47.50; this one makes € 40.
    expect(of('baalklant')).toMatchObject({
      revenuePerHourCents: euros(40),
      flags: ['revenue_per_hour_below_median', 'many_credit_notes', 'high_credit_note_share'],
      costsMoreThanItBrings: true,
    });
  });
  it('leaves alone a client with one small credit note and no hours', () => {
    // € 400 credited of € 5,400 invoiced is 7.4%: below 10%.
    expect(of('zonder-uren')).toMatchObject({ revenuePerHourCents: null, flags: [] });
  });
  it('flags a year of only credit notes, which has no share', () => {
    expect(of('gecrediteerd')).toMatchObject({
      share: null,
      shareBasisPoints: null,
      flags: ['high_credit_note_share'],
    });
  });
  it('takes the firm’s own rate and limits', () => {
    const strict = annualReview({
      rows,
      year: 2024,
      referenceDate: '2024-12-31',
      policy: {
        minimumRevenuePerHourCents: euros(95),
        creditNoteCountLimit: 4,
        creditNoteShareLimitBasisPoints: 2000,
      },
    });
    const flagsOf = (clientId: string) => strict.find((c) => c.clientId === clientId)?.flags;
    expect(flagsOf('goedkoop')).toEqual(['revenue_per_hour_below_rate']);
    expect(flagsOf('baalklant')).toEqual([
      'revenue_per_hour_below_rate',
      'revenue_per_hour_below_median',
    ]);
    expect(flagsOf('topklant')).toEqual([]);
  });
  it('refuses a policy that makes no sense', () => {
    const input = { rows, year: 2024, referenceDate: '2024-12-31' };
    expect(() => annualReview({ ...input, policy: { creditNoteCountLimit: 0 } })).toThrow(
      /creditNoteCountLimit/,
    );
    expect(() => annualReview({ ...input, policy: { medianRevenuePerHourFactor: -1 } })).toThrow(
      /Factor/,
    );
  });
});

describe('reviewDecisions', () => {
  it('are the four of the method', () => {
    expect(reviewDecisions).toEqual(['invest', 'maintain', 'improve', 'part_ways']);
  });
});
