// A client above the firm's dependency threshold (method.md §1), shown before anything else:
// the freelancer's theatre client is the story to prevent.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPercent } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { formatShare } from '../shared/share.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import type { Portfolio } from './queries.ts';

export function DependencyAlerts({
  portfolio,
  startMonth,
}: {
  portfolio: Portfolio;
  startMonth: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (portfolio.dependencyAlerts.length === 0) return null;
  const threshold = formatPercent(portfolio.dependencyThresholdBasisPoints / 10_000, language);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle />}
      title={t('portfolio.alerts.title')}
      role="alert"
    >
      <Stack gap={4}>
        {portfolio.dependencyAlerts.map((alert) => (
          <Text key={alert.clientId} size="sm">
            <Trans
              i18nKey={
                alert.firstYearAbove ? 'portfolio.alerts.firstTime' : 'portfolio.alerts.since'
              }
              values={{
                name: alert.name,
                share: formatShare(alert.basisPoints, language),
                threshold,
                year: fiscalYearLabel(alert.aboveSince, startMonth),
              }}
              components={{
                client: (
                  <Anchor
                    component={Link}
                    to={`/organizations/${alert.clientId}`}
                    fw={600}
                    size="sm"
                  />
                ),
              }}
            />
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
