// Concentration over the years as a file: per fiscal year the revenue, the active clients, the
// largest client's and the top five's share, the HHI, and where the revenue came from.
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { PortfolioTrend } from './queries.ts';

export function trendExportTable(
  trend: PortfolioTrend,
  { t, currency, startMonth }: { t: TFunction; currency: string; startMonth: number },
): ExportTable {
  const money = (header: string) => `${header} (${currency})`;
  return {
    name: t('portfolio.trend.title'),
    columns: [
      { header: t('portfolio.trend.year'), kind: 'text' },
      { header: money(t('portfolio.trend.revenue')), kind: 'money' },
      { header: t('portfolio.trend.clients'), kind: 'integer' },
      { header: `${t('portfolio.trend.largest')} (%)`, kind: 'percent' },
      { header: `${t('portfolio.trend.topFive')} (%)`, kind: 'percent' },
      { header: t('portfolio.trend.hhi'), kind: 'integer' },
      { header: money(t('portfolio.trend.fromExisting')), kind: 'money' },
      { header: money(t('portfolio.trend.fromReturned')), kind: 'money' },
      { header: money(t('portfolio.trend.fromNew')), kind: 'money' },
    ],
    rows: trend.years.map((year) => [
      fiscalYearLabel(year.year, startMonth),
      year.revenueCents / 100,
      year.activeClients,
      year.largestClientBasisPoints / 10_000,
      year.topFiveBasisPoints / 10_000,
      year.hhi,
      year.origin.existingCents / 100,
      year.origin.returnedCents / 100,
      year.origin.newCents / 100,
    ]),
  };
}
