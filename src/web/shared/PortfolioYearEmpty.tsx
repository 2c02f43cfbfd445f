// A fiscal year without revenue: one chosen in the address, or a year before the first import.
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PortfolioYearEmpty({ year }: { year: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md">
      <Text>{t('portfolio.emptyYear', { year })}</Text>
    </Paper>
  );
}
