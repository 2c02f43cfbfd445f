// The portfolio matrix as bubbles (method.md §3.5): revenue on a logarithmic axis against
// growth, the four quadrants named, a bubble's size its margin. A bubble opens its client.
import { Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { formatMoney, formatMoneyCompact, formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { chartColors } from '../shared/chartColors.ts';
import { growthBand, logTicks, quadrants, type MatrixPoint } from './matrixPoints.ts';
import type { PortfolioMatrix, Quadrant } from './queries.ts';

export const quadrantColors: Record<Quadrant, string> = {
  star: 'var(--mantine-color-teal-7)',
  cash_cow: 'var(--mantine-color-blue-7)',
  question_mark: 'var(--mantine-color-orange-7)',
  dog: 'var(--mantine-color-gray-6)',
};

const labelPositions: Record<
  Quadrant,
  'insideTopRight' | 'insideTopLeft' | 'insideBottomRight' | 'insideBottomLeft'
> = {
  star: 'insideTopRight',
  cash_cow: 'insideBottomRight',
  question_mark: 'insideTopLeft',
  dog: 'insideBottomLeft',
};

export function MatrixChart(props: {
  matrix: PortfolioMatrix;
  points: MatrixPoint[];
  currency: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { matrix, points, currency } = props;
  const values = points.map((point) => point.valueCents);
  const low = Math.min(...values) / 1.5;
  const high = Math.max(...values) * 1.5;
  const split = Math.min(Math.max(matrix.valueSplitCents ?? low, low), high);
  const byQuadrant = useMemo(
    () =>
      Object.fromEntries(
        quadrants.map((quadrant) => [quadrant, points.filter((p) => p.quadrant === quadrant)]),
      ) as Record<Quadrant, MatrixPoint[]>,
    [points],
  );
  const areas: Record<Quadrant, { x1: number; x2: number; y1: number; y2: number }> = {
    star: { x1: split, x2: high, y1: matrix.growthSplit, y2: growthBand.high },
    cash_cow: { x1: split, x2: high, y1: growthBand.low, y2: matrix.growthSplit },
    question_mark: { x1: low, x2: split, y1: matrix.growthSplit, y2: growthBand.high },
    dog: { x1: low, x2: split, y1: growthBand.low, y2: matrix.growthSplit },
  };

  return (
    <ScatterChart
      responsive
      style={{ width: '100%', height: 420 }}
      margin={{ top: 12, right: 16, bottom: 8, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" stroke={chartColors.grid} />
      {quadrants.map((quadrant) => (
        <ReferenceArea
          key={quadrant}
          {...areas[quadrant]}
          fill={quadrantColors[quadrant]}
          fillOpacity={0.05}
          label={{
            value: t(`portfolio.matrix.quadrants.${quadrant}`),
            position: labelPositions[quadrant],
            fill: chartColors.text,
            fontSize: 13,
            fontWeight: 600,
          }}
        />
      ))}
      <XAxis
        type="number"
        dataKey="valueCents"
        scale="log"
        domain={[low, high]}
        ticks={logTicks(low, high)}
        allowDataOverflow
        tickFormatter={(cents: number) => formatMoneyCompact(cents, currency, language)}
        tick={{ fill: chartColors.text, fontSize: 12 }}
        label={{ value: t('portfolio.matrix.revenue'), position: 'insideBottom', offset: -4 }}
        height={44}
      />
      <YAxis
        type="number"
        dataKey="drawnGrowth"
        domain={[growthBand.low, growthBand.high]}
        ticks={[-1, -0.5, 0, 0.5, 1, 1.5, 2]}
        tickFormatter={(ratio: number) =>
          formatPercent(ratio, language, { digits: 0, signed: true })
        }
        tick={{ fill: chartColors.text, fontSize: 12 }}
        width={64}
      />
      <ZAxis type="number" dataKey="size" range={[24, 600]} />
      <ReferenceLine x={split} stroke={chartColors.text} strokeDasharray="4 4" />
      <ReferenceLine y={matrix.growthSplit} stroke={chartColors.text} strokeDasharray="4 4" />
      <Tooltip
        cursor={false}
        content={({ active, payload }) => {
          const point = payload?.[0]?.payload as MatrixPoint | undefined;
          if (!active || !point) return null;
          return (
            <Paper withBorder shadow="sm" p="xs">
              <Text size="sm" fw={600}>
                {point.name}
              </Text>
              <Text size="sm">{formatMoney(point.valueCents, currency, language)}</Text>
              <Text size="sm">
                {point.growth === null
                  ? t('portfolio.matrix.growthNone')
                  : formatPercent(point.growth, language, { signed: true })}
              </Text>
            </Paper>
          );
        }}
      />
      {quadrants.map((quadrant) => (
        <Scatter
          key={quadrant}
          name={t(`portfolio.matrix.quadrants.${quadrant}`)}
          data={byQuadrant[quadrant]}
          fill={quadrantColors[quadrant]}
          fillOpacity={0.6}
          isAnimationActive={false}
          cursor="pointer"
          className={`matrix-${quadrant}`}
          onClick={(point) => {
            const client = point.payload as MatrixPoint | undefined;
            if (client) void navigate(`/organizations/${client.clientId}`);
          }}
        />
      ))}
    </ScatterChart>
  );
}
