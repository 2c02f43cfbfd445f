// One client's review in a side panel: the questions with their figures, the latest decision,
// recording a new one (for the roles that may), and the decisions of earlier years.
import { Alert, Anchor, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { formatDateTime } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { DecisionBadge } from './DecisionBadge.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionHistory } from './DecisionHistory.tsx';
import type { ReviewClient } from './queries.ts';
import { reviewAnswers } from './reviewAnswers.ts';
import { ReviewAnswerList } from './ReviewAnswerList.tsx';

export function ReviewPanel(props: {
  client: ReviewClient | null;
  year: number;
  yearLabel: string;
  startMonth: number;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const permissions = usePermissions();
  const { client } = props;
  const decision = client?.decision ?? null;

  return (
    <Drawer
      opened={client !== null}
      onClose={props.onClose}
      position="right"
      size="lg"
      title={client ? t('review.panelTitle', { name: client.name, year: props.yearLabel }) : ''}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      {client && (
        <Stack gap="md">
          <Anchor component={Link} to={`/organizations/${client.id}`} size="sm">
            {t('review.openOrganization')}
          </Anchor>
          {client.costsMoreThanItBrings && (
            <Alert color="orange" icon={<IconAlertTriangle />} title={t('review.costsMore')}>
              {client.flags.map((flag) => t(`review.flags.${flag}`)).join('; ')}
            </Alert>
          )}
          <ReviewAnswerList
            answers={reviewAnswers(client, { t, language, currency: props.currency })}
          />
          <Divider />
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('review.latest')}
            </Title>
            <Group gap="xs">
              <DecisionBadge decision={decision?.decision} />
              {decision && (
                <Text size="xs" c="dimmed">
                  {t('review.decidedBy', {
                    date: formatDateTime(decision.createdAt, language),
                    name: decision.userName ?? t('history.unknown'),
                  })}
                </Text>
              )}
            </Group>
            {decision?.note && <Text size="sm">{decision.note}</Text>}
          </Stack>
          {permissions.write ? (
            <DecisionForm
              key={client.id}
              client={client}
              year={props.year}
              yearLabel={props.yearLabel}
            />
          ) : (
            <Alert color="gray">{t('review.readOnly')}</Alert>
          )}
          <Divider />
          <DecisionHistory organizationId={client.id} startMonth={props.startMonth} />
        </Stack>
      )}
    </Drawer>
  );
}
