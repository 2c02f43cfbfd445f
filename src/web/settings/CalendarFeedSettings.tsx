// Your personal calendar feed: create a secret address (shown once, to copy into a calendar app),
// see when a calendar last fetched it, or revoke it.
import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client.ts';
import { formatDateTime } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';

const feedKey = ['calendar-feed'] as const;

export function CalendarFeedSettings() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<Schemas['CalendarFeedCreated'] | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const feed = useQuery({
    queryKey: feedKey,
    queryFn: () => unwrap(api.GET('/api/v1/calendar-feed')),
  });
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calendar-feed')),
    onSuccess: (answer) => {
      setReplacing(false);
      setCreated(answer);
      queryClient.setQueryData(feedKey, answer.feed);
    },
    onError: (error) => {
      setReplacing(false);
      notifyError(error);
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/calendar-feed')),
    onSuccess: async () => {
      setRevoking(false);
      setCreated(null);
      await queryClient.invalidateQueries({ queryKey: feedKey });
      notifyDone(t('calendarFeed.revoked'));
    },
    onError: (error) => {
      setRevoking(false);
      notifyError(error);
    },
  });

  return (
    <Section title={t('calendarFeed.title')} description={t('calendarFeed.intro')}>
      <Stack>
        {feed.isPending ? (
          <Loading />
        ) : feed.error ? (
          <LoadFailed error={feed.error} retry={() => void feed.refetch()} />
        ) : (
          <>
            {feed.data.exists ? (
              <Stack gap={2}>
                <Text size="sm">
                  {t('calendarFeed.created', {
                    date: formatDateTime(feed.data.createdAt, language),
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {feed.data.lastFetchedAt
                    ? t('calendarFeed.lastFetched', {
                        date: formatDateTime(feed.data.lastFetchedAt, language),
                      })
                    : t('calendarFeed.neverFetched')}
                </Text>
              </Stack>
            ) : (
              <Text size="sm">{t('calendarFeed.none')}</Text>
            )}
            {created && <CreatedAddress created={created} />}
            <Group>
              <Button
                variant={feed.data.exists ? 'default' : 'filled'}
                loading={create.isPending}
                onClick={() => (feed.data.exists ? setReplacing(true) : create.mutate())}
                title={feed.data.exists ? t('calendarFeed.replaceHint') : undefined}
              >
                {feed.data.exists ? t('calendarFeed.replace') : t('calendarFeed.create')}
              </Button>
              {feed.data.exists && (
                <Button variant="subtle" color="red" onClick={() => setRevoking(true)}>
                  {t('calendarFeed.revoke')}
                </Button>
              )}
            </Group>
            {feed.data.exists && !created && (
              <Text size="xs" c="dimmed">
                {t('calendarFeed.replaceHint')}
              </Text>
            )}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={replacing}
        title={t('calendarFeed.replaceTitle')}
        text={t('calendarFeed.replaceText')}
        confirmLabel={t('calendarFeed.replace')}
        busy={create.isPending}
        onConfirm={() => create.mutate()}
        onClose={() => setReplacing(false)}
      />
      <ConfirmDialog
        opened={revoking}
        title={t('calendarFeed.revokeTitle')}
        text={t('calendarFeed.revokeText')}
        confirmLabel={t('calendarFeed.revoke')}
        busy={revoke.isPending}
        onConfirm={() => revoke.mutate()}
        onClose={() => setRevoking(false)}
      />
    </Section>
  );
}

function CreatedAddress({ created }: { created: Schemas['CalendarFeedCreated'] }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('calendarFeed.address')}>
      <Stack gap="xs">
        <Text size="sm">{t('calendarFeed.shownOnce')}</Text>
        <Code
          block
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          data-testid="calendar-feed-url"
        >
          {created.url}
        </Code>
        <Group>
          <CopyButton value={created.url}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t('calendarFeed.copied') : t('calendarFeed.copy')}
              </Button>
            )}
          </CopyButton>
          <Anchor href={created.webcalUrl} size="sm">
            {t('calendarFeed.webcal')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
