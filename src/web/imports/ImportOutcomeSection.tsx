// What the import did, and where to look at it now.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatMoney, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ImportReportSection } from './ImportReportSection.tsx';
import type { ImportOutcome } from './queries.ts';

export function ImportOutcomeSection(props: { outcome: ImportOutcome; onAnother: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const { summary } = props.outcome;
  const counts = {
    formattedWritten: formatNumber(summary.toWrite, language),
    formattedPresent: formatNumber(summary.alreadyPresent, language),
  };

  return (
    <Stack gap="lg">
      <Alert
        color={summary.written ? 'teal' : 'yellow'}
        icon={<IconCircleCheck />}
        title={summary.written ? t('imports.done.title') : undefined}
        role="status"
      >
        {!summary.written
          ? t('imports.done.nothing')
          : summary.kind === 'revenue'
            ? t('imports.done.revenue', {
                ...counts,
                revenue: formatMoney(summary.revenueCents ?? 0, currency, language),
              })
            : t('imports.done.assignments', counts)}
      </Alert>
      <Group gap="sm" wrap="wrap">
        {summary.kind === 'revenue' && (
          <Button component={Link} to="/portfolio">
            {t('imports.done.portfolio')}
          </Button>
        )}
        <Button component={Link} to="/organizations" variant="light">
          {t('imports.done.organizations')}
        </Button>
        <Button variant="default" onClick={props.onAnother}>
          {t('imports.done.another')}
        </Button>
      </Group>
      <ImportReportSection summary={summary} />
    </Stack>
  );
}
