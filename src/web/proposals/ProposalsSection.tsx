// A client's proposals on its page (method.md §11): the latest request first with its stage,
// value, colleague and turnaround against the category's norm; added and changed in a dialog,
// deleted after confirming.
import { Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session.tsx';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useConfirmDelete } from '../ui/useConfirmDelete.tsx';
import type { Proposal } from './proposalBoard.ts';
import { ProposalDialog } from './ProposalDialog.tsx';
import { useClientProposals, useDeleteProposal } from './proposalQueries.ts';
import { ProposalTurnaround } from './ProposalTurnaround.tsx';
import { EditDeleteIcons } from '../shared/EditDeleteIcons.tsx';

const stageColour = {
  request: 'gray',
  drafting: 'blue',
  sent: 'indigo',
  won: 'teal',
  lost: 'red',
} as const;

export function ProposalsSection({
  organizationId,
  editable,
}: {
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const proposals = useClientProposals(organizationId);
  const confirmDelete = useConfirmDelete<Proposal>({
    remove: useDeleteProposal(),
    words: (proposal) => ({
      title: t('proposals.section.deleteTitle', { title: proposal?.title ?? '' }),
      text: t('proposals.section.deleteText'),
      confirmLabel: t('proposals.section.deleteConfirm'),
    }),
    done: (proposal) => t('proposals.section.deleted', { title: proposal.title }),
  });
  const [editing, setEditing] = useState<Proposal | 'new' | null>(null);
  const items = proposals.data?.items ?? [];

  const addButton = editable && (
    <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
      {t('proposals.section.add')}
    </Button>
  );

  return (
    <Section
      title={t('proposals.section.title')}
      description={proposals.data && t('proposals.section.count', { count: items.length })}
      testId="proposals"
      actions={
        <Group gap="sm">
          <Anchor component={Link} to="/clients/proposals" size="sm">
            {t('proposals.section.toBoard')}
          </Anchor>
          {addButton}
        </Group>
      }
    >
      {proposals.isPending ? (
        <Loading />
      ) : proposals.error ? (
        <LoadFailed error={proposals.error} retry={() => void proposals.refetch()} />
      ) : items.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('proposals.section.empty')}
          </Text>
          {addButton}
        </Stack>
      ) : (
        <CardTable verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('proposals.section.columns.title')}</Table.Th>
              <Table.Th>{t('proposals.section.columns.stage')}</Table.Th>
              <Table.Th>{t('proposals.section.columns.requestedOn')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>
                {t('proposals.section.columns.value')}
              </Table.Th>
              <Table.Th>{t('proposals.section.columns.owner')}</Table.Th>
              <Table.Th>{t('proposals.section.columns.turnaround')}</Table.Th>
              {editable && (
                <Table.Th>
                  <VisuallyHidden>{t('proposals.section.columns.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((proposal) => (
              <Table.Tr key={proposal.id} data-testid="proposal-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {proposal.title}
                  </Text>
                  {proposal.lostReason && (
                    <Text size="xs" c="dimmed">
                      {proposal.lostReason}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t('proposals.section.columns.stage')}>
                  <Badge size="sm" variant="light" color={stageColour[proposal.stage]}>
                    {t(`proposals.stages.${proposal.stage}`)}
                  </Badge>
                </Table.Td>
                <Table.Td
                  style={{ whiteSpace: 'nowrap' }}
                  data-label={t('proposals.section.columns.requestedOn')}
                >
                  {formatDate(proposal.requestedOn, language)}
                </Table.Td>
                <Table.Td
                  style={{ textAlign: 'right', whiteSpace: 'nowrap' }}
                  data-label={t('proposals.section.columns.value')}
                >
                  {proposal.valueCents === null
                    ? t('app.none')
                    : formatMoney(proposal.valueCents, currency, language)}
                </Table.Td>
                <Table.Td data-label={t('proposals.section.columns.owner')}>
                  {proposal.ownerName ?? t('app.none')}
                </Table.Td>
                <Table.Td data-label={t('proposals.section.columns.turnaround')}>
                  <ProposalTurnaround proposal={proposal} />
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <EditDeleteIcons
                        editLabel={t('proposals.section.edit', { title: proposal.title })}
                        deleteLabel={t('proposals.section.delete', { title: proposal.title })}
                        onEdit={() => setEditing(proposal)}
                        onDelete={() => confirmDelete.ask(proposal)}
                      />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </CardTable>
      )}

      {editing !== null && (
        <ProposalDialog
          organizationId={organizationId}
          proposal={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {confirmDelete.dialog}
    </Section>
  );
}
