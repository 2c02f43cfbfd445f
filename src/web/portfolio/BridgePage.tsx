// The revenue bridge of a fiscal year (method.md §2): the waterfall beside its table, where
// revenue comes from, and the clients behind every bar one click away (`?bar=` keeps it).
import { Paper, Stack } from '@mantine/core';
import { useSession } from '../app/session.tsx';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { BridgeFigure } from './BridgeFigure.tsx';
import { BridgeClients } from './BridgeClients.tsx';
import { isBridgeStep, type BridgeStep } from './bridgeSteps.ts';
import { BridgeTable } from './BridgeTable.tsx';
import { fiscalYearLabel } from './fiscalYear.ts';
import { PortfolioEmpty } from './PortfolioEmpty.tsx';
import { PortfolioHeader } from './PortfolioHeader.tsx';
import { PortfolioYearEmpty } from './PortfolioYearEmpty.tsx';
import { useRevenueBridge } from './queries.ts';
import { RevenueOrigin } from './RevenueOrigin.tsx';
import { useAddressParams } from './useAddressParams.ts';
import { useFiscalYear } from './useFiscalYear.ts';

export function BridgePage() {
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
    return (
      <Stack
        gap="lg"
        style={{ opacity: bridge.isPlaceholderData ? 0.6 : 1 }}
        aria-busy={bridge.isPlaceholderData}
      >
        <BridgeFigure bridge={data} currency={currency} startMonth={startMonth} onStep={openStep} />
        <Paper withBorder p="md" radius="md">
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
