// A client's relationship activities on its page (method.md §6): newest first, the planned ones
// marked and the overdue ones in red, filtered by status and P, paged as the API pages; logged or
// planned in a dialog (also with the A key), done in one click; the four P's beside them.
import {
  ActionIcon,
  Badge,
  Button,
  Divider,
  Group,
  Kbd,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { useSession } from '../app/session.tsx';
import { CardTable } from '../shared/CardTable.tsx';
import { useToday } from '../app/today.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useConfirmDelete } from '../ui/useConfirmDelete.tsx';
import { ActivityDialog } from './ActivityDialog.tsx';
import { ActivityFilters } from './ActivityFilters.tsx';
import { activityTiming, followUpTiming, type Activity } from './activityDraft.ts';
import { ActivityFourPs } from './ActivityFourPs.tsx';
import { InvitationAnswers } from './InvitationAnswers.tsx';
import {
  useActivities,
  useDeleteActivity,
  useUpdateActivity,
  type ActivityFilter,
} from './activityQueries.ts';
import { EditDeleteIcons } from '../shared/EditDeleteIcons.tsx';

const timingColor = { planned: 'blue', overdue: 'red', done: 'gray' } as const;

export function ActivitiesSection({
  organizationId,
  editable,
}: {
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const [filter, setFilter] = useState<ActivityFilter>({ status: null, p: null });
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const activities = useActivities(organizationId, filter);
  const update = useUpdateActivity(organizationId);
  const confirmDelete = useConfirmDelete<Activity>({
    remove: useDeleteActivity(organizationId),
    words: (activity) => ({
      title: t('activities.deleteTitle', { subject: activity?.subject ?? '' }),
      text: t('activities.deleteText'),
      confirmLabel: t('activities.deleteConfirm'),
    }),
    done: (activity) => t('activities.deleted', { subject: activity.subject }),
  });
  // overdue is judged against the firm's day, not the browser's; nothing is overdue until the
  // server has said which day it is
  const today = useToday().data;
  const judgedAgainst = today ?? '0000-01-01';
  const open = () => {
    if (editable && editing === null) setEditing('new');
  };
  // the key does nothing while another dialog of the page has the user's attention
  useHotkeys([['a', () => !document.querySelector('[role="dialog"]') && open()]]);

  const items = activities.data?.pages.flatMap((page) => page.items) ?? [];
  const total = activities.data?.pages[0]?.total ?? null;
  const filtered = filter.status !== null || filter.p !== null;

  const markDone = (activity: Activity) =>
    update.mutate(
      {
        id: activity.id,
        // a visit planned for later but held today is done today
        change: {
          status: 'done',
          ...(today !== undefined && activity.onDate > today ? { onDate: today } : {}),
        },
      },
      {
        onSuccess: () => notifyDone(t('activities.markedDone', { subject: activity.subject })),
        onError: notifyError,
      },
    );
  const followUpDone = (activity: Activity) =>
    update.mutate(
      { id: activity.id, change: { followUpDone: true } },
      {
        onSuccess: () =>
          notifyDone(t('activities.followUpMarkedDone', { subject: activity.subject })),
        onError: notifyError,
      },
    );

  const logButton = editable && (
    <Tooltip label={t('activities.shortcutHint')}>
      <Button
        size="xs"
        leftSection={<IconPlus size={14} />}
        rightSection={<Kbd size="xs">A</Kbd>}
        aria-keyshortcuts="a"
        onClick={open}
      >
        {t('activities.log')}
      </Button>
    </Tooltip>
  );

  return (
    <Section
      title={t('activities.title')}
      description={
        total !== null && (
          <span data-testid="activities-count">{t('activities.count', { count: total })}</span>
        )
      }
      testId="activities"
      actions={
        <Group gap="sm" align="flex-end">
          <ActivityFilters filter={filter} setFilter={setFilter} />
          {logButton}
        </Group>
      }
    >
      {activities.isPending ? (
        <Loading />
      ) : activities.error ? (
        <LoadFailed error={activities.error} retry={() => void activities.refetch()} />
      ) : items.length === 0 ? (
        <Stack gap="xs" align="flex-start" data-testid="activities-empty">
          <Text size="sm" c="dimmed">
            {filtered ? t('activities.emptyFiltered') : t('activities.empty')}
          </Text>
          {!filtered && logButton}
        </Stack>
      ) : (
        <Stack gap="sm">
          <CardTable verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('activities.columns.date')}</Table.Th>
                <Table.Th>{t('activities.columns.type')}</Table.Th>
                <Table.Th>{t('activities.columns.p')}</Table.Th>
                <Table.Th>{t('activities.columns.subject')}</Table.Th>
                <Table.Th>{t('activities.columns.people')}</Table.Th>
                <Table.Th>{t('activities.columns.followUp')}</Table.Th>
                {editable && (
                  <Table.Th>
                    <VisuallyHidden>{t('activities.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((activity) => {
                const timing = activityTiming(activity, judgedAgainst);
                const followUp = followUpTiming(activity, judgedAgainst);
                const people = [
                  ...activity.contacts.map((contact) => contact.displayName),
                  ...activity.professionals.map((professional) => professional.name),
                ];
                return (
                  <Table.Tr key={activity.id} data-testid="activity-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Stack gap={2} align="flex-start">
                        <Text size="sm">{formatDate(activity.onDate, language)}</Text>
                        {timing !== 'done' && (
                          <Badge size="xs" variant="light" color={timingColor[timing]}>
                            {t(`activities.timing.${timing}`)}
                          </Badge>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td data-label={t('activities.columns.type')}>
                      {t(`activities.types.${activity.type}`)}
                    </Table.Td>
                    <Table.Td data-label={t('activities.columns.p')}>
                      {activity.p ? t(`activities.ps.${activity.p}`) : t('app.none')}
                    </Table.Td>
                    <Table.Td data-label={t('activities.columns.subject')}>
                      <Text size="sm" fw={500}>
                        {activity.subject}
                      </Text>
                      {(activity.minutes !== null || activity.costCents !== null) && (
                        <Text size="xs" c="dimmed">
                          {[
                            activity.minutes !== null ? `${activity.minutes} min` : null,
                            activity.costCents !== null
                              ? formatMoney(activity.costCents, currency, language)
                              : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('activities.columns.people')}>
                      {activity.type === 'invitation' &&
                      activity.status === 'done' &&
                      activity.contacts.length > 0 ? (
                        <InvitationAnswers
                          activity={activity}
                          organizationId={organizationId}
                          editable={editable}
                        />
                      ) : (
                        <Text size="sm">{people.join(', ') || t('app.none')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('activities.columns.followUp')}>
                      {followUp === null ? (
                        t('app.none')
                      ) : (
                        <Group gap={6} wrap="nowrap" align="flex-start">
                          <Stack gap={0}>
                            <Text
                              size="sm"
                              c={followUp === 'overdue' ? 'red.8' : undefined}
                              td={followUp === 'done' ? 'line-through' : undefined}
                            >
                              {t('activities.followUp', {
                                date: formatDate(activity.followUpOn, language),
                              })}{' '}
                              ({t(`activities.followUpState.${followUp}`)})
                            </Text>
                            {activity.followUpNote && (
                              <Text size="xs" c="dimmed">
                                {activity.followUpNote}
                              </Text>
                            )}
                          </Stack>
                          {editable && followUp !== 'done' && (
                            <ActionIcon
                              variant="subtle"
                              color="teal"
                              aria-label={t('activities.followUpDone', {
                                subject: activity.subject,
                              })}
                              onClick={() => followUpDone(activity)}
                            >
                              <IconCheck size={16} />
                            </ActionIcon>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          {activity.status === 'planned' && (
                            <Button
                              size="compact-xs"
                              variant="light"
                              color="teal"
                              leftSection={<IconCheck size={14} />}
                              aria-label={t('activities.markDone', { subject: activity.subject })}
                              onClick={() => markDone(activity)}
                            >
                              {t('activities.markDoneShort')}
                            </Button>
                          )}
                          <EditDeleteIcons
                            editLabel={t('activities.edit', { subject: activity.subject })}
                            deleteLabel={t('activities.delete', { subject: activity.subject })}
                            onEdit={() => setEditing(activity)}
                            onDelete={() => confirmDelete.ask(activity)}
                          />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </CardTable>
          {activities.hasNextPage && (
            <Button
              variant="subtle"
              size="xs"
              loading={activities.isFetchingNextPage}
              onClick={() => void activities.fetchNextPage()}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('activities.more')}
            </Button>
          )}
        </Stack>
      )}

      <Divider my="lg" />
      <ActivityFourPs organizationId={organizationId} />

      {editing !== null && (
        <ActivityDialog
          organizationId={organizationId}
          activity={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {confirmDelete.dialog}
    </Section>
  );
}
