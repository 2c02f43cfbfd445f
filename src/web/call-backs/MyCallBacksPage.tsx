// The calls a professional still has to return, oldest first, each against its client's
// call-back norm (method.md §5); the user's own by default, a colleague's to cover for them.
import { Anchor, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions, useSession } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { useOpenCallBacks } from './callBackQueries.ts';
import { CallBackTable } from './CallBackTable.tsx';

export function MyCallBacksPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { write } = usePermissions();
  const users = useUsers();
  const [params, setParams] = useSearchParams();
  const forUserId = params.get('for') ?? session.user.id;
  const callBacks = useOpenCallBacks(forUserId);
  const items = callBacks.data?.items ?? [];

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4} maw={720}>
          <Anchor component={Link} to="/clients/proposals" size="sm">
            ← {t('callBacks.mine.toBoard')}
          </Anchor>
          <Title order={1} size="h2">
            {t('callBacks.mine.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('callBacks.mine.intro')}
          </Text>
        </Stack>
        <Select
          size="xs"
          w={200}
          label={t('callBacks.mine.forUser')}
          allowDeselect={false}
          searchable
          value={forUserId}
          data={[
            { value: session.user.id, label: t('proposals.board.me') },
            ...(users.data ?? [])
              .filter((user) => user.id !== session.user.id)
              .map((user) => ({ value: user.id, label: user.name })),
          ]}
          onChange={(value) =>
            setParams(value && value !== session.user.id ? { for: value } : {}, { replace: true })
          }
        />
      </Group>
      <Paper withBorder p="lg" data-testid="my-call-backs">
        {callBacks.isPending ? (
          <Loading />
        ) : callBacks.error ? (
          <LoadFailed error={callBacks.error} retry={() => void callBacks.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('callBacks.mine.empty')}
          </Text>
        ) : (
          <CallBackTable items={items} showClient editable={write} />
        )}
      </Paper>
    </Stack>
  );
}
