import { describe, expect, it } from 'vitest';
import { clientYearsFromLines, firstRevenueDates, type RevenueLine } from './revenue-lines.ts';

const lines: RevenueLine[] = [
  { clientId: 'theater', invoiceDate: '2024-03-31', amountCents: 100_000, hours: 0.1 },
  {
    clientId: 'theater',
    invoiceDate: '2024-04-01',
    amountCents: 50_000,
    hours: 0.2,
    serviceLine: 'ict',
  },
  {
    clientId: 'theater',
    invoiceDate: '2024-05-15',
    amountCents: 70_000,
    hours: 0.1,
    serviceLine: 'advice',
  },
  {
    clientId: 'theater',
    invoiceDate: '2024-06-01',
    amountCents: -20_000,
    hours: 0,
    invoiceNumber: 'C-7',
  },
  {
    clientId: 'theater',
    invoiceDate: '2024-06-01',
    amountCents: -5_000,
    hours: 0,
    invoiceNumber: 'C-7',
  },
  { clientId: 'theater', invoiceDate: '2024-07-01', amountCents: -1_000, hours: 0 },
  { clientId: 'gemeente', invoiceDate: '2024-02-01', amountCents: -3_000 },
  { clientId: 'gemeente', invoiceDate: '2023-11-20', amountCents: 30_000, costCents: 12_000 },
];

describe('clientYearsFromLines', () => {
  it('adds up lines per client per fiscal year', () => {
    const years = clientYearsFromLines(lines, 4);
    expect(years).toContainEqual({
      clientId: 'theater',
      year: 2023,
      revenueCents: 100_000,
      costCents: null,
      hours: 0.1,
      serviceLines: [],
      creditNoteCount: 0,
      creditNoteCents: 0,
    });
    expect(years).toContainEqual({
      clientId: 'theater',
      year: 2024,
      revenueCents: 94_000,
      costCents: null,
      hours: 0.3,
      serviceLines: ['advice', 'ict'],
      creditNoteCount: 2,
      creditNoteCents: 26_000,
    });
  });
  it('counts a credit note once per invoice number, and knows cost only when every line has it', () => {
    const gemeente = clientYearsFromLines(lines, 4).find((row) => row.clientId === 'gemeente');
    expect(gemeente).toMatchObject({
      year: 2023,
      revenueCents: 27_000,
      costCents: null,
      hours: null,
    });
    expect(gemeente?.creditNoteCount).toBe(1);
  });
  it('uses calendar years by default', () => {
    const years = clientYearsFromLines(lines).filter((row) => row.clientId === 'gemeente');
    expect(years.map((row) => [row.year, row.revenueCents])).toEqual([
      [2024, -3_000],
      [2023, 30_000],
    ]);
  });
  it('refuses amounts that are not whole cents', () => {
    expect(() =>
      clientYearsFromLines([{ clientId: 'x', invoiceDate: '2024-01-01', amountCents: 0.5 }]),
    ).toThrow(/whole cents/);
  });
});

describe('firstRevenueDates', () => {
  it('gives per client the first date with revenue above zero', () => {
    expect(firstRevenueDates(lines)).toEqual(
      new Map([
        ['theater', '2024-03-31'],
        ['gemeente', '2023-11-20'],
      ]),
    );
  });
});
