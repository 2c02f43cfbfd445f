// A relationship's length as a reader scans it in a table: "9 yrs 11 mos", "11 mos".
import type { TFunction } from 'i18next';

export function relationshipLength(months: number | null, t: TFunction): string {
  if (months === null) return '—';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    years > 0 ? t('portfolio.table.years', { count: years }) : null,
    rest > 0 || years === 0 ? t('portfolio.table.months', { count: rest }) : null,
  ];
  return parts.filter(Boolean).join(' ');
}
