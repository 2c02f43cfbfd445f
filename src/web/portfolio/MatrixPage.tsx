// The portfolio matrix of a fiscal year (method.md §3.5): the bubbles above the quadrants'
// table, and the clients of a quadrant one click away (`?quadrant=` keeps it). Every placed client
// exports as a file.
import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { MatrixChart } from './MatrixChart.tsx';
import { MatrixClients } from './MatrixClients.tsx';
import { matrixExportTable } from './matrixExport.ts';
import { matrixPoints, quadrants } from './matrixPoints.ts';
import { PortfolioEmpty } from '../shared/PortfolioEmpty.tsx';
import { PortfolioHeader } from '../shared/PortfolioHeader.tsx';
import { PortfolioYearEmpty } from '../shared/PortfolioYearEmpty.tsx';
import { QuadrantMoves } from './QuadrantMoves.tsx';
import { QuadrantTable } from './QuadrantTable.tsx';
import { usePortfolioMatrix, type Quadrant } from './queries.ts';
import { useAddressParams } from '../shared/useAddressParams.ts';
import { useFiscalYear } from '../shared/useFiscalYear.ts';
import { YearSlider } from './YearSlider.tsx';

const largest = 100;

export function MatrixPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const fiscalYear = useFiscalYear();
  const { year, years, startMonth, choose } = fiscalYear;
  const matrix = usePortfolioMatrix(year);
  const { currency } = useSession().workspace;
  const [params, update] = useAddressParams();
  const quadrant = quadrants.find((value) => value === params.get('quadrant')) ?? null;
  const openQuadrant = (next: Quadrant | null) => update({ quadrant: next });
  const points = useMemo(
    () => (matrix.data ? matrixPoints(matrix.data.clients, { largest }) : []),
    [matrix.data],
  );

  const body = () => {
    if (years.isPending) return <Loading />;
    if (years.error) return <LoadFailed error={years.error} retry={() => void years.refetch()} />;
    if (years.data.years.length === 0) return <PortfolioEmpty />;
    if (matrix.isPending) return <Loading />;
    if (matrix.error)
      return <LoadFailed error={matrix.error} retry={() => void matrix.refetch()} />;
    const data = matrix.data;
    const yearText = fiscalYearLabel(data.year, startMonth);
    if (data.clients.length === 0) return <PortfolioYearEmpty year={yearText} />;
    const sampled = points.length < data.clients.length;
    return (
      <Stack
        gap="lg"
        style={{ opacity: matrix.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={matrix.isPlaceholderData}
      >
        <Paper withBorder p="md" radius="md" component="figure" m={0}>
          <Stack gap="xs">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Title order={2} size="h4">
                {t('portfolio.matrix.chart', { year: yearText })}
              </Title>
              <ExportMenu
                label={t('portfolio.matrix.export')}
                table={() => matrixExportTable(data, { t, currency })}
                fileName={t('portfolio.matrix.fileName', { year: yearText.replace('/', '-') })}
              />
            </Group>
            <Text size="sm" c="dimmed" component="figcaption">
              {t('portfolio.matrix.intro', {
                previous: fiscalYearLabel(data.year - 1, startMonth),
                split:
                  data.valueSplitCents === null
                    ? '—'
                    : formatMoney(data.valueSplitCents, currency, language),
              })}{' '}
              {t('portfolio.matrix.band')}
              {sampled && (
                <>
                  {' '}
                  {t('portfolio.matrix.sample', {
                    largest,
                    count: points.length,
                    formattedCount: formatNumber(points.length, language),
                    formattedTotal: formatNumber(data.clients.length, language),
                  })}
                </>
              )}
              <VisuallyHidden>
                {quadrants
                  .map(
                    (name) =>
                      `${t(`portfolio.matrix.quadrants.${name}`)}: ${formatNumber(
                        data.clients.filter((client) => client.quadrant === name).length,
                        language,
                      )}`,
                  )
                  .join(', ')}
              </VisuallyHidden>
            </Text>
            <YearSlider
              years={years.data.years}
              year={data.year}
              startMonth={startMonth}
              onChange={choose}
            />
            <div aria-hidden="true">
              <MatrixChart matrix={data} points={points} currency={currency} />
            </div>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <QuadrantTable matrix={data} currency={currency} onQuadrant={openQuadrant} />
          {data.unplaced.length > 0 && (
            <Text size="sm" c="dimmed" mt="sm">
              {t('portfolio.matrix.unplaced', {
                count: data.unplaced.length,
                formattedCount: formatNumber(data.unplaced.length, language),
              })}
            </Text>
          )}
        </Paper>
        <QuadrantMoves year={data.year} startMonth={startMonth} />
        <MatrixClients
          matrix={data}
          quadrant={quadrant}
          currency={currency}
          onClose={() => openQuadrant(null)}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PortfolioHeader page="matrix" fiscalYear={fiscalYear} />
      {body()}
    </Stack>
  );
}
