// Money as accounting packages export it, read into integer cents on the digit string, so no
// floating-point error can creep in.
import { cellText, quoteCell } from './cell.ts';
import { because, type ProblemReason } from './problem-reason.ts';

/** The character that separates the cents: ',' in Dutch exports, '.' in English ones. */
export type DecimalSeparator = ',' | '.';

export type AmountReading = { ok: true; cents: number } | ({ ok: false } & ProblemReason);

// Thirteen digits before the decimals keep cents below 2^53, so they stay exact in a number.
const MAX_WHOLE_DIGITS = 13;
// Texts may carry up to four decimals (unit prices, exchange-rate results); the cents are
// rounded half away from zero. More decimals are refused: such a text is no money amount.
const MAX_DECIMALS = 4;
// No amount is written in more characters; longer texts are refused before any pattern runs.
const MAX_TEXT = 64;
// A sign, at most thirteen digits and one separator with one or two decimals: never ambiguous.
const PLAIN = /^(-?)(\d{1,13})(?:[.,](\d{1,2}))?$/;

/**
 * Money text or an XLSX number as integer cents. Accepts "1.234,56", "1,234.56", "1 234,56",
 * "€ 12", "EUR 12", "-12", "12-", "(12)" and "−12"; "1.234" and "1,234" need the column's
 * decimal separator (see detectDecimalSeparator) to say whether they are 1234 or 1.234.
 */
export function parseAmount(
  value: unknown,
  decimalSeparator: DecimalSeparator | null = null,
): AmountReading {
  if (typeof value === 'number') return amountOfNumber(value);
  // most cells of a large export are plain: "-1234,5" reads the same whatever the column says
  const plain = typeof value === 'string' ? PLAIN.exec(value) : null;
  if (plain) return { ok: true, cents: roundedCents(plain[2]!, plain[3] ?? '', plain[1] === '-') };
  const text = cellText(value);
  if (text === '') return { ok: false, ...because('amount.empty') };
  if (typeof value !== 'string' || text.length > MAX_TEXT) return notAnAmount(value);
  const signed = splitSign(text);
  if (signed === 'foreign') {
    return { ok: false, ...because('amount.notInEuros', { cell: quoteCell(text) }) };
  }
  if (signed === null) return notAnAmount(text);
  const use = separatorUse(signed.body);
  let decimal: DecimalSeparator | null;
  if ('ambiguous' in use) {
    if (decimalSeparator === null) {
      const whole = signed.body.replace(/[.,]/, '');
      const asDecimal = signed.body.replace(',', '.');
      return {
        ok: false,
        ...because('amount.ambiguous', { cell: quoteCell(text), whole, decimal: asDecimal }),
      };
    }
    decimal = decimalSeparator === use.ambiguous ? use.ambiguous : null;
  } else {
    decimal = use.decimal;
  }
  const cut = decimal === null ? -1 : signed.body.lastIndexOf(decimal);
  const fraction = cut < 0 ? '' : signed.body.slice(cut + 1);
  const whole = digitsOfWhole(cut < 0 ? signed.body : signed.body.slice(0, cut));
  if (whole === null || (cut >= 0 && !/^\d+$/.test(fraction))) return notAnAmount(text);
  if (fraction.length > MAX_DECIMALS) {
    return {
      ok: false,
      ...because('amount.tooManyDecimals', { cell: quoteCell(text), max: MAX_DECIMALS }),
    };
  }
  if (whole.length > MAX_WHOLE_DIGITS) return tooLarge(text);
  return { ok: true, cents: roundedCents(whole, fraction, signed.negative) };
}

/**
 * The decimal separator of a column, from many of its values: a value with both separators, a
 * separator repeated ("1.234.567") or followed by other than three digits decides. When every
 * value is like "1.500", the separator groups thousands, since money comes with two decimals.
 * Null when the values do not tell.
 */
export function detectDecimalSeparator(samples: readonly unknown[]): DecimalSeparator | null {
  const votes = { ',': 0, '.': 0 };
  const ambiguous = new Set<DecimalSeparator>();
  for (const sample of samples) {
    if (typeof sample !== 'string' || sample.length > MAX_TEXT) continue;
    const signed = splitSign(sample.trim());
    if (signed === null || signed === 'foreign') continue;
    const use = separatorUse(signed.body);
    if ('ambiguous' in use) ambiguous.add(use.ambiguous);
    else if (use.decimal !== null) votes[use.decimal] += 1;
    else if (use.grouping !== null) votes[other(use.grouping)] += 1;
  }
  if (votes[','] !== votes['.']) return votes[','] > votes['.'] ? ',' : '.';
  const [only] = ambiguous;
  return votes[','] === 0 && ambiguous.size === 1 && only ? other(only) : null;
}

type SignedBody = { negative: boolean; body: string };

/** Strips currency and sign: "(€ 1.234,56)" → negative "1.234,56". */
function splitSign(text: string): SignedBody | 'foreign' | null {
  let rest = text.replace(/\s+/g, ' ').trim();
  let negative = false;
  let signs = 0;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    negative = true;
    signs += 1;
    rest = (parenthesised[1] ?? '').trim();
  }
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/^(?:€|eur(?![a-z]))\s*/i, '').replace(/\s*(?:€|(?<![a-z])eur)$/i, '');
    const sign = /^([-+\u2212])\s*/.exec(rest) ?? /\s*([-+\u2212])$/.exec(rest);
    if (sign) {
      signs += 1;
      negative = negative || sign[1] !== '+';
      rest = (sign.index === 0 ? rest.slice(sign[0].length) : rest.slice(0, sign.index)).trim();
    }
  }
  const currency = /\p{Sc}|^[A-Z]{3}(?=[\s\d])|(?<=[\s\d])[A-Z]{3}$/u;
  if (/\d/.test(rest) && currency.test(rest)) return 'foreign';
  if (signs > 1 || !/^[\d.,' ’]*\d[\d.,' ’]*$/.test(rest)) return null;
  return { negative, body: rest };
}

type SeparatorUse =
  | { decimal: DecimalSeparator | null; grouping: DecimalSeparator | null }
  | { ambiguous: DecimalSeparator };

/** What the '.' and ',' in a number do; "1.234" alone cannot say. */
function separatorUse(body: string): SeparatorUse {
  const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  if (last < 0) return { decimal: null, grouping: null };
  const separator = body[last] === ',' ? ',' : '.';
  if (body.includes(other(separator))) return { decimal: separator, grouping: other(separator) };
  if (body.indexOf(separator) !== last) return { decimal: null, grouping: separator };
  const groupsThousands = /^[1-9]\d{0,2}$/.test(body.slice(0, last));
  if (body.length - last - 1 === 3 && groupsThousands) return { ambiguous: separator };
  return { decimal: separator, grouping: null };
}

/** The digits of the whole part, if its thousands are grouped correctly ("1.234.567"). */
function digitsOfWhole(whole: string): string | null {
  const groupings = new Set(whole.replace(/\d/g, ''));
  if (groupings.size > 1) return null;
  const [grouping] = groupings;
  if (grouping !== undefined) {
    const groups = whole.split(grouping);
    const valid = groups.every((group, i) => (i === 0 ? /^\d{1,3}$/ : /^\d{3}$/).test(group));
    if (!valid) return null;
  }
  return whole.replace(/\D/g, '').replace(/^0+/, '');
}

/** Cents from digit strings, rounded half away from zero at the third decimal. */
function roundedCents(whole: string, fraction: string, negative: boolean): number {
  const decimals = `${fraction}000`;
  let cents = Number(whole || '0') * 100 + Number(decimals.slice(0, 2));
  if (Number(decimals[2]) >= 5) cents += 1;
  return negative && cents !== 0 ? -cents : cents;
}

/** An XLSX number: its shortest decimal form is what the user typed, so round that. */
function amountOfNumber(value: number): AmountReading {
  if (!Number.isFinite(value)) return notAnAmount(String(value));
  const size = Math.abs(value);
  if (size >= 10 ** MAX_WHOLE_DIGITS) return tooLarge(value);
  // Below 1e-6 String() switches to exponent notation; such values are 0 cents anyway.
  const [whole = '0', fraction = ''] = (size < 1e-6 ? '0' : String(size)).split('.');
  return { ok: true, cents: roundedCents(whole, fraction, value < 0) };
}

const other = (separator: DecimalSeparator): DecimalSeparator => (separator === ',' ? '.' : ',');

const notAnAmount = (value: unknown): AmountReading => ({
  ok: false,
  ...because('amount.notAnAmount', { cell: quoteCell(value) }),
});

const tooLarge = (value: unknown): AmountReading => ({
  ok: false,
  ...because('amount.tooLarge', { cell: quoteCell(value) }),
});
