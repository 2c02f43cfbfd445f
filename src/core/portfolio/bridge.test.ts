import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bridgeGroups, revenueBridge } from './bridge.ts';
import { clientYearsArbitrary, firstYear, lastYear } from './client-years.arbitrary.ts';
import type { ClientYear } from './client-year.ts';
import { revenueShares } from './shares.ts';

const euros = (amount: number) => amount * 100;
const row = (clientId: string, year: number, amount: number): ClientYear => ({
  clientId,
  year,
  revenueCents: euros(amount),
});

const rows: ClientYear[] = [
  row('grown', 2023, 1000),
  row('grown', 2024, 1500),
  row('shrunk', 2023, 2000),
  row('shrunk', 2024, 1200),
  row('unchanged', 2023, 700),
  row('unchanged', 2024, 700),
  row('new', 2024, 900),
  row('returned', 2022, 400),
  row('returned', 2024, 300),
  row('lost', 2023, 600),
  // An invoice and a full credit note in 2024: no revenue in 2024, so lost.
  row('fully-credited', 2023, 500),
  row('fully-credited', 2024, 200),
  row('fully-credited', 2024, -200),
  // Only a credit note in 2024: a total below zero is no revenue either.
  row('credit-only', 2023, 800),
  row('credit-only', 2024, -100),
  // Never any revenue: outside the bridge.
  row('never', 2023, -50),
  row('never', 2024, 0),
];

describe('revenueBridge', () => {
  const bridge = revenueBridge(rows, 2024);

  it('puts every client in its group with the method’s amounts', () => {
    expect(bridge.bars).toEqual({
      grown: { amountCents: euros(500), effectCents: euros(500), clientIds: ['grown'] },
      shrunk: { amountCents: euros(800), effectCents: -euros(800), clientIds: ['shrunk'] },
      unchanged: { amountCents: 0, effectCents: 0, clientIds: ['unchanged'] },
      new: { amountCents: euros(900), effectCents: euros(900), clientIds: ['new'] },
      returned: { amountCents: euros(300), effectCents: euros(300), clientIds: ['returned'] },
      lost: {
        amountCents: euros(1900),
        effectCents: -euros(1900),
        clientIds: ['credit-only', 'lost', 'fully-credited'],
      },
    });
  });
  it('adds up: revenue 2024 = revenue 2023 + grown − shrunk + new + returned − lost', () => {
    expect(bridge.startCents).toBe(euros(5600));
    expect(bridge.endCents).toBe(euros(4600));
    expect(5600 + 500 - 800 + 900 + 300 - 1900).toBe(4600);
  });
  it('shows the books’ revenue beside it, with the credit notes of clients without revenue', () => {
    expect(bridge.netStartCents).toBe(euros(5550));
    expect(bridge.netEndCents).toBe(euros(4500));
  });
  it('lists the clients with their revenue in both years, largest effect first', () => {
    expect(bridge.clients[0]).toEqual({
      clientId: 'new',
      group: 'new',
      previousCents: 0,
      currentCents: euros(900),
      effectCents: euros(900),
    });
    expect(bridge.clients.find((c) => c.clientId === 'credit-only')).toMatchObject({
      previousCents: euros(800),
      currentCents: 0,
    });
    expect(bridge.clients.map((c) => c.clientId)).not.toContain('never');
  });
  it('counts a client as new when the rows show no revenue for it before', () => {
    const firstEver = revenueBridge(
      [row('a', 2020, 10), row('b', 2020, -5), row('b', 2021, 7)],
      2021,
    );
    expect(firstEver.bars.new.clientIds).toEqual(['b']);
    expect(firstEver.bars.lost.clientIds).toEqual(['a']);
  });

  it('holds the identity to the cent for any data, each client in exactly one group', () => {
    const year = fc.integer({ min: firstYear, max: lastYear + 1 });
    fc.assert(
      fc.property(clientYearsArbitrary, year, (data, y) => {
        const b = revenueBridge(data, y);
        const { grown, shrunk, new: fresh, returned, lost, unchanged } = b.bars;
        expect(b.endCents).toBe(
          b.startCents +
            grown.amountCents -
            shrunk.amountCents +
            fresh.amountCents +
            returned.amountCents -
            lost.amountCents,
        );
        expect(unchanged.amountCents).toBe(0);
        // The bridge's revenue is the same whole the revenue shares divide.
        expect(b.startCents).toBe(revenueShares(data, y - 1).activeRevenueCents);
        expect(b.endCents).toBe(revenueShares(data, y).activeRevenueCents);
        const netOf = (year: number) =>
          data.filter((r) => r.year === year).reduce((sum, r) => sum + r.revenueCents, 0);
        expect(b.netStartCents).toBe(netOf(y - 1));
        expect(b.netEndCents).toBe(netOf(y));
        // Exactly the clients with revenue in Y−1 or Y, each once.
        const inGroups = bridgeGroups.flatMap((group) => b.bars[group].clientIds).sort();
        const active = (year: number) => revenueShares(data, year).clients.map((c) => c.clientId);
        expect(inGroups).toEqual([...new Set([...active(y - 1), ...active(y)])].sort());
        for (const group of bridgeGroups) {
          const bar = b.bars[group];
          expect(Number.isSafeInteger(bar.amountCents)).toBe(true);
          expect(bar.amountCents).toBeGreaterThanOrEqual(0);
          const members = b.clients.filter((c) => c.group === group);
          expect(bar.effectCents).toBe(members.reduce((sum, c) => sum + c.effectCents, 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
