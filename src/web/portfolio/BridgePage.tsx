// The revenue bridge of a fiscal year (method.md §2): the waterfall beside its table, where
// revenue comes from, and the clients behind every bar one click away (`?bar=` keeps it). The
// table and all the clients behind it export as files.
import { Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { BridgeFigure } from './BridgeFigure.tsx';
import { BridgeClients } from './BridgeClients.tsx';
import { bridgeClientsExportTable, bridgeExportTable } from './bridgeExport.ts';
import { isBridgeStep, type BridgeStep } from './bridgeSteps.ts';
import { BridgeTable } from './BridgeTable.tsx';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { PortfolioEmpty } from '../shared/PortfolioEmpty.tsx';
import { PortfolioHeader } from '../shared/PortfolioHeader.tsx';
import { PortfolioYearEmpty } from '../shared/PortfolioYearEmpty.tsx';
import { useRevenueBridge } from './queries.ts';
import { RevenueOrigin } from './RevenueOrigin.tsx';
import { useAddressParams } from '../shared/useAddressParams.ts';
import { useFiscalYear } from '../shared/useFiscalYear.ts';

export function BridgePage() {
  const { t } = useTranslation();
  const fiscalYear = useFiscalYear();
  const { year, years, startMonth } = fiscalYear;
  const bridge = useRevenueBridge(year);
  const { currency } = useSession().workspace;
  const [params, update] = useAddressParams();
  const barParam = params.get('bar');
  const step = isBridgeStep(barParam) ? barParam : null;

  const openStep = (next: BridgeStep | null) => update({ bar: next });

  const body = () => {
    if (years.isPending) return <Loading />;
    if (years.error) return <LoadFailed error={years.error} retry={() => void years.refetch()} />;
    if (years.data.years.length === 0) return <PortfolioEmpty />;
    if (bridge.isPending) return <Loading />;
    if (bridge.error)
      return <LoadFailed error={bridge.error} retry={() => void bridge.refetch()} />;
    const data = bridge.data;
    if (data.startCents === 0 && data.endCents === 0) {
      return <PortfolioYearEmpty year={fiscalYearLabel(data.year, startMonth)} />;
    }
    const fileYear = fiscalYearLabel(data.year, startMonth).replace('/', '-');
    const exportOptions = { t, currency, startMonth };
    return (
      <Stack
        gap="lg"
        style={{ opacity: bridge.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={bridge.isPlaceholderData}
      >
        <BridgeFigure bridge={data} currency={currency} startMonth={startMonth} onStep={openStep} />
        <Paper withBorder p="md" radius="md">
          <Group justify="flex-end" gap="sm" mb="sm">
            <ExportMenu
              label={t('bridge.table.export')}
              table={() => bridgeExportTable(data, exportOptions)}
              fileName={t('bridge.table.fileName', { year: fileYear })}
            />
            <ExportMenu
              label={t('bridge.clients.export')}
              table={() => bridgeClientsExportTable(data, exportOptions)}
              fileName={t('bridge.clients.fileName', { year: fileYear })}
            />
          </Group>
          <BridgeTable
            bridge={data}
            currency={currency}
            startMonth={startMonth}
            onStep={openStep}
          />
        </Paper>
        <RevenueOrigin
          bridge={data}
          currency={currency}
          yearLabel={fiscalYearLabel(data.year, startMonth)}
        />
        <BridgeClients
          bridge={data}
          step={step}
          currency={currency}
          startMonth={startMonth}
          onClose={() => openStep(null)}
        />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <PortfolioHeader page="bridge" fiscalYear={fiscalYear} />
      {body()}
    </Stack>
  );
}
