// The revenue rule for an audit file: the profit-and-loss lines of the sales journals, net of
// VAT, credit minus debit, each with the customer its transaction names.
import { canonicalLine } from '../../../core/import/fingerprint.ts';
import {
  because,
  type ReasonCode,
  type ReasonParams,
} from '../../../core/import/problem-reason.ts';
import type {
  RevenueLineCandidate,
  RowProblem,
  SourceCustomer,
} from '../../../core/import/revenue-line.ts';
import type {
  LedgerAccount,
  Relation,
  SalesTransaction,
  TransactionLine,
} from './auditfile-walker.ts';
import { decimalToCents, isoDate } from './xaf-values.ts';

export type RevenueContext = {
  accounts: ReadonlyMap<string, LedgerAccount>;
  relations: ReadonlyMap<string, Relation>;
  /** The header's currency: the one every `amnt` is in. */
  currency: string | null;
  /** A line's fingerprint, identical lines numbered so that each gets one of its own. */
  fingerprint: (canonical: string) => string;
};

/**
 * The revenue lines of one sales transaction. Only lines on profit-and-loss accounts count, so
 * the VAT and the receivable (balance accounts) drop out and what remains is net of VAT.
 * A line without a customer of its own takes the one customer the other lines of its
 * transaction name (usually the receivable line).
 */
export function salesRevenue(
  transaction: SalesTransaction,
  context: RevenueContext,
): Array<RevenueLineCandidate | RowProblem> {
  const named = [...new Set(transaction.lines.flatMap((line) => line.customerId ?? []))];
  // A line without a reference of its own takes the transaction's (usually on the receivable).
  const reference =
    transaction.lines.map((line) => line.invRef ?? line.docRef).find((ref) => ref !== null) ??
    transaction.nr;
  return transaction.lines.flatMap(
    (line) => revenueOfLine({ transaction, line, named, reference, context }) ?? [],
  );
}

function revenueOfLine({
  transaction,
  line,
  named,
  reference,
  context,
}: {
  transaction: SalesTransaction;
  line: TransactionLine;
  named: string[];
  reference: string | null;
  context: RevenueContext;
}): RevenueLineCandidate | RowProblem | null {
  // Every reason names the line as "line 2 of transaction 24002 in sales journal VK".
  const problem = (field: string, code: ReasonCode, params: ReasonParams = {}): RowProblem => ({
    rowNumber: line.rowNumber,
    field,
    ...because(code, {
      line: line.nr ?? '?',
      transaction: transaction.nr ?? '?',
      journal: transaction.journalId,
      ...params,
    }),
  });

  if (line.accountId === null) return problem('account', 'xaf.noAccount');
  const account = context.accounts.get(line.accountId);
  if (account === undefined) {
    return problem('account', 'xaf.unknownAccount', { account: line.accountId });
  }
  if (account.type === 'B') return null;
  if (account.type === null) {
    return problem('account', 'xaf.accountWithoutType', { account: line.accountId });
  }
  if (account.type !== 'P') {
    return problem('account', 'xaf.notProfitAndLoss', {
      account: line.accountId,
      type: account.type,
    });
  }

  const customerCode = line.customerId ?? (named.length === 1 ? named[0] : undefined);
  if (customerCode === undefined) {
    return named.length === 0
      ? problem('customer', 'xaf.noCustomer')
      : problem('customer', 'xaf.customerAmbiguous', { customers: named.join(', ') });
  }

  if (line.amount === null) {
    const foreign =
      line.currencyAmount !== null &&
      line.currencyCode !== null &&
      line.currencyCode.toUpperCase() !== context.currency;
    if (!foreign) return problem('amount', 'xaf.noAmount');
    const given = { currency: line.currencyCode ?? '', amount: line.currencyAmount ?? '' };
    return context.currency === null
      ? problem('amount', 'xaf.foreignAmountNoCurrency', given)
      : problem('amount', 'xaf.foreignAmountOnly', { ...given, fileCurrency: context.currency });
  }
  const cents = decimalToCents(line.amount);
  if (cents === null) return problem('amount', 'xaf.notAnAmount', { amount: line.amount });
  if (line.amountType !== 'C' && line.amountType !== 'D') {
    return problem('amount', 'xaf.amountType', { type: line.amountType ?? '' });
  }
  // Revenue is credit minus debit, so a credit note (debit on revenue) comes out negative.
  const amountCents = line.amountType === 'C' ? cents : -cents;
  if (amountCents === 0) return null;

  const dateText = line.effDate ?? transaction.date;
  const invoiceDate = dateText === null ? null : isoDate(dateText);
  if (invoiceDate === null) {
    return dateText === null
      ? problem('invoiceDate', 'xaf.noDate')
      : problem('invoiceDate', 'xaf.notADate', { date: dateText });
  }

  return {
    rowNumber: line.rowNumber,
    customer: customerOf(customerCode, context.relations),
    invoiceDate,
    amountCents,
    invoiceNumber: line.invRef ?? line.docRef ?? reference,
    // The account's description ("Omzet advies") is how the firm itself splits its revenue.
    serviceLine: account.description,
    hours: null,
    costCents: null,
    fingerprint: fingerprintOf(
      [transaction.journalId, transaction.nr, line.nr, line.accountId, amountCents, invoiceDate],
      context,
    ),
  };
}

function customerOf(code: string, relations: ReadonlyMap<string, Relation>): SourceCustomer {
  return relations.get(code)?.customer ?? { code, kvkNumber: null, vatNumber: null, name: null };
}

/**
 * The same line read from the same or an overlapping audit file (2024, then 2023–2024) gives
 * the same fingerprint: it depends only on where the line is booked and what it says.
 */
function fingerprintOf(
  fields: Array<string | number | null>,
  context: Pick<RevenueContext, 'fingerprint'>,
): string {
  const canonical = canonicalLine(['xaf', ...fields]);
  return context.fingerprint(canonical);
}
