// The waterfall with its caption: what it shows, and the same in words for screen readers.
import { Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { BridgeChart } from './BridgeChart.tsx';
import type { BridgeStep } from './bridgeSteps.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { RevenueBridge } from './queries.ts';
import { signedMoney } from '../shared/signedMoney.ts';

export function BridgeFigure(props: {
  bridge: RevenueBridge;
  currency: string;
  startMonth: number;
  onStep: (step: BridgeStep) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bridge, currency, startMonth } = props;
  const year = fiscalYearLabel(bridge.year, startMonth);
  const previous = fiscalYearLabel(bridge.year - 1, startMonth);
  const money = (cents: number) => formatMoney(cents, currency, language);
  const effect = (step: keyof RevenueBridge['bars']) =>
    signedMoney(bridge.bars[step].effectCents, currency, language);
  const summary = t('bridge.summary', {
    start: money(bridge.startCents),
    end: money(bridge.endCents),
    year,
    previous,
    growth:
      bridge.startCents > 0
        ? formatPercent((bridge.endCents - bridge.startCents) / bridge.startCents, language, {
            signed: true,
          })
        : '—',
    grown: effect('grown'),
    shrunk: effect('shrunk'),
    new: effect('new'),
    returned: effect('returned'),
    lost: effect('lost'),
  });

  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('bridge.chart', { year, previous })}
        </Title>
        <Text size="sm" c="dimmed" component="figcaption">
          {t('bridge.intro', { year, previous })}
          <VisuallyHidden> {summary}</VisuallyHidden>
        </Text>
        <div aria-hidden="true">
          <BridgeChart
            bridge={bridge}
            currency={currency}
            startMonth={startMonth}
            onStep={props.onStep}
          />
        </div>
      </Stack>
    </Paper>
  );
}
