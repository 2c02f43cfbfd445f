// A client's call-back requests on its page (method.md §5): the calls still to return with the
// day the category's norm sets, then the ones returned, on time or late; logged in a dialog,
// returned in one click, deleted after confirming.
import { Button, Stack, Text, Title } from '@mantine/core';
import { IconPhonePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useConfirmDelete } from '../ui/useConfirmDelete.tsx';
import { callerOf, type CallBack } from './CallBackCheck.tsx';
import { CallBackDialog } from './CallBackDialog.tsx';
import { useClientCallBacks, useDeleteCallBack } from './callBackQueries.ts';
import { CallBackTable } from './CallBackTable.tsx';

export function CallBacksSection(props: {
  organizationId: string;
  relationshipManagerId: string | null;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const callBacks = useClientCallBacks(props.organizationId);
  const confirmDelete = useConfirmDelete<CallBack>({
    remove: useDeleteCallBack(),
    words: (callBack) => ({
      title: t('callBacks.deleteTitle', { caller: callBack ? callerOf(callBack) : '' }),
      text: t('callBacks.deleteText'),
      confirmLabel: t('callBacks.deleteConfirm'),
    }),
    done: () => t('callBacks.deleted'),
  });
  const [logging, setLogging] = useState(false);
  const items = callBacks.data?.items ?? [];
  const open = items.filter((callBack) => callBack.returnedOn === null);
  // the latest returned first: the oldest ones matter least
  const returned = items.filter((callBack) => callBack.returnedOn !== null).reverse();

  const logButton = props.editable && (
    <Button size="xs" leftSection={<IconPhonePlus size={14} />} onClick={() => setLogging(true)}>
      {t('callBacks.log')}
    </Button>
  );

  return (
    <Section title={t('callBacks.title')} actions={logButton} testId="call-backs">
      {callBacks.isPending ? (
        <Loading />
      ) : callBacks.error ? (
        <LoadFailed error={callBacks.error} retry={() => void callBacks.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('callBacks.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          <Stack gap={4} data-testid="call-backs-open">
            <Title order={3} size="h6">
              {t('callBacks.open')}
            </Title>
            {open.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('callBacks.noneOpen')}
              </Text>
            ) : (
              <CallBackTable items={open} editable={props.editable} onDelete={confirmDelete.ask} />
            )}
          </Stack>
          {returned.length > 0 && (
            <Stack gap={4} data-testid="call-backs-returned">
              <Title order={3} size="h6">
                {t('callBacks.returned')}
              </Title>
              <CallBackTable
                items={returned}
                editable={props.editable}
                onDelete={confirmDelete.ask}
              />
            </Stack>
          )}
        </Stack>
      )}

      {logging && (
        <CallBackDialog
          organizationId={props.organizationId}
          relationshipManagerId={props.relationshipManagerId}
          onClose={() => setLogging(false)}
        />
      )}
      {confirmDelete.dialog}
    </Section>
  );
}
