// The Pareto curve (method.md §1): how much of the revenue the largest clients bring, with the
// line at the target (80%) and where the curve reaches it.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { chartColors } from '../shared/chartColors.ts';
import { paretoCurve, revenueShareOfTop, type ParetoPoint } from './paretoCurve.ts';
import type { Portfolio } from './queries.ts';

const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1];

export function ParetoChart({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const curve = useMemo(() => paretoCurve(portfolio.clients), [portfolio.clients]);
  const target = portfolio.pareto.targetBasisPoints / 10_000;
  const reached = portfolio.pareto.clientsForTargetRatio;
  // the point on the curve where the target is reached: at or just above the line
  const reachedRevenue = useMemo(
    () => revenueShareOfTop(portfolio.clients, portfolio.pareto.clientsForTarget),
    [portfolio.clients, portfolio.pareto.clientsForTarget],
  );
  const percent = (ratio: number) => formatPercent(ratio, language, { digits: 0 });
  const summary = t('portfolio.pareto.summary', {
    clients: formatPercent(reached ?? 0, language),
    target: formatPercent(portfolio.pareto.targetBasisPoints / 10_000, language),
  });

  return (
    <Paper withBorder p="md" radius="md" component="figure" m={0}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('portfolio.pareto.title')}
        </Title>
        <Text size="sm" c="dimmed" component="figcaption">
          {summary}
        </Text>
        <div aria-hidden="true">
          <AreaChart
            data={curve}
            responsive
            style={{ width: '100%', height: 280 }}
            margin={{ top: 12, right: 16, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} />
            <XAxis
              dataKey="clients"
              type="number"
              domain={[0, 1]}
              ticks={ticks}
              tickFormatter={percent}
              label={{ value: t('portfolio.pareto.clients'), position: 'insideBottom', offset: -4 }}
              height={44}
              tick={{ fill: chartColors.text, fontSize: 12 }}
            />
            <YAxis
              type="number"
              domain={[0, 1]}
              ticks={ticks}
              tickFormatter={percent}
              width={72}
              label={{
                value: t('portfolio.pareto.revenue'),
                angle: -90,
                position: 'insideLeft',
                style: { textAnchor: 'middle' },
                offset: 12,
              }}
              tick={{ fill: chartColors.text, fontSize: 12 }}
            />
            <Tooltip
              content={({ active, payload }) => {
                const point = payload?.[0]?.payload as ParetoPoint | undefined;
                if (!active || !point) return null;
                return (
                  <Paper withBorder shadow="sm" p="xs">
                    <Text size="sm">
                      {t('portfolio.pareto.tooltip', {
                        clients: formatPercent(point.clients, language),
                        revenue: formatPercent(point.revenue, language),
                      })}
                    </Text>
                  </Paper>
                );
              }}
            />
            <ReferenceLine
              y={target}
              stroke={chartColors.warning}
              strokeDasharray="6 4"
              label={{
                value: t('portfolio.pareto.target', {
                  target: formatPercent(portfolio.pareto.targetBasisPoints / 10_000, language),
                }),
                position: 'insideBottomRight',
                fill: chartColors.text,
                fontSize: 12,
              }}
            />
            {reached !== null && (
              <ReferenceLine x={reached} stroke={chartColors.warning} strokeDasharray="6 4" />
            )}
            <Area
              type="linear"
              dataKey="revenue"
              stroke={chartColors.primary}
              strokeWidth={2}
              fill={chartColors.primaryLight}
              isAnimationActive={false}
            />
            {reached !== null && (
              <ReferenceDot
                x={reached}
                y={reachedRevenue}
                r={5}
                fill={chartColors.warning}
                stroke="white"
              />
            )}
          </AreaChart>
        </div>
      </Stack>
    </Paper>
  );
}
