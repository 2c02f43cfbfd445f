// Random revenue data for property tests: a few clients over a few years, amounts including
// zeros and net credit notes, clients missing in some years, several rows per client and year.
import fc from 'fast-check';
import type { ClientYear } from './client-year.ts';

export const firstYear = 2018;
export const lastYear = 2024;

const amountCents = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -50_000_00, max: 500_000_00 }),
  fc.integer({ min: 1, max: 1_000 }),
  fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }),
);

export const clientYearsArbitrary: fc.Arbitrary<ClientYear[]> = fc.array(
  fc.record({
    clientId: fc.constantFrom('ajax', 'bakker', 'cultuur', 'delta', 'eiland', 'fort', 'gemeente'),
    year: fc.integer({ min: firstYear, max: lastYear }),
    revenueCents: amountCents,
  }),
  { maxLength: 60 },
);

/** Only positive amounts, each client at most once per year: every client is active. */
export const activeClientsArbitrary: fc.Arbitrary<ClientYear[]> = fc
  .uniqueArray(
    fc.record({
      clientId: fc.string({ minLength: 1, maxLength: 4 }),
      revenueCents: fc.oneof(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 10_000_000_00 }),
      ),
    }),
    { selector: (row) => row.clientId, minLength: 1, maxLength: 40 },
  )
  .map((rows) => rows.map((row) => ({ ...row, year: lastYear })));
