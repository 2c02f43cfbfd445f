// The revenue rule for an audit file: the profit-and-loss lines of the sales journals, net of
// VAT, credit minus debit, each with the customer its transaction names.
import { canonicalLine } from '../../../core/import/fingerprint.ts';
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
  const problem = (field: string | null, reason: string): RowProblem => ({
    rowNumber: line.rowNumber,
    field,
    reason,
  });
  const what = `Line ${line.nr ?? '?'} of transaction ${transaction.nr ?? '?'} in sales journal ${transaction.journalId}`;

  if (line.accountId === null) return problem('account', `${what} has no account (accID)`);
  const account = context.accounts.get(line.accountId);
  if (account === undefined) {
    return problem(
      'account',
      `${what} is booked on account ${line.accountId}, which is not in the audit file's general ledger`,
    );
  }
  if (account.type === 'B') return null;
  if (account.type !== 'P') {
    return problem(
      'account',
      `${what} is booked on account ${line.accountId}, whose type is ${account.type ?? 'missing'}: only profit-and-loss accounts (P) count as revenue`,
    );
  }

  const customerCode = line.customerId ?? (named.length === 1 ? named[0] : undefined);
  if (customerCode === undefined) {
    return problem(
      'customer',
      named.length === 0
        ? `${what}: no line of the transaction names a customer (custSupID)`
        : `${what} names no customer, and the transaction names several (${named.join(', ')})`,
    );
  }

  if (line.amount === null) {
    const foreign =
      line.currencyAmount !== null &&
      line.currencyCode !== null &&
      line.currencyCode.toUpperCase() !== context.currency;
    return problem(
      'amount',
      foreign
        ? `${what} gives its amount only in ${line.currencyCode} (${line.currencyAmount}), not in ${context.currency ?? 'the currency of the audit file'}`
        : `${what} has no amount (amnt)`,
    );
  }
  const cents = decimalToCents(line.amount);
  if (cents === null) return problem('amount', `${what}: '${line.amount}' is not an amount`);
  if (line.amountType !== 'C' && line.amountType !== 'D') {
    return problem(
      'amount',
      `${what}: the amount type is '${line.amountType ?? ''}', not D (debit) or C (credit)`,
    );
  }
  // Revenue is credit minus debit, so a credit note (debit on revenue) comes out negative.
  const amountCents = line.amountType === 'C' ? cents : -cents;
  if (amountCents === 0) return null;

  const dateText = line.effDate ?? transaction.date;
  const invoiceDate = dateText === null ? null : isoDate(dateText);
  if (invoiceDate === null) {
    return problem(
      'invoiceDate',
      dateText === null
        ? `${what} has no date (effDate, nor trDt on the transaction)`
        : `${what}: '${dateText}' is not a date`,
    );
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
