// Where this year's revenue comes from (herkomst omzet, method.md §2): clients who were
// clients already, who came back, and who are new; the ratio firms steer on.
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatBasisPoints, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import type { RevenueBridge } from './queries.ts';

const parts = [
  { key: 'existing', color: 'blue.8' },
  { key: 'returned', color: 'grape.8' },
  { key: 'new', color: 'teal.8' },
] as const;

export function RevenueOrigin(props: {
  bridge: RevenueBridge;
  currency: string;
  yearLabel: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { origin } = props.bridge;
  const cents = {
    existing: origin.existingCents,
    returned: origin.returnedCents,
    new: origin.newCents,
  };
  const total = origin.existingCents + origin.returnedCents + origin.newCents;
  // from the amounts, not the rounded basis points, so the three round only once
  const share = (key: (typeof parts)[number]['key']) => (cents[key] / total) * 10_000;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="revenue-origin">
      <Stack gap="sm">
        <Title order={2} size="h4" id="revenue-origin">
          {t('bridge.origin.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('bridge.origin.text', { year: props.yearLabel })}
        </Text>
        {origin.basisPoints === null || total <= 0 ? (
          <Text size="sm">{t('bridge.origin.none', { year: props.yearLabel })}</Text>
        ) : (
          <>
            <Progress.Root size={24} aria-hidden="true">
              {parts.map((part) => (
                <Progress.Section key={part.key} value={share(part.key) / 100} color={part.color} />
              ))}
            </Progress.Root>
            <Group gap="xl" wrap="wrap">
              {parts.map((part) => (
                <Stack key={part.key} gap={0}>
                  <Group gap={6} wrap="nowrap">
                    <span
                      className="legend-swatch"
                      style={{ background: `var(--mantine-color-${part.color.replace('.', '-')})` }}
                    />
                    <Text size="sm">{t(`bridge.origin.${part.key}`)}</Text>
                  </Group>
                  <Text fw={700}>{formatBasisPoints(share(part.key), language)}</Text>
                  <Text size="sm" c="dimmed">
                    {formatMoney(cents[part.key], props.currency, language)}
                  </Text>
                </Stack>
              ))}
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
