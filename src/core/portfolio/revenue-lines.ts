// From invoice lines, as a revenue export delivers them, to the yearly figures per client.
import type { ClientYear } from './client-year.ts';
import { fiscalYearOf } from './fiscal-year.ts';
import { parseIsoDate } from './iso-date.ts';
import { assertCents, hundredthsOfHours } from './money.ts';

/** One invoice line: net of VAT in integer cents, negative for a credit note. */
export type RevenueLine = {
  clientId: string;
  /** ISO date (YYYY-MM-DD). */
  invoiceDate: string;
  amountCents: number;
  invoiceNumber?: string | null;
  serviceLine?: string | null;
  hours?: number | null;
  costCents?: number | null;
};

type Accumulator = {
  clientId: string;
  year: number;
  revenueCents: number;
  costCents: number | null;
  hoursHundredths: number | null;
  serviceLines: Set<string>;
  numberedCreditNotes: Set<string>;
  unnumberedCreditNotes: number;
  creditNoteCents: number;
};

/**
 * One row per client per fiscal year. A line below zero belongs to a credit note; credit notes
 * are counted by invoice number (lines without a number count one each) and their amount is
 * summed as a positive figure. Cost and hours are given only when every line has them, so a
 * partial figure never passes for the whole.
 */
export function clientYearsFromLines(
  lines: readonly RevenueLine[],
  fiscalYearStartMonth = 1,
): ClientYear[] {
  const sums = new Map<string, Accumulator>();
  for (const line of lines) {
    assertCents(line.amountCents, 'amountCents');
    if (line.costCents != null) assertCents(line.costCents, 'costCents');
    const year = fiscalYearOf(line.invoiceDate, fiscalYearStartMonth);
    const key = JSON.stringify([line.clientId, year]);
    const sum: Accumulator = sums.get(key) ?? {
      clientId: line.clientId,
      year,
      revenueCents: 0,
      costCents: 0,
      hoursHundredths: 0,
      serviceLines: new Set(),
      numberedCreditNotes: new Set(),
      unnumberedCreditNotes: 0,
      creditNoteCents: 0,
    };
    sums.set(key, sum);
    sum.revenueCents += line.amountCents;
    sum.costCents =
      sum.costCents == null || line.costCents == null ? null : sum.costCents + line.costCents;
    sum.hoursHundredths =
      sum.hoursHundredths == null || line.hours == null
        ? null
        : sum.hoursHundredths + hundredthsOfHours(line.hours);
    if (line.serviceLine) sum.serviceLines.add(line.serviceLine);
    if (line.amountCents < 0) {
      sum.creditNoteCents -= line.amountCents;
      if (line.invoiceNumber) sum.numberedCreditNotes.add(line.invoiceNumber);
      else sum.unnumberedCreditNotes += 1;
    }
  }
  return [...sums.values()].map((sum) => ({
    clientId: sum.clientId,
    year: sum.year,
    revenueCents: sum.revenueCents,
    costCents: sum.costCents,
    hours: sum.hoursHundredths == null ? null : sum.hoursHundredths / 100,
    serviceLines: [...sum.serviceLines].sort(),
    creditNoteCount: sum.numberedCreditNotes.size + sum.unnumberedCreditNotes,
    creditNoteCents: sum.creditNoteCents,
  }));
}

/** Per client, the date of its first line above zero: where the relationship starts by revenue. */
export function firstRevenueDates(lines: readonly RevenueLine[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const line of lines) {
    parseIsoDate(line.invoiceDate, 'invoiceDate');
    if (line.amountCents <= 0) continue;
    const known = first.get(line.clientId);
    if (known === undefined || line.invoiceDate < known) first.set(line.clientId, line.invoiceDate);
  }
  return first;
}
