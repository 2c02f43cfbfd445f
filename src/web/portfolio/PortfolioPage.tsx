// The portfolio of a fiscal year (method.md §1): dependency alerts first, the key figures, the
// Pareto curve, and every client in a table that sorts, filters and exports.
import { SimpleGrid, Stack } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { ClientTableSection } from './ClientTableSection.tsx';
import { ConcentrationTrend } from './ConcentrationTrend.tsx';
import { readClientTableView } from './clientTable.ts';
import { DependencyAlerts } from './DependencyAlerts.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { KeyFigures } from './KeyFigures.tsx';
import { ParetoChart } from './ParetoChart.tsx';
import { PortfolioEmpty } from '../shared/PortfolioEmpty.tsx';
import { PortfolioYearEmpty } from '../shared/PortfolioYearEmpty.tsx';
import { PortfolioHeader } from '../shared/PortfolioHeader.tsx';
import { usePortfolio, usePortfolioTrend } from './queries.ts';
import { useAddressParams } from '../shared/useAddressParams.ts';
import { useFiscalYear } from '../shared/useFiscalYear.ts';

export function PortfolioPage() {
  const { t } = useTranslation();
  const fiscalYear = useFiscalYear();
  const { year, years, startMonth } = fiscalYear;
  const portfolio = usePortfolio(year);
  const trend = usePortfolioTrend();
  const { currency } = useSession().workspace;
  const [params, update] = useAddressParams();
  const addressView = useMemo(() => readClientTableView(params), [params]);
  const tableRef = useRef<HTMLDivElement>(null);
  const showTop = (count: number) => {
    update({ top: String(count), q: null, abc: null, sort: null });
    tableRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const body = () => {
    if (years.isPending) return <Loading />;
    if (years.error) return <LoadFailed error={years.error} retry={() => void years.refetch()} />;
    if (years.data.years.length === 0) return <PortfolioEmpty />;
    if (portfolio.isPending) return <Loading />;
    if (portfolio.error)
      return <LoadFailed error={portfolio.error} retry={() => void portfolio.refetch()} />;
    const data = portfolio.data;
    if (data.activeClients === 0)
      return <PortfolioYearEmpty year={fiscalYearLabel(data.year, startMonth)} />;
    return (
      <Stack
        gap="lg"
        style={{ opacity: portfolio.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={portfolio.isPlaceholderData}
      >
        <DependencyAlerts portfolio={data} startMonth={startMonth} />
        <KeyFigures portfolio={data} onShowTop={showTop} />
        <SimpleGrid cols={{ base: 1, lg: trend.data ? 2 : 1 }} spacing="md">
          <ParetoChart portfolio={data} />
          {trend.data && (
            <ConcentrationTrend
              trend={trend.data}
              thresholdBasisPoints={data.dependencyThresholdBasisPoints}
              currency={currency}
              startMonth={startMonth}
            />
          )}
        </SimpleGrid>
        <ClientTableSection
          ref={tableRef}
          portfolio={data}
          view={addressView}
          onChange={update}
          fileName={t('portfolio.table.fileName', {
            year: fiscalYearLabel(data.year, startMonth).replace('/', '-'),
          })}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PortfolioHeader page="overview" fiscalYear={fiscalYear} />
      {body()}
    </Stack>
  );
}
