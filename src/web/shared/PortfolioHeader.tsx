// The top of the portfolio pages: the title, the way between them (keeping the year where the
// page is about a year of revenue), and the fiscal year or the page's own picker and actions.
import { Button, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { YearPicker } from './YearPicker.tsx';
import type { useFiscalYear } from './useFiscalYear.ts';

export type PortfolioPageKey = 'overview' | 'bridge' | 'matrix' | 'review' | 'plan' | 'acquisition';

export function PortfolioHeader({
  page,
  fiscalYear,
  picker,
  actions,
}: {
  page: PortfolioPageKey;
  /** The year of revenue the page shows; the links keep it. */
  fiscalYear?: ReturnType<typeof useFiscalYear>;
  /** Instead of the fiscal year of revenue: a page that plans ahead picks its own year. */
  picker?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const year = fiscalYear?.year ?? null;
  const search = year === null ? '' : `?year=${year}`;
  const pages = [
    { key: 'overview', to: `/portfolio${search}`, label: t('portfolio.overview') },
    { key: 'bridge', to: `/portfolio/bridge${search}`, label: t('bridge.title') },
    { key: 'matrix', to: `/portfolio/matrix${search}`, label: t('portfolio.matrix.title') },
    { key: 'review', to: `/portfolio/review${search}`, label: t('review.title') },
    { key: 'plan', to: '/portfolio/plan', label: t('plan.title') },
    { key: 'acquisition', to: `/portfolio/acquisition${search}`, label: t('acquisition.title') },
  ] as const;
  const years = fiscalYear?.years.data?.years ?? [];
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
      <Group gap="sm" align="flex-end">
        {actions}
        {picker ??
          (fiscalYear && year !== null && years.length > 0 && (
            <YearPicker
              years={years}
              year={year}
              startMonth={fiscalYear.startMonth}
              onChange={fiscalYear.choose}
            />
          ))}
      </Group>
    </Group>
  );
}
