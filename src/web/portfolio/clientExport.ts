// The client table as a file: the rows as the user sees them (filtered and sorted), with the
// full figures rather than the rounded ones on screen.
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table.ts';
import type { RankedClient } from './clientTable.ts';

export function clientExportTable(
  rows: readonly RankedClient[],
  { t, currency }: { t: TFunction; currency: string },
): ExportTable {
  const names = columnNames(t);
  const column = (key: keyof typeof names) => names[key];
  const money = (name: string) => `${name} (${currency})`;
  return {
    name: t('portfolio.table.title'),
    columns: [
      { header: column('rank'), kind: 'integer' },
      { header: column('name'), kind: 'text' },
      { header: money(column('revenue')), kind: 'money' },
      { header: `${column('share')} (%)`, kind: 'percent' },
      { header: column('abcClass'), kind: 'text' },
      { header: money(column('previousYear')), kind: 'money' },
      { header: `${column('growth')} (%)`, kind: 'percent' },
      { header: money(column('margin')), kind: 'money' },
      { header: column('hours'), kind: 'decimal' },
      { header: column('assignments'), kind: 'integer' },
      { header: column('relationshipMonths'), kind: 'integer' },
      { header: column('serviceLines'), kind: 'text' },
    ],
    rows: rows.map((client) => [
      client.rank,
      client.name,
      client.revenueCents / 100,
      client.basisPoints / 10_000,
      client.abcClass,
      client.previousYearCents / 100,
      client.changeRatio,
      client.marginCents === null ? null : client.marginCents / 100,
      client.hours,
      client.assignments,
      client.relationshipMonths,
      client.serviceLines.join(', '),
    ]),
  };
}

function columnNames(t: TFunction) {
  return {
    rank: t('portfolio.table.columns.rank'),
    name: t('portfolio.table.columns.name'),
    revenue: t('portfolio.table.columns.revenue'),
    share: t('portfolio.table.columns.share'),
    abcClass: t('portfolio.table.abcClass'),
    previousYear: t('portfolio.table.columns.previousYear'),
    growth: t('portfolio.table.columns.growth'),
    margin: t('portfolio.table.columns.margin'),
    hours: t('portfolio.table.columns.hours'),
    assignments: t('portfolio.table.columns.assignments'),
    relationshipMonths: t('portfolio.table.columns.relationshipMonths'),
    serviceLines: t('portfolio.table.columns.serviceLines'),
  };
}
