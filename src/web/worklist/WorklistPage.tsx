// My worklist (method.md §5, §14): what is due and overdue for the clients in a professional's care,
// grouped as overdue, due today and coming, most valuable client first; each item logged, planned
// or ticked off in one click, with an undo where taking it back is cheap. A manager looks at a
// colleague's list without changing it. Every day here is the firm's day the API answers.
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ActivityDialog } from '../activities/ActivityDialog.tsx';
import { usePermissions, useSession } from '../app/session.tsx';
import { useToday } from '../app/today.ts';
import { useUsers } from '../app/users.ts';
import { useSchemes } from '../choosing/queries.ts';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { groupWorklist, itemKey, rangeOf, untilOf } from './worklistModel.ts';
import { WorklistEmpty } from './WorklistEmpty.tsx';
import { WorklistFilters } from './WorklistFilters.tsx';
import { WorklistGroupCard } from './WorklistGroupCard.tsx';
import { useWorklist } from './worklistQueries.ts';
import { useWorklistActions } from './useWorklistActions.tsx';

/** Who may look at a colleague's worklist; the list itself is readable to everyone. */
const lookers = new Set(['owner', 'partner', 'manager']);

export function WorklistPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const { write } = usePermissions();
  const [params, setParams] = useSearchParams();
  const range = rangeOf(params.get('until'));
  const mayLook = lookers.has(session.user.role);
  const asked = mayLook ? params.get('userId') : null;
  const userId = asked && asked !== session.user.id ? asked : null;
  const users = useUsers();
  const today = useToday();
  const worklist = useWorklist(userId, today.data ? untilOf(range, today.data) : undefined);
  const schemes = useSchemes();
  const categories = schemes.data?.find((scheme) => scheme.isPrimary)?.categories ?? [];
  const actions = useWorklistActions();

  const mine = userId === null;
  const editable = mine && write;
  const name = users.data?.find((user) => user.id === userId)?.name ?? '';
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const data = worklist.data;
  const items = (data?.items ?? []).filter((item) => !actions.hidden.has(itemKey(item)));
  const groups = data ? groupWorklist(items, data.today) : [];

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {mine ? t('worklist.title') : t('worklist.titleOf', { name })}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('worklist.intro')}
        </Text>
      </Stack>
      <WorklistFilters range={range} userId={userId} mayLook={mayLook} setParam={setParam} />
      {data && (
        <Text size="sm" data-testid="worklist-today">
          {t('worklist.today', { date: formatDate(data.today, language) })}
        </Text>
      )}
      {!mine && (
        <Alert color="blue" variant="light">
          {t('worklist.readOnly')}
        </Alert>
      )}

      {today.error ? (
        <LoadFailed error={today.error} retry={() => void today.refetch()} />
      ) : worklist.error ? (
        <LoadFailed error={worklist.error} retry={() => void worklist.refetch()} />
      ) : !data ? (
        <Loading />
      ) : groups.length === 0 ? (
        <WorklistEmpty mine={mine} name={name} gap={data.setUpFirst} />
      ) : (
        groups.map(({ group, items: groupItems }) => (
          <WorklistGroupCard
            key={group}
            group={group}
            items={groupItems}
            categories={categories}
            editable={editable}
            busy={actions.busy}
            onAction={(item, action) => actions.act(item, action, data.today)}
          />
        ))
      )}

      {actions.logging && (
        <ActivityDialog
          organizationId={actions.logging.item.organizationId}
          organizationName={actions.logging.item.organizationName}
          initial={actions.logging.initial}
          onClose={actions.stopLogging}
        />
      )}
    </Stack>
  );
}
