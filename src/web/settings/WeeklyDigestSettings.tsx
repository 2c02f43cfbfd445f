// Your weekly digest: a switch for the Monday e-mail of your worklist, when it was last sent, and
// a note when the server has no mail set up.
import { Alert, Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

const digestKey = ['weekly-digest'] as const;

export function WeeklyDigestSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const digest = useQuery({
    queryKey: digestKey,
    queryFn: () => unwrap(api.GET('/api/v1/me/weekly-digest')),
  });
  const save = useMutation({
    mutationFn: (enabled: boolean) =>
      unwrap(api.PUT('/api/v1/me/weekly-digest', { body: { enabled } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(digestKey, saved);
      notifyDone(saved.enabled ? t('digest.on') : t('digest.off'));
    },
    onError: notifyError,
  });

  return (
    <Section title={t('digest.title')} description={t('digest.intro')}>
      <Stack>
        {digest.isPending ? (
          <Loading />
        ) : digest.error ? (
          <LoadFailed error={digest.error} retry={() => void digest.refetch()} />
        ) : (
          <>
            {!digest.data.mailConfigured && (
              <Alert color="gray" p="xs">
                <Text size="sm">{t('digest.mailOff')}</Text>
              </Alert>
            )}
            <Switch
              label={t('digest.enabled')}
              checked={
                save.isPending ? (save.variables ?? digest.data.enabled) : digest.data.enabled
              }
              disabled={save.isPending}
              onChange={(event) => save.mutate(event.currentTarget.checked)}
            />
            {digest.data.lastSentOn && (
              <Text size="sm" c="dimmed">
                {t('digest.lastSent', { date: formatDate(digest.data.lastSentOn, language) })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Section>
  );
}
