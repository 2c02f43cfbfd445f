// Before any revenue is imported: what the portfolio is for, and how to fill it.
import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartPie, IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';

export function PortfolioEmpty() {
  const { t } = useTranslation();
  const { write } = usePermissions();
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="flex-start" gap="sm" maw={640}>
        <IconChartPie size={32} aria-hidden="true" color="var(--mantine-color-teal-9)" />
        <Title order={2} size="h3">
          {t('portfolio.empty.title')}
        </Title>
        <Text>{t('portfolio.empty.text')}</Text>
        {write && (
          <Button component={Link} to="/import" leftSection={<IconFileImport size={16} />}>
            {t('imports.importRevenue')}
          </Button>
        )}
        <Text>{t('portfolio.empty.cli')}</Text>
        <Code block>{t('portfolio.empty.command')}</Code>
      </Stack>
    </Paper>
  );
}
