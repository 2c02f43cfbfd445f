// A client's review decisions over the years, newest first: what, about which year, when, by whom.
import { Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { fiscalYearLabel } from '../shared/fiscalYear.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { DecisionBadge } from './DecisionBadge.tsx';
import { useDecisions } from './queries.ts';

export function DecisionHistory({
  organizationId,
  startMonth,
}: {
  organizationId: string;
  startMonth: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const decisions = useDecisions(organizationId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="decision-history">
      <Title order={3} size="h5" id="decision-history">
        {t('review.history')}
      </Title>
      {content()}
    </Stack>
  );

  function content() {
    if (decisions.isPending) return <Loading />;
    if (decisions.error) {
      return <LoadFailed error={decisions.error} retry={() => void decisions.refetch()} />;
    }
    const items = decisions.data.items;
    if (items.length === 0) {
      return (
        <Text size="sm" c="dimmed">
          {t('review.historyEmpty')}
        </Text>
      );
    }
    return (
      <Timeline bulletSize={12} lineWidth={2}>
        {items.map((decision) => (
          <Timeline.Item
            key={decision.id}
            title={
              <Text size="sm" fw={500}>
                {t('review.historyYear', { year: fiscalYearLabel(decision.year, startMonth) })}
              </Text>
            }
          >
            <Stack gap={2}>
              <div>
                <DecisionBadge decision={decision.decision} />
              </div>
              {decision.note && <Text size="sm">{decision.note}</Text>}
              <Text size="xs" c="dimmed">
                {t('review.decidedBy', {
                  date: formatDateTime(decision.createdAt, language),
                  name: decision.userName ?? t('history.unknown'),
                })}
              </Text>
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    );
  }
}
