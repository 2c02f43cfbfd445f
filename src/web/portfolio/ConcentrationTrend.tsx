// Concentration over the years (method.md §1 and the freelancer's story): the largest client's
// and the top five's share of revenue per fiscal year against the dependency threshold, so a
// rising dependency shows before it hurts. The same figures as a table, one click away, and as
// a file.
import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatBasisPoints, formatMoney, formatNumber, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { chartColors } from '../shared/chartColors.ts';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { PortfolioTrend } from './queries.ts';
import { trendExportTable } from './trendExport.ts';
import { ScrollRegion } from '../shared/ScrollTable.tsx';

export function ConcentrationTrend(props: {
  trend: PortfolioTrend;
  thresholdBasisPoints: number;
  currency: string;
  startMonth: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { trend, startMonth } = props;
  const threshold = formatPercent(props.thresholdBasisPoints / 10_000, language);
  const data = trend.years.map((year) => ({
    label: fiscalYearLabel(year.year, startMonth),
    largest: year.largestClientBasisPoints / 10_000,
    topFive: year.topFiveBasisPoints / 10_000,
  }));
  const percent = (ratio: number) => formatPercent(ratio, language, { digits: 0 });
  // room above the highest line and the threshold, in steps of 10%
  const highest = Math.max(
    props.thresholdBasisPoints / 10_000,
    ...data.map((year) => Math.max(year.largest, year.topFive)),
  );
  const top = Math.min(1, Math.ceil(highest * 1.15 * 10) / 10);
  const fileYear = (index: number) => {
    const year = trend.years.at(index);
    return year ? fiscalYearLabel(year.year, startMonth).replace('/', '-') : '';
  };

  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={2} size="h4">
            {t('portfolio.trend.title')}
          </Title>
          {trend.years.length > 0 && (
            <ExportMenu
              label={t('portfolio.trend.export')}
              table={() => trendExportTable(trend, { t, currency: props.currency, startMonth })}
              fileName={t('portfolio.trend.fileName', { from: fileYear(0), to: fileYear(-1) })}
            />
          )}
        </Group>
        <Text size="sm" c="dimmed" component="figcaption">
          {t('portfolio.trend.summary', { threshold })}
        </Text>
        <div aria-hidden="true">
          <LineChart
            data={data}
            responsive
            style={{ width: '100%', height: 260 }}
            margin={{ top: 12, right: 16, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} />
            <XAxis dataKey="label" tick={{ fill: chartColors.text, fontSize: 12 }} />
            <YAxis
              domain={[0, top]}
              tickFormatter={percent}
              width={56}
              tick={{ fill: chartColors.text, fontSize: 12 }}
            />
            <Tooltip formatter={(value) => formatPercent(Number(value), language)} />
            <Legend
              formatter={(value: string) => (
                <span style={{ color: chartColors.text }}>{value}</span>
              )}
            />
            <ReferenceLine
              y={props.thresholdBasisPoints / 10_000}
              stroke={chartColors.down}
              strokeDasharray="6 4"
              label={{
                value: t('portfolio.trend.threshold', { threshold }),
                position: 'insideTopRight',
                fill: chartColors.text,
                fontSize: 12,
              }}
            />
            <Line
              type="linear"
              dataKey="topFive"
              name={t('portfolio.trend.topFive')}
              stroke={chartColors.total}
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Line
              type="linear"
              dataKey="largest"
              name={t('portfolio.trend.largest')}
              stroke={chartColors.warning}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </LineChart>
        </div>
        <details>
          <summary>
            <Text span size="sm" c="teal.9" style={{ cursor: 'pointer' }}>
              {t('portfolio.trend.asTable')}
            </Text>
          </summary>
          <ScrollRegion className="bridge-table-scroll" label={t('portfolio.trend.title')}>
            <Table className="bridge-table" mt="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('portfolio.trend.year')}</Table.Th>
                  <Table.Th className="numeric">{t('portfolio.trend.revenue')}</Table.Th>
                  <Table.Th className="numeric">{t('portfolio.trend.clients')}</Table.Th>
                  <Table.Th className="numeric">{t('portfolio.trend.largest')}</Table.Th>
                  <Table.Th className="numeric">{t('portfolio.trend.topFive')}</Table.Th>
                  <Table.Th className="numeric">{t('portfolio.trend.hhi')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {trend.years.map((year) => (
                  <Table.Tr key={year.year}>
                    <Table.Td>{fiscalYearLabel(year.year, startMonth)}</Table.Td>
                    <Table.Td className="numeric">
                      {formatMoney(year.revenueCents, props.currency, language)}
                    </Table.Td>
                    <Table.Td className="numeric">
                      {formatNumber(year.activeClients, language)}
                    </Table.Td>
                    <Table.Td className="numeric">
                      {formatBasisPoints(year.largestClientBasisPoints, language, 2)}
                    </Table.Td>
                    <Table.Td className="numeric">
                      {formatBasisPoints(year.topFiveBasisPoints, language, 2)}
                    </Table.Td>
                    <Table.Td className="numeric">{formatNumber(year.hhi, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </details>
      </Stack>
    </Paper>
  );
}
