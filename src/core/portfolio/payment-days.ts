// A client's payment behaviour (method.md §3.1, a criterion the books can score): how many days
// its invoices take to be paid, from the paid dates an accounting export gives (decision 0041).
import { calendarDaysBetween } from '../servicing/calendar-days.ts';

/** An invoice line whose export said when it was paid, or that it is still open. */
export type TrackedInvoice = {
  invoiceDate: string;
  /** Null: open at the day measured. */
  paidOn: string | null;
  amountCents: number;
};

/**
 * The days an invoice took to be paid: from its date to its payment, or to `today` while it is
 * open (an open invoice tells the most about how a client pays). Paid ahead counts 0.
 */
export function daysToPay(invoice: Omit<TrackedInvoice, 'amountCents'>, today: string): number {
  return Math.max(0, calendarDaysBetween(invoice.invoiceDate, invoice.paidOn ?? today));
}

/**
 * A client's payment days over its invoices: the days to pay averaged by amount, so a large
 * invoice paid late weighs more than a small one paid on time; rounded to whole days. Credit
 * notes (0 or below) are no invoices to pay. Null when no invoice is tracked: not measured, never
 * a guess. Payment behaviour in SQL (clientPaymentDays) adds up the same.
 */
export function paymentDays(invoices: readonly TrackedInvoice[], today: string): number | null {
  let weighted = 0;
  let amount = 0;
  for (const invoice of invoices) {
    if (invoice.amountCents <= 0) continue;
    weighted += invoice.amountCents * daysToPay(invoice, today);
    amount += invoice.amountCents;
  }
  return averagePaymentDays(weighted, amount);
}

/** Amount × days added up, over the amount: the average, in whole days (halves up). */
export function averagePaymentDays(weightedDayCents: number, amountCents: number): number | null {
  return amountCents > 0 ? Math.round(weightedDayCents / amountCents) : null;
}
