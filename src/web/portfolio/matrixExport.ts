// The portfolio matrix as a file: every placed client with its quadrant in words, the value it
// is placed by, its growth and what its bubble shows, all of them, not the sample drawn.
import type { TFunction } from 'i18next';
import type { ExportColumn, ExportTable } from '../export/table.ts';
import { quadrants } from './matrixPoints.ts';
import type { MatrixClient, PortfolioMatrix } from './queries.ts';

export function matrixExportTable(
  matrix: PortfolioMatrix,
  { t, currency }: { t: TFunction; currency: string },
): ExportTable {
  const money = (header: string) => `${header} (${currency})`;
  const margin = t('portfolio.table.columns.margin');
  const value: ExportColumn = {
    header: money(matrix.measure === 'margin' ? margin : t('portfolio.matrix.revenueColumn')),
    kind: 'money',
  };
  // the bubble's column is named by what it shows
  const bubble: ExportColumn | null =
    matrix.bubble === 'margin'
      ? { header: money(margin), kind: 'money' }
      : matrix.bubble === 'hours'
        ? { header: t('portfolio.table.columns.hours'), kind: 'decimal' }
        : null;
  const bubbleValue = (client: MatrixClient) =>
    client.bubble === null || matrix.bubble !== 'margin' ? client.bubble : client.bubble / 100;
  // the quadrants in reading order, the largest client first within each
  const order = (client: MatrixClient) => quadrants.indexOf(client.quadrant);
  const clients = [...matrix.clients].sort(
    (a, b) => order(a) - order(b) || b.valueCents - a.valueCents || a.name.localeCompare(b.name),
  );
  return {
    name: t('portfolio.matrix.title'),
    columns: [
      { header: t('bridge.clients.name'), kind: 'text' },
      { header: t('portfolio.matrix.quadrant'), kind: 'text' },
      value,
      { header: `${t('portfolio.matrix.growth')} (%)`, kind: 'percent' },
      ...(bubble ? [bubble] : []),
    ],
    rows: clients.map((client) => [
      client.name,
      t(`portfolio.matrix.quadrants.${client.quadrant}`),
      client.valueCents / 100,
      client.growth,
      ...(bubble ? [bubbleValue(client)] : []),
    ]),
  };
}
