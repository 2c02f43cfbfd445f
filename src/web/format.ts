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
