// Importing revenue or assignments from a file: only for those who may change records.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { ImportFlow } from './ImportFlow.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  const { write } = usePermissions();
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('imports.title')}
        </Title>
        <Text c="dimmed" maw={720}>
          {t('imports.intro')}
        </Text>
      </Stack>
      {write ? <ImportFlow /> : <Alert color="yellow">{t('imports.notAllowed')}</Alert>}
    </Stack>
  );
}
