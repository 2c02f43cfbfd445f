// The new clients of a year as a file: each with its revenue and whether it counts as a regular
// client, in words, so the cost per client can be checked in a spreadsheet.
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table.ts';
import type { NewClient } from './queries.ts';

export function newClientsExportTable(
  clients: readonly NewClient[],
  { t, currency, yearLabel }: { t: TFunction; currency: string; yearLabel: string },
): ExportTable {
  return {
    name: t('acquisition.clients.title', { year: yearLabel }),
    columns: [
      { header: t('acquisition.clients.name'), kind: 'text' },
      { header: `${t('acquisition.clients.revenue')} (${currency})`, kind: 'money' },
      { header: t('acquisition.clients.regular'), kind: 'text' },
    ],
    rows: clients.map((client) => [
      client.name,
      client.revenueCents / 100,
      client.counted ? t('app.yes') : t('app.no'),
    ]),
  };
}
