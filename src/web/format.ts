// Money, numbers and dates in the user's language: "€ 1.234,56" in Dutch.
export type Language = 'nl' | 'en';

const intlLocale: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatMoney(cents: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language], { style: 'currency', currency }).format(
    cents / 100,
  );
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language]).format(value);
}

/** A calendar date ("2024-12-31") as the user reads it; never shifted by a time zone. */
export function formatDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(intlLocale[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** Large amounts in a few characters, for chart axes: "€ 15 mln." in Dutch, "€15M" in English. */
export function formatMoneyCompact(cents: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(intlLocale[language], {
    style: 'currency',
    currency,
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

/** A ratio as a percentage (0.312 → "31,2%" in Dutch); `signed` writes + and − before changes. */
export function formatPercent(
  ratio: number,
  language: Language,
  options: { digits?: number; signed?: boolean; fixed?: boolean } = {},
): string {
  const digits = options.digits ?? 1;
  return new Intl.NumberFormat(intlLocale[language], {
    style: 'percent',
    // a column of percentages reads best with the same number of decimals on every line
    minimumFractionDigits: options.fixed ? digits : 0,
    maximumFractionDigits: digits,
    signDisplay: options.signed ? 'exceptZero' : 'auto',
  }).format(ratio);
}

/** A share in basis points (10,000 = 100%) as a percentage with a fixed number of decimals. */
export function formatBasisPoints(basisPoints: number, language: Language, digits = 1): string {
  return new Intl.NumberFormat(intlLocale[language], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(basisPoints / 10_000);
}

/** How a number input groups thousands and writes decimals, as `formatNumber` does: "10.000,5" in Dutch. */
export function numberSeparators(language: Language): {
  thousandSeparator: string;
  decimalSeparator: string;
} {
  const parts = new Intl.NumberFormat(intlLocale[language]).formatToParts(12_345.6);
  return {
    thousandSeparator: parts.find((part) => part.type === 'group')?.value ?? '',
    decimalSeparator: parts.find((part) => part.type === 'decimal')?.value ?? '.',
  };
}
