// The cost of one valuable new client (method.md §2): what a year's winning of new clients
// cost, the new clients of that year and which count as regular, and the cost per client.
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions, useSession } from '../app/session.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { PortfolioEmpty } from '../shared/PortfolioEmpty.tsx';
import { PortfolioHeader } from '../shared/PortfolioHeader.tsx';
import { useFiscalYear } from '../shared/useFiscalYear.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { AcquisitionCostFigure } from './AcquisitionCostFigure.tsx';
import { InvestmentForm } from './InvestmentForm.tsx';
import { NewClientsTable } from './NewClientsTable.tsx';
import { useAcquisition } from './queries.ts';

export function AcquisitionPage() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const permissions = usePermissions();
  const fiscalYear = useFiscalYear();
  const { year, years, startMonth } = fiscalYear;
  const acquisition = useAcquisition(year);

  const body = () => {
    if (years.isPending) return <Loading />;
    if (years.error) return <LoadFailed error={years.error} retry={() => void years.refetch()} />;
    if (years.data.years.length === 0) return <PortfolioEmpty />;
    if (acquisition.isPending) return <Loading />;
    if (acquisition.error) {
      return <LoadFailed error={acquisition.error} retry={() => void acquisition.refetch()} />;
    }
    const data = acquisition.data;
    const yearLabel = fiscalYearLabel(data.year, startMonth);
    return (
      <Stack
        gap="lg"
        style={{ opacity: acquisition.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={acquisition.isPlaceholderData}
      >
        <Text maw={760}>{t('acquisition.intro', { year: yearLabel })}</Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <InvestmentForm
            key={`${data.year}-${data.investment?.updatedAt ?? ''}`}
            acquisition={data}
            yearLabel={yearLabel}
            currency={workspace.currency}
            canSave={permissions.manageWorkspace}
          />
          <AcquisitionCostFigure
            cost={data.cost}
            yearLabel={yearLabel}
            currency={workspace.currency}
          />
        </SimpleGrid>
        <NewClientsTable
          key={data.year}
          clients={data.newClients}
          yearLabel={yearLabel}
          currency={workspace.currency}
          canChange={permissions.write}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PortfolioHeader page="acquisition" fiscalYear={fiscalYear} />
      {body()}
    </Stack>
  );
}
