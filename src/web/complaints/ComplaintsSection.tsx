// A client's complaints on its page (method §15: draw complaints out): the open ones with the
// deadline of their next step, then the closed ones; recorded in two clicks, moved a step on in one.
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useConfirmDelete } from '../ui/useConfirmDelete.tsx';
import { RecordComplaintButton } from './ComplaintDialog.tsx';
import { useClientComplaints, useDeleteComplaint, type Complaint } from './complaintQueries.ts';
import { ComplaintTable } from './ComplaintTable.tsx';

export function ComplaintsSection(props: { organizationId: string; editable: boolean }) {
  const { t } = useTranslation();
  const complaints = useClientComplaints(props.organizationId);
  const confirmDelete = useConfirmDelete<Complaint>({
    remove: useDeleteComplaint(),
    words: (complaint) => ({
      title: t('complaints.deleteTitle', { subject: complaint?.subject ?? '' }),
      text: t('complaints.deleteText'),
      confirmLabel: t('complaints.deleteConfirm'),
    }),
    done: () => t('complaints.deleted'),
  });
  const items = complaints.data?.items ?? [];
  const open = items.filter((complaint) => complaint.status !== 'closed');
  const closed = items.filter((complaint) => complaint.status === 'closed');

  return (
    <Section
      title={t('complaints.title')}
      actions={props.editable && <RecordComplaintButton organizationId={props.organizationId} />}
      testId="complaints"
    >
      {complaints.isPending ? (
        <Loading />
      ) : complaints.error ? (
        <LoadFailed error={complaints.error} retry={() => void complaints.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('complaints.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {open.length > 0 && (
            <Stack gap={4} data-testid="complaints-open">
              <Title order={3} size="h6">
                {t('complaints.open')}
              </Title>
              <ComplaintTable items={open} editable={props.editable} onDelete={confirmDelete.ask} />
            </Stack>
          )}
          {closed.length > 0 && (
            <Stack gap={4} data-testid="complaints-closed">
              <Title order={3} size="h6">
                {t('complaints.closed')}
              </Title>
              <ComplaintTable
                items={closed}
                editable={props.editable}
                onDelete={confirmDelete.ask}
              />
            </Stack>
          )}
        </Stack>
      )}
      {confirmDelete.dialog}
    </Section>
  );
}
