// The top of both portfolio pages: the title, the way between overview and revenue bridge
// (keeping the year), and the fiscal year.
import { Button, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { YearPicker } from './YearPicker.tsx';
import type { useFiscalYear } from './useFiscalYear.ts';

export function PortfolioHeader({
  page,
  fiscalYear,
}: {
  page: 'overview' | 'bridge' | 'matrix';
  fiscalYear: ReturnType<typeof useFiscalYear>;
}) {
  const { t } = useTranslation();
  const { year, years, startMonth, choose } = fiscalYear;
  const search = year === null ? '' : `?year=${year}`;
  const pages = [
    { key: 'overview', to: `/portfolio${search}`, label: t('portfolio.overview') },
    { key: 'bridge', to: `/portfolio/bridge${search}`, label: t('bridge.title') },
    { key: 'matrix', to: `/portfolio/matrix${search}`, label: t('portfolio.matrix.title') },
  ] as const;
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Stack gap="xs">
        <Title order={1} size="h2">
          {page === 'overview'
            ? t('portfolio.title')
            : `${t('portfolio.title')}: ${pages.find((link) => link.key === page)?.label ?? ''}`}
        </Title>
        <Group gap={4} component="nav" aria-label={t('portfolio.title')}>
          {pages.map((link) => (
            <Button
              key={link.key}
              component={Link}
              to={link.to}
              size="xs"
              variant={link.key === page ? 'light' : 'subtle'}
              aria-current={link.key === page ? 'page' : undefined}
            >
              {link.label}
            </Button>
          ))}
        </Group>
      </Stack>
      {year !== null && years.data && years.data.years.length > 0 && (
        <YearPicker
          years={years.data.years}
          year={year}
          startMonth={startMonth}
          onChange={choose}
        />
      )}
    </Group>
  );
}
