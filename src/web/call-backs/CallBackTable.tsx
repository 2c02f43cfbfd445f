// Call-back requests in a table: when and who called, for whom, the note, and where the call
// stands against the category's norm; an open one is marked returned in one click.
import { ActionIcon, Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { IconCheck, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { CallBackCheck, callerOf, type CallBack } from './CallBackCheck.tsx';
import { useUpdateCallBack } from './callBackQueries.ts';
import { CardTable } from '../shared/CardTable.tsx';

export function CallBackTable(props: {
  items: readonly CallBack[];
  /** On the firm's list: each call's client. */
  showClient?: boolean;
  editable: boolean;
  onDelete?: (callBack: CallBack) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateCallBack();
  const today = useFirmToday();
  const markReturned = (callBack: CallBack) =>
    update.mutate(
      // never before the call, should the firm's day not have come in yet
      { id: callBack.id, change: { returnedOn: maxDay(today, callBack.calledOn) } },
      {
        onSuccess: () => notifyDone(t('callBacks.markedReturned', { caller: callerOf(callBack) })),
        onError: notifyError,
      },
    );

  return (
    <CardTable verticalSpacing="xs" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('callBacks.columns.calledOn')}</Table.Th>
          {props.showClient && <Table.Th>{t('callBacks.columns.client')}</Table.Th>}
          <Table.Th>{t('callBacks.columns.caller')}</Table.Th>
          <Table.Th>{t('callBacks.columns.forUser')}</Table.Th>
          <Table.Th>{t('callBacks.columns.note')}</Table.Th>
          <Table.Th>{t('callBacks.columns.norm')}</Table.Th>
          {props.editable && (
            <Table.Th>
              <VisuallyHidden>{t('callBacks.columns.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.items.map((callBack) => {
          const caller = callerOf(callBack);
          return (
            <Table.Tr key={callBack.id} data-testid="call-back-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(callBack.calledOn, language)}
              </Table.Td>
              {props.showClient && (
                <Table.Td data-label={t('callBacks.columns.client')}>
                  <Anchor
                    component={Link}
                    to={`/organizations/${callBack.organizationId}`}
                    size="sm"
                  >
                    {callBack.organizationName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td data-label={t('callBacks.columns.caller')}>{caller}</Table.Td>
              <Table.Td data-label={t('callBacks.columns.forUser')}>
                {callBack.forUserName ?? t('app.none')}
              </Table.Td>
              <Table.Td data-label={t('callBacks.columns.note')}>
                <Text size="sm" lineClamp={2}>
                  {callBack.note ?? t('app.none')}
                </Text>
              </Table.Td>
              <Table.Td data-label={t('callBacks.columns.norm')}>
                <Group gap={6} wrap="nowrap">
                  <CallBackCheck callBack={callBack} />
                  {callBack.returnedOn && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('callBacks.returnedOn', {
                        date: formatDate(callBack.returnedOn, language),
                      })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              {props.editable && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {callBack.returnedOn === null && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="teal"
                        leftSection={<IconCheck size={14} />}
                        aria-label={t('callBacks.markReturnedLabel', { caller })}
                        loading={update.isPending && update.variables.id === callBack.id}
                        onClick={() => markReturned(callBack)}
                      >
                        {t('callBacks.markReturned')}
                      </Button>
                    )}
                    {props.onDelete && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('callBacks.delete', { caller })}
                        onClick={() => props.onDelete?.(callBack)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </CardTable>
  );
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
