// What the server refused about a scheme, in words, or nothing.
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { schemeErrorTexts } from './schemeErrors.ts';

export function SchemeErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('app.errorTitle')}>
      <Stack gap={2}>
        {schemeErrorTexts(error, t).map((text) => (
          <Text key={text} size="sm">
            {text}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}
