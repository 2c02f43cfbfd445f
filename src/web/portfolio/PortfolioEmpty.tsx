// Before any revenue is imported: what the portfolio is for, and how to fill it.
import { Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartPie } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function PortfolioEmpty() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="flex-start" gap="sm" maw={640}>
        <IconChartPie size={32} aria-hidden="true" color="var(--mantine-color-teal-9)" />
        <Title order={2} size="h3">
          {t('portfolio.empty.title')}
        </Title>
        <Text>{t('portfolio.empty.text')}</Text>
        <Text>{t('portfolio.empty.cli')}</Text>
        <Code block>{t('portfolio.empty.command')}</Code>
        <Text size="sm" c="dimmed">
          {t('portfolio.empty.soon')}
        </Text>
      </Stack>
    </Paper>
  );
}
