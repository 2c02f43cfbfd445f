// An empty worklist says why it is empty. On a firm that is not set up yet, personal contact can
// never fall due (the worklist takes its intervals from the service concept of a client's category):
// while no client has a category, or no category has a service concept, it names that step first
// instead of praising the user for an empty list.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setUpFirstPage } from '../../core/servicing/set-up-first.ts';
import type { Schemas } from '../api/client.ts';

type Gap = NonNullable<Schemas['Worklist']['setUpFirst']>;

export function WorklistEmpty({
  mine,
  name,
  gap,
}: {
  mine: boolean;
  name: string;
  /** What the firm lacks, as the server found it with the worklist. */
  gap: Gap | null;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-testid="worklist-empty">
      {gap ? (
        <Stack gap="xs" align="flex-start">
          <Text fw={500}>{t(`worklist.setUpFirst.${gap}.title`)}</Text>
          <Text size="sm" c="dimmed" maw={680}>
            {t(`worklist.setUpFirst.${gap}.text`)}
          </Text>
          <Button component={Link} to={setUpFirstPage[gap]} size="xs">
            {t(`worklist.setUpFirst.${gap}.action`)}
          </Button>
        </Stack>
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text fw={500}>{mine ? t('worklist.empty') : t('worklist.emptyOther', { name })}</Text>
          {mine && (
            <Text size="sm" c="dimmed" maw={680}>
              {t('worklist.emptyHint')}
            </Text>
          )}
          <Button component={Link} to="/organizations" variant="light" size="xs">
            {t('nav.organizations')}
          </Button>
        </Stack>
      )}
    </Paper>
  );
}
