import { describe, expect, it } from 'vitest';
import {
  addYears,
  ambassadors,
  clientStartedOn,
  referralsOfYear,
  type ReferredClient,
} from './referrals.ts';

const referred = (
  organizationId: string,
  referrerOrganizationId: string,
  startedOn: string | null,
  revenueByYear: { fiscalYear: number; revenueCents: number }[],
): ReferredClient => ({
  organizationId,
  name: organizationId,
  referrerOrganizationId,
  referrerContactId: null,
  startedOn,
  revenueByYear,
});

describe('who referred each new client and what each ambassador brought (method §10)', () => {
  it('an ambassador brought the revenue of the clients it referred since they became clients, per year and in total', () => {
    const list = ambassadors(
      [
        referred('noord', 'atlas', '2024-03-01', [
          { fiscalYear: 2024, revenueCents: 1_000_00 },
          { fiscalYear: 2025, revenueCents: 2_500_00 },
        ]),
        referred('zuid', 'atlas', '2025-06-10', [{ fiscalYear: 2025, revenueCents: 500_00 }]),
        referred('oost', 'boreas', null, []),
      ],
      [],
    );
    expect(list.map((a) => a.organizationId)).toEqual(['atlas', 'boreas']);
    const [atlas, boreas] = list;
    expect(atlas!.revenueCents).toBe(4_000_00);
    expect(atlas!.revenueByYear).toEqual([
      { fiscalYear: 2024, revenueCents: 1_000_00 },
      { fiscalYear: 2025, revenueCents: 3_000_00 },
    ]);
    expect(atlas!.clientsBrought).toBe(2);
    // the latest client first
    expect(atlas!.clients.map((c) => [c.organizationId, c.revenueCents])).toEqual([
      ['zuid', 500_00],
      ['noord', 3_500_00],
    ]);
    // a referred prospect is listed, but not brought yet
    expect(boreas!.clientsBrought).toBe(0);
    expect(boreas!.clients).toHaveLength(1);
  });

  it('a client whose contact scores a 9 on recommend is an ambassador too, before it referred anyone', () => {
    const list = ambassadors(
      [referred('noord', 'atlas', '2024-03-01', [{ fiscalYear: 2024, revenueCents: 100 }])],
      [
        { organizationId: 'ceres', contactId: 'anna', recommend: 9 },
        { organizationId: 'atlas', contactId: 'bert', recommend: 10 },
      ],
    );
    expect(list.map((a) => [a.organizationId, a.referrer, a.candidates.length])).toEqual([
      ['atlas', true, 1],
      ['ceres', false, 1],
    ]);
  });

  it('a client became one on the earliest of its first invoice, first assignment and client-since date', () => {
    expect(
      clientStartedOn({
        firstInvoiceDate: '2025-04-01',
        firstAssignmentDate: '2025-02-10',
        clientSince: '2025-03-01',
      }),
    ).toBe('2025-02-10');
    expect(clientStartedOn({ clientSince: '2025-03-01' })).toBe('2025-03-01');
    expect(clientStartedOn({ firstInvoiceDate: null, firstAssignmentDate: null })).toBeNull();
  });

  it('adds revenue per fiscal year, the earliest year first', () => {
    expect(
      addYears([
        [{ fiscalYear: 2025, revenueCents: 5 }],
        [
          { fiscalYear: 2023, revenueCents: 1 },
          { fiscalYear: 2025, revenueCents: 2 },
        ],
      ]),
    ).toEqual([
      { fiscalYear: 2023, revenueCents: 1 },
      { fiscalYear: 2025, revenueCents: 7 },
    ]);
  });
});

describe('the goals of the kind "create ambassadors" (method §4)', () => {
  it('counts who had referred a client by the year’s end and the clients each brought in the year', () => {
    const year = { from: '2025-01-01', to: '2025-12-31' };
    const result = referralsOfYear(
      [
        { referrerOrganizationId: 'atlas', startedOn: '2024-05-01' },
        { referrerOrganizationId: 'atlas', startedOn: '2025-05-01' },
        { referrerOrganizationId: 'boreas', startedOn: '2025-12-31' },
        { referrerOrganizationId: 'ceres', startedOn: '2026-01-01' },
        { referrerOrganizationId: 'delta', startedOn: null },
      ],
      year,
    );
    expect(result.referrers).toEqual(['atlas', 'boreas']);
    expect([...result.newClientsByReferrer]).toEqual([
      ['atlas', 1],
      ['boreas', 1],
    ]);
  });
});
