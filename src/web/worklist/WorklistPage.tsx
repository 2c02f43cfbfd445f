// My worklist (method.md §5, §14): what is due and overdue for the clients in a professional's care,
// grouped as overdue, due today and coming, most valuable client first; each item logged, planned
// or ticked off in one click, with an undo where taking it back is cheap. A manager looks at a
// colleague's list without changing it. Every day here is the firm's day the API answers.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPhone, IconCalendarPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { suggestedP } from '../../core/servicing/four-ps.ts';
import { ActivityDialog } from '../activities/ActivityDialog.tsx';
import type { ActivityValues } from '../activities/activityDraft.ts';
import { usePermissions, useSession } from '../app/session.tsx';
import { useToday } from '../app/today.ts';
import { useUsers } from '../app/users.ts';
import { CategoryBadge } from '../choosing/CategoryBadge.tsx';
import { useSchemes } from '../choosing/queries.ts';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { closeLabel, notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import {
  actionsFor,
  groupWorklist,
  itemKey,
  plannedContactDay,
  rangeOf,
  untilOf,
  worklistRanges,
  type WorklistAction,
  type WorklistItem,
} from './worklistModel.ts';
import { WorklistEmpty } from './WorklistEmpty.tsx';
import { useChangeItem, useWorklist, type ItemChange } from './worklistQueries.ts';

/** Who may look at a colleague's worklist; the list itself is readable to everyone. */
const lookers = new Set(['owner', 'partner', 'manager']);

const groupColor = { overdue: 'red', today: 'teal', coming: 'gray' } as const;

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
  const change = useChangeItem();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [logging, setLogging] = useState<{
    item: WorklistItem;
    initial: Partial<ActivityValues>;
  } | null>(null);

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

  const hide = (key: string, gone: boolean) =>
    setHidden((current) => {
      const next = new Set(current);
      if (gone) next.add(key);
      else next.delete(key);
      return next;
    });

  const tick = (
    item: WorklistItem,
    action: WorklistAction,
    forward: ItemChange,
    back: ItemChange | null,
  ) => {
    const key = itemKey(item);
    const message = t(`worklist.done.${action}` as 'worklist.done.activityDone', {
      client: item.organizationName,
      what: item.label ?? t(`worklist.kinds.${item.kind}`),
    });
    change.mutate(
      { change: forward, item },
      {
        onSuccess: () => {
          hide(key, true);
          if (!back) return notifyDone(message);
          const id = `worklist-${key}`;
          notifications.show({
            ...closeLabel(),
            id,
            color: 'teal',
            autoClose: 8000,
            message: (
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{message}</Text>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    change.mutate(
                      { change: back, item },
                      {
                        onSuccess: () => {
                          hide(key, false);
                          notifyDone(t('worklist.undone'));
                        },
                        onError: notifyError,
                      },
                    );
                  }}
                >
                  {t('app.undo')}
                </Button>
              </Group>
            ),
          });
        },
        onError: notifyError,
      },
    );
  };

  const act = (item: WorklistItem, action: WorklistAction, day: string) => {
    const id = item.itemId ?? '';
    switch (action) {
      case 'logContact':
        return setLogging({
          item,
          initial: {
            type: 'call',
            p: suggestedP('call'),
            status: 'done',
            onDate: day,
            subject: t('worklist.contactSubject'),
          },
        });
      case 'planContact':
        return setLogging({
          item,
          initial: {
            type: 'visit',
            p: suggestedP('visit'),
            status: 'planned',
            onDate: plannedContactDay(day),
            subject: t('worklist.contactSubject'),
          },
        });
      case 'callBackReturned':
        return tick(
          item,
          action,
          { kind: 'callBack', id, returnedOn: day },
          { kind: 'callBack', id, returnedOn: null },
        );
      case 'proposalSent':
        // its stage before is not known here: no undo, the proposal itself can be moved back
        return tick(item, action, { kind: 'proposalSent', id, sentOn: day }, null);
      case 'activityDone':
        // held today when it was planned for later
        return tick(
          item,
          action,
          { kind: 'activity', id, status: 'done', onDate: item.dueDate > day ? day : item.dueDate },
          { kind: 'activity', id, status: 'planned', onDate: item.dueDate },
        );
      case 'followUpDone':
        return tick(
          item,
          action,
          { kind: 'followUp', id, done: true },
          { kind: 'followUp', id, done: false },
        );
    }
  };

  const data = worklist.data;
  const items = (data?.items ?? []).filter((item) => !hidden.has(itemKey(item)));
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
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="worklist-range">
            {t('worklist.range.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="worklist-range"
            value={range}
            data={worklistRanges.map((value) => ({
              value,
              label: t(`worklist.range.${value}`),
            }))}
            onChange={(value) => setParam('until', value === 'today' ? null : value)}
          />
        </Stack>
        {mayLook && (
          <Select
            w={240}
            label={t('worklist.user')}
            searchable
            allowDeselect={false}
            value={userId ?? session.user.id}
            data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
            onChange={(value) =>
              setParam('userId', value === null || value === session.user.id ? null : value)
            }
          />
        )}
      </Group>
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
          <Paper withBorder p="md" key={group} data-testid={`worklist-${group}`}>
            <Group gap="xs" mb="sm">
              <Title order={2} size="h4">
                {t(`worklist.groups.${group}`)}
              </Title>
              <Badge color={groupColor[group]} variant="light">
                {groupItems.length}
              </Badge>
            </Group>
            {/* a card per item on a phone, its due date and buttons in view */}
            <div className="card-table-box">
              {/* the same columns in every group, so the groups read as one list */}
              <Table verticalSpacing="xs" highlightOnHover layout="fixed" className="card-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="28%">{t('worklist.columns.client')}</Table.Th>
                    <Table.Th w="22%">{t('worklist.columns.what')}</Table.Th>
                    <Table.Th w="16%">{t('worklist.columns.due')}</Table.Th>
                    {editable && (
                      <Table.Th w="34%">
                        <VisuallyHidden>{t('worklist.columns.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {groupItems.map((item) => {
                    const what = t(`worklist.kinds.${item.kind}`);
                    return (
                      <Table.Tr key={itemKey(item)} data-testid="worklist-item">
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Anchor
                              component={Link}
                              to={`/organizations/${item.organizationId}`}
                              size="sm"
                              fw={500}
                            >
                              {item.organizationName}
                            </Anchor>
                            {item.categoryKey !== null && (
                              <CategoryBadge
                                categoryKey={item.categoryKey}
                                categories={categories}
                              />
                            )}
                          </Group>
                          {item.valueCents > 0 && (
                            <Text size="xs" c="dimmed">
                              {formatMoney(item.valueCents, session.workspace.currency, language)}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{what}</Text>
                          {item.label && (
                            <Text size="xs" c="dimmed">
                              {item.label}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td
                          style={{ whiteSpace: 'nowrap' }}
                          data-label={t('worklist.columns.due')}
                          data-testid="worklist-due"
                        >
                          <Text size="sm">{formatDate(item.dueDate, language)}</Text>
                          {item.overdue && (
                            <Text size="xs" c="red.8" fw={500}>
                              {item.workingDaysOverdue === null
                                ? t('worklist.daysOverdue', { count: item.daysOverdue })
                                : t('worklist.workingDaysOverdue', {
                                    count: item.workingDaysOverdue,
                                  })}
                            </Text>
                          )}
                        </Table.Td>
                        {editable && (
                          <Table.Td>
                            <Group gap={6} wrap="nowrap" justify="flex-end">
                              {actionsFor(item.kind).map((action) => (
                                <Button
                                  key={action}
                                  size="compact-sm"
                                  variant={action === 'planContact' ? 'default' : 'light'}
                                  color="teal"
                                  leftSection={actionIcon[action]}
                                  aria-label={t('worklist.actionFor', {
                                    action: t(`worklist.actions.${action}`),
                                    what: item.label ?? what,
                                    client: item.organizationName,
                                  })}
                                  disabled={change.isPending}
                                  onClick={() => act(item, action, data.today)}
                                >
                                  {t(`worklist.actions.${action}`)}
                                </Button>
                              ))}
                            </Group>
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
          </Paper>
        ))
      )}

      {logging && (
        <ActivityDialog
          organizationId={logging.item.organizationId}
          organizationName={logging.item.organizationName}
          initial={logging.initial}
          onClose={() => setLogging(null)}
        />
      )}
    </Stack>
  );
}

const actionIcon: Record<WorklistAction, ReactNode> = {
  logContact: <IconPhone size={14} />,
  planContact: <IconCalendarPlus size={14} />,
  callBackReturned: <IconCheck size={14} />,
  proposalSent: <IconCheck size={14} />,
  activityDone: <IconCheck size={14} />,
  followUpDone: <IconCheck size={14} />,
};
