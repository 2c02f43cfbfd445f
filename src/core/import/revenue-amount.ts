// The net amount of a revenue line, from whichever money columns the export has: a net amount,
// a gross amount with its VAT amount or rate, an unsigned amount with a debit/credit column, or
// separate debit and credit columns.
import { searchKey } from '../search-key.ts';
import { parseAmount, type AmountReading, type DecimalSeparator } from './amount.ts';
import { cellText, quoteCell, type Cell } from './cell.ts';
import type { Mapping } from './headers.ts';
import { because, reasonOf, type ProblemReason } from './problem-reason.ts';

/**
 * The account a debit/credit indication is booked on. A revenue account is credited for revenue
 * and debited for a credit note, so there credit is revenue ('revenue', the usual export of the
 * revenue accounts or the sales journal's lines). On the debtor's account it is the other way
 * round ('debtor').
 */
export type DebitCreditSide = 'revenue' | 'debtor';

export type AmountOptions = {
  decimalSeparator: DecimalSeparator | null;
  /** The amount column includes VAT, so net = amount − VAT amount, or amount ÷ (1 + rate). */
  amountIncludesVat?: boolean;
  debitCreditSide?: DebitCreditSide;
};

type MoneyColumns = Pick<
  Mapping,
  'amount' | 'grossAmount' | 'vatAmount' | 'vatRate' | 'debitCredit' | 'debit' | 'credit'
>;

/** Where a line's net amount comes from. */
export type AmountSource =
  | { kind: 'net'; column: number }
  | {
      kind: 'gross';
      column: number;
      field: 'amount' | 'grossAmount';
      vatAmount?: number;
      vatRate?: number;
    }
  | { kind: 'debitCredit'; debit?: number; credit?: number };

export type NetAmountReading =
  { ok: true; cents: number } | ({ ok: false; field: string } & ProblemReason);

/** How a mapping gives the net amount, or what the user must still choose. */
export function amountSource(
  mapping: MoneyColumns,
  amountIncludesVat = false,
): AmountSource | ProblemReason {
  const { amount, grossAmount, vatAmount, vatRate, debit, credit } = mapping;
  if (amount !== undefined && !amountIncludesVat) return { kind: 'net', column: amount };
  const gross = amountIncludesVat ? (amount ?? grossAmount) : grossAmount;
  if (gross !== undefined) {
    if (vatAmount === undefined && vatRate === undefined) {
      return because('columns.vatMissing');
    }
    const field = amountIncludesVat && amount !== undefined ? 'amount' : 'grossAmount';
    return { kind: 'gross', column: gross, field, vatAmount, vatRate };
  }
  if (debit !== undefined || credit !== undefined) return { kind: 'debitCredit', debit, credit };
  return because('columns.amountMissing');
}

/** A line's net amount in cents, signed as revenue: negative for a credit note. */
export function readNetAmount(
  cells: readonly Cell[],
  source: AmountSource,
  debitCreditColumn: number | undefined,
  options: AmountOptions,
): NetAmountReading {
  const at = (column: number | undefined) =>
    column === undefined ? null : (cells[column] ?? null);
  // For the columns that may be empty: debit, credit and the VAT amount.
  const amount = (column: number | undefined): AmountReading | null =>
    cellText(at(column)) === '' ? null : parseAmount(at(column), options.decimalSeparator);
  let cents: number;
  if (source.kind === 'debitCredit') {
    const debit = amount(source.debit);
    const credit = amount(source.credit);
    if (debit?.ok === false) return { ok: false, field: 'debit', ...reasonOf(debit) };
    if (credit?.ok === false) return { ok: false, field: 'credit', ...reasonOf(credit) };
    if (!debit && !credit) {
      return { ok: false, field: 'amount', ...because('amount.debitAndCreditEmpty') };
    }
    cents = (credit?.ok ? credit.cents : 0) - (debit?.ok ? debit.cents : 0);
  } else {
    const value = parseAmount(at(source.column), options.decimalSeparator);
    const field = source.kind === 'net' ? 'amount' : source.field;
    if (!value.ok) return { ok: false, field, ...reasonOf(value) };
    cents = value.cents;
    if (source.kind === 'gross' && source.vatAmount !== undefined) {
      // An empty VAT amount is no VAT.
      const vat = amount(source.vatAmount) ?? { ok: true, cents: 0 };
      if (!vat.ok) return { ok: false, field: 'vatAmount', ...reasonOf(vat) };
      // VAT has the sign of its gross amount, whether or not the export writes it so.
      cents -= Math.sign(cents) * Math.abs(vat.cents);
    } else if (source.kind === 'gross') {
      const rate = parseVatRate(at(source.vatRate));
      if (!rate.ok) return { ok: false, field: 'vatRate', ...reasonOf(rate) };
      cents = netFromGross(cents, rate.basisPoints);
    }
    if (debitCreditColumn !== undefined) {
      const side = debitOrCredit(at(debitCreditColumn));
      if (typeof side !== 'number') return { ok: false, field: 'debitCredit', ...side };
      cents *= side;
    }
  }
  if (options.debitCreditSide === 'debtor') cents = -cents;
  return { ok: true, cents: cents === 0 ? 0 : cents };
}

/** +1 for credit, −1 for debit (as booked on a revenue account), or why the cell is neither. */
function debitOrCredit(value: Cell): 1 | -1 | ProblemReason {
  const key = searchKey(cellText(value)).replace(/[^a-z]/g, '');
  if (['c', 'cr', 'cred', 'credit'].includes(key)) return 1;
  if (['d', 'db', 'dr', 'deb', 'debet', 'debit'].includes(key)) return -1;
  if (key === '') return because('debitCredit.empty');
  return because('debitCredit.neither', { cell: quoteCell(value) });
}

export type VatRateReading = { ok: true; basisPoints: number } | ({ ok: false } & ProblemReason);

/**
 * A VAT rate in basis points (21% → 2100): "21%", "21", "21,0", "0.21", "Hoog 21%", an XLSX
 * number (0.21 or 21), or a word for no VAT ("verlegd", "vrijgesteld", "geen"). A number below
 * 1 without '%' is a fraction.
 */
export function parseVatRate(value: unknown): VatRateReading {
  const text = cellText(value);
  if (text === '') return { ok: false, ...because('vatRate.empty') };
  const refused: VatRateReading = {
    ok: false,
    ...because('vatRate.notARate', { cell: quoteCell(value) }),
  };
  if (text.length > 64) return refused;
  if (
    /verlegd|vrijgesteld|exempt|reverse|^(?:geen|nul|none|zero)(?: btw| vat)?$/.test(
      searchKey(text),
    )
  ) {
    return { ok: true, basisPoints: 0 };
  }
  let rate: number;
  let percent = false;
  if (typeof value === 'number') {
    rate = value;
  } else {
    const number = /(\d+(?:[.,]\d+)?)\s*(%)?/.exec(text);
    if (!number) return refused;
    rate = Number((number[1] ?? '').replace(',', '.'));
    percent = number[2] === '%';
  }
  const basisPoints = Math.round(percent || rate >= 1 ? rate * 100 : rate * 10_000);
  return basisPoints >= 0 && basisPoints <= 10_000 ? { ok: true, basisPoints } : refused;
}

/** gross ÷ (1 + rate), in whole cents rounded half away from zero, computed exactly. */
export function netFromGross(grossCents: number, basisPoints: number): number {
  const numerator = BigInt(grossCents) * 10_000n;
  const denominator = BigInt(10_000 + basisPoints);
  let quotient = numerator / denominator;
  const remainder = numerator % denominator;
  if (2n * (remainder < 0n ? -remainder : remainder) >= denominator) {
    quotient += numerator < 0n ? -1n : 1n;
  }
  return Number(quotient);
}
