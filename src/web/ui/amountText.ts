// Amounts as people type them: "1.234,56" in Dutch, "1,234.56" in English. The language's
// decimal sign decides; the other sign is read as the decimal sign only where it cannot be
// grouping ("12.5" in Dutch is twelve and a half, "1.250" is twelve hundred and fifty).
import type { Language } from '../format.ts';

export type AmountProblem = 'invalid' | 'decimals';
export type ParsedAmount =
  { value: number; problem: null } | { value: null; problem: AmountProblem };

const separators: Record<Language, { decimal: string; group: string }> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/**
 * An amount typed in the user's language, in hundredths (cents for money, hundredths of an
 * hour for hours): exact, never through a binary fraction. Empty text is 0. Currency signs and
 * spaces are ignored; a minus sign (or −) may lead.
 */
export function parseHundredths(text: string, language: Language): ParsedAmount {
  const cleaned = text.replace(/[\s\u00a0\u202f€$£¥]|EUR|USD|GBP|CHF/gi, '');
  if (cleaned === '') return { value: 0, problem: null };
  const negative = /^[-−]/.test(cleaned);
  const body = negative ? cleaned.slice(1) : cleaned;
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return { value: null, problem: 'invalid' };
  const { decimal, group } = decimalSign(body, separators[language]);
  const parts = body.split(decimal);
  if (parts.length > 2) return { value: null, problem: 'invalid' };
  const [whole = '', fraction = ''] = parts;
  if (fraction.includes(group) || !validGrouping(whole, group)) {
    return { value: null, problem: 'invalid' };
  }
  if (fraction.length > 2) return { value: null, problem: 'decimals' };
  const digits = whole.split(group).join('') || '0';
  const value = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return { value: null, problem: 'invalid' };
  return { value: negative && value !== 0 ? -value : value, problem: null };
}

/** The language's decimal sign, unless the text can only mean the other one. */
function decimalSign(body: string, own: { decimal: string; group: string }) {
  if (body.includes(own.decimal)) return own;
  const other = { decimal: own.group, group: own.decimal };
  const pieces = body.split(own.group);
  if (pieces.length === 2 && pieces[1]!.length !== 3) return other;
  return own;
}

/** Groups of three after the first: "1.234.567", not "12.34". */
function validGrouping(whole: string, group: string): boolean {
  if (!whole.includes(group)) return true;
  const groups = whole.split(group);
  return groups[0] !== '' && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** Hundredths as the user types them back: "1.234,56" in Dutch, "1,234.5" for hours. */
export function formatHundredths(
  value: number,
  language: Language,
  { fixed }: { fixed: boolean },
): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: fixed ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(value / 100);
}
