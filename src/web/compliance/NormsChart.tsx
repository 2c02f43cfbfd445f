// The norms of the year met, not met and not yet to be judged, a bar per category or professional
// with its numbers written beside it: what the compliance page shows first. The figures are the
// report's own (the same rollup as the tables); a row opens the table at its line.
import { Group, Paper, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComplianceRollup } from './complianceQueries.ts';

type Norms = ComplianceRollup['norms'];
export type NormsRow = { key: string; label: string; norms: Norms };

const parts = [
  { key: 'met', color: 'teal.7' },
  { key: 'notMet', color: 'red.7' },
  { key: 'notYet', color: 'gray.4' },
] as const;

const swatch = (color: string) => ({
  background: `var(--mantine-color-${color.replace('.', '-')})`,
});

export function NormsChart({
  title,
  rows,
  firm,
  testId,
  onOpen,
  empty,
}: {
  title: string;
  rows: NormsRow[];
  firm: Norms;
  testId: string;
  /** What to say when there are no rows. */
  empty: string;
  /** Opens the table at a row's line. */
  onOpen: (key: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Paper
      withBorder
      p="md"
      component="figure"
      m={0}
      aria-labelledby={titleId}
      data-testid={testId}
      miw={0}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        <Group gap="md" wrap="wrap" component="figcaption">
          {parts.map((part) => (
            <Group key={part.key} gap={6} wrap="nowrap">
              <span className="legend-swatch" style={swatch(part.color)} aria-hidden="true" />
              <Text size="sm">{t(`compliance.chart.legend.${part.key}`)}</Text>
            </Group>
          ))}
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {rows.map((row) => (
              <li key={row.key}>
                <NormsBar row={row} testId={`${testId}-${row.key}`} onOpen={onOpen} />
              </li>
            ))}
            <li>
              <NormsBar
                row={{ key: 'firm', label: t('compliance.firm'), norms: firm }}
                testId={`${testId}-firm`}
                onOpen={onOpen}
                total
              />
            </li>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function NormsBar({
  row,
  testId,
  onOpen,
  total = false,
}: {
  row: NormsRow;
  testId: string;
  onOpen: (key: string) => void;
  total?: boolean;
}) {
  const { t } = useTranslation();
  const { norms } = row;
  const none = norms.met + norms.notMet + norms.notYet === 0;
  return (
    <UnstyledButton
      onClick={() => onOpen(row.key)}
      className="norms-bar"
      w="100%"
      data-testid={testId}
      title={t('compliance.chart.openRow')}
    >
      <Group justify="space-between" gap={4} wrap="wrap" mb={4}>
        <Text size="sm" fw={total ? 700 : 500}>
          {row.label}
        </Text>
        <Text
          size="sm"
          data-testid={`${testId}-figures`}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {none
            ? t('compliance.chart.noNorms')
            : t('compliance.chart.figures', {
                met: norms.met,
                notMet: norms.notMet,
                notYet: norms.notYet,
              })}
        </Text>
      </Group>
      {!none && (
        <Progress.Root size={total ? 16 : 12} aria-hidden="true">
          {parts.map((part) => (
            <Progress.Section
              key={part.key}
              value={norms.shareBasisPoints[part.key] / 100}
              color={part.color}
            />
          ))}
        </Progress.Root>
      )}
    </UnstyledButton>
  );
}
