// The revenue bridge as a waterfall: last year's revenue, the five movements floating on the
// running total, this year's revenue. Clicking a bar shows its clients.
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatMoneyCompact } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { waterfall, type BridgeStep, type WaterfallBar } from './bridgeSteps.ts';
import { chartColors } from '../shared/chartColors.ts';
import type { RevenueBridge } from './queries.ts';
import { signedMoney } from '../shared/signedMoney.ts';
import { stepLabel } from './stepLabel.ts';

const fills: Record<WaterfallBar['direction'], string> = {
  total: chartColors.total,
  up: chartColors.up,
  down: chartColors.down,
};

type Datum = WaterfallBar & { label: string; name: string; effectText: string };

export function BridgeChart(props: {
  bridge: RevenueBridge;
  currency: string;
  startMonth: number;
  onStep: (step: BridgeStep) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { bridge, currency, startMonth } = props;
  const compact = (cents: number) => formatMoneyCompact(cents, currency, language);
  const data: Datum[] = waterfall(bridge).map((bar) => ({
    ...bar,
    label: stepLabel(bar.step, { t, year: bridge.year, startMonth, short: true }),
    name: stepLabel(bar.step, { t, year: bridge.year, startMonth }),
    effectText:
      bar.direction === 'total'
        ? compact(bar.effectCents)
        : `${bar.effectCents < 0 ? '−' : '+'}${compact(Math.abs(bar.effectCents))}`,
  }));

  return (
    <BarChart
      data={data}
      responsive
      style={{ width: '100%', height: 320 }}
      margin={{ top: 24, right: 8, bottom: 0, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} vertical={false} />
      <XAxis
        dataKey="label"
        interval={0}
        tick={{ fill: chartColors.text, fontSize: 12 }}
        tickLine={false}
      />
      <YAxis
        tickFormatter={(cents: number) => compact(cents)}
        width={80}
        tick={{ fill: chartColors.text, fontSize: 12 }}
      />
      <Tooltip
        cursor={{ fill: 'var(--mantine-color-gray-1)' }}
        content={({ active, payload }) => {
          const datum = payload?.[0]?.payload as Datum | undefined;
          if (!active || !datum) return null;
          return (
            <Paper withBorder shadow="sm" p="xs">
              <Text size="sm" fw={600}>
                {datum.name}
              </Text>
              <Text size="sm">
                {datum.direction === 'total'
                  ? formatMoney(datum.effectCents, currency, language)
                  : signedMoney(datum.effectCents, currency, language)}
              </Text>
            </Paper>
          );
        }}
      />
      <Bar dataKey="baseCents" stackId="bridge" fill="transparent" isAnimationActive={false} />
      <Bar
        dataKey="sizeCents"
        className="bridge-bar"
        stackId="bridge"
        isAnimationActive={false}
        cursor="pointer"
        onClick={(_, index) => {
          const datum = data[index];
          if (datum) props.onStep(datum.step);
        }}
      >
        {data.map((datum) => (
          <Cell key={datum.step} fill={fills[datum.direction]} />
        ))}
        <LabelList dataKey="effectText" position="top" fill={chartColors.text} fontSize={12} />
      </Bar>
    </BarChart>
  );
}
