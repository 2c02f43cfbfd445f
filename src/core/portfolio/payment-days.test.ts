import { describe, expect, it } from 'vitest';
import { averagePaymentDays, daysToPay, paymentDays } from './payment-days.ts';

describe('payment days', () => {
  it('counts from the invoice date to its payment, or to today while it is open', () => {
    expect(daysToPay({ invoiceDate: '2024-02-01', paidOn: '2024-03-02' }, '2024-12-31')).toBe(30);
    expect(daysToPay({ invoiceDate: '2024-11-01', paidOn: null }, '2024-12-31')).toBe(60);
    // paid ahead, as an advance: 0, not below
    expect(daysToPay({ invoiceDate: '2024-05-01', paidOn: '2024-04-20' }, '2024-12-31')).toBe(0);
  });

  it('averages by amount, so a large invoice paid late weighs more, and leaves credit notes out', () => {
    // € 1.000 paid in 30 days and € 3.000 in 70: (1.000 × 30 + 3.000 × 70) / 4.000 = 60
    const invoices = [
      { invoiceDate: '2024-02-01', paidOn: '2024-03-02', amountCents: 100_000 },
      { invoiceDate: '2024-05-01', paidOn: '2024-07-10', amountCents: 300_000 },
      { invoiceDate: '2024-06-01', paidOn: null, amountCents: -50_000 },
    ];
    expect(paymentDays(invoices, '2024-12-31')).toBe(60);
  });

  it('measures nothing without a tracked invoice: no guess', () => {
    expect(paymentDays([], '2024-12-31')).toBeNull();
    expect(
      paymentDays([{ invoiceDate: '2024-06-01', paidOn: null, amountCents: -1 }], '2024-12-31'),
    ).toBeNull();
    expect(averagePaymentDays(0, 0)).toBeNull();
    expect(averagePaymentDays(45, 2)).toBe(23);
  });
});
