// The few value types an audit file writes as text: decimals, dates and codes.

/**
 * An XML decimal ("1234.5", "-0.125", "+7", ".50") as whole cents, exactly: the digits are read
 * as text, never through a float. Beyond two decimals the amount is rounded half away from zero.
 * Returns null for anything that is not a decimal, or that does not fit a safe integer.
 */
export function decimalToCents(text: string): number | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const roundUp = fraction.length > 2 && fraction.charAt(2) >= '5';
  const cents =
    BigInt(`${whole || '0'}${fraction.padEnd(2, '0').slice(0, 2)}`) + (roundUp ? 1n : 0n);
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const value = Number(cents);
  return sign === '-' && value !== 0 ? -value : value;
}

/**
 * An xs:date ("2024-03-15", also with a time zone or, as some packages write it, a time) as an
 * ISO date; null when it is not a date of the calendar.
 */
export function isoDate(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[TZ+-])/.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** The text of an element, trimmed; null when there is none. */
export function textOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * A VAT identification number without spaces, dots or dashes, in capitals; null when it has no
 * digits (placeholders such as "-" or "onbekend").
 */
export function normaliseVatNumber(text: string | null): string | null {
  const vat = text?.replace(/[\s.-]/g, '').toUpperCase() ?? '';
  return /\d/.test(vat) ? vat : null;
}

/**
 * The version an audit file's namespace names: "3.2" for `http://www.auditfiles.nl/XAF/3.2`,
 * "3.2.1" for the Belastingdienst's `…/XmlAuditfileFinancieel3.2.1`, "4.0" for `…/XmlauditfileXAF_4.0`
 * and for the `…/XAF/4.0` spellings some packages write; null for none or another namespace.
 */
export function versionFromNamespace(uri: string): string | null {
  const match = /(?:XAF[/_]|Financieel)(\d+(?:\.\d+)*)\/?$/i.exec(uri.trim());
  return match?.[1] ?? null;
}
