// A client's gifts on its page (method.md §6): newest first with their warnings as badges; planned
// or registered in a dialog that holds the six requirements as a checklist while the gift is
// planned; a planned gift registered as given in one click; deleted after confirming.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconGift } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { giftOccasions } from '../../core/servicing/gifts.ts';
import { useSession } from '../app/session.tsx';
import { formatDate, formatMoney } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useConfirmDelete } from '../ui/useConfirmDelete.tsx';
import { CardTable } from '../shared/CardTable.tsx';
import { GiftDialog } from './GiftDialog.tsx';
import { useDeleteGift, useGiftsOfClient, useMarkGiven, type Gift } from './giftQueries.ts';
import { GiftWarnings } from './GiftWarnings.tsx';
import { EditDeleteIcons } from '../shared/EditDeleteIcons.tsx';

/** An occasion's name: the method's own in the user's language, a firm's own as it was typed. */
export function useOccasionLabel() {
  const { t } = useTranslation();
  return (occasion: string) =>
    (giftOccasions as readonly string[]).includes(occasion)
      ? t(`gifts.occasions.${occasion as (typeof giftOccasions)[number]}`)
      : occasion;
}

export function GiftsSection({
  organizationId,
  editable,
}: {
  organizationId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency, giftValueLimitCents } = useSession().workspace;
  const occasionLabel = useOccasionLabel();
  const gifts = useGiftsOfClient(organizationId);
  const [editing, setEditing] = useState<Gift | 'new' | null>(null);
  const markGiven = useMarkGiven();
  const confirmDelete = useConfirmDelete<Gift>({
    remove: useDeleteGift(),
    words: (gift) => ({
      title: t('gifts.deleteTitle'),
      text: t('gifts.deleteText', {
        description: gift?.description ?? '',
        contact: gift?.contact.displayName ?? '',
      }),
      confirmLabel: t('gifts.delete', { description: gift?.description ?? '' }),
    }),
    done: () => t('gifts.deleted'),
    keepOpenOnError: true,
  });
  const items = gifts.data?.items ?? [];
  const policy = items[0]?.giftPolicy;

  const addButton = editable && (
    <Button size="xs" leftSection={<IconGift size={14} />} onClick={() => setEditing('new')}>
      {t('gifts.add')}
    </Button>
  );

  return (
    <Section title={t('gifts.title')} actions={addButton} testId="gifts">
      <Stack gap={2} mb="md">
        <Text size="xs" c="dimmed">
          {giftValueLimitCents === null
            ? t('gifts.noLimit')
            : t('gifts.limit', { amount: formatMoney(giftValueLimitCents, currency, language) })}
        </Text>
        {policy !== undefined && (
          <Text size="xs" c="dimmed">
            {policy === null
              ? t('gifts.noPolicy')
              : t('gifts.policy', { policy: t(`service.giftPolicy.${policy}`) })}
          </Text>
        )}
      </Stack>
      {gifts.isPending ? (
        <Loading />
      ) : gifts.error ? (
        <LoadFailed error={gifts.error} retry={() => void gifts.refetch()} />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="gifts-empty">
          {t('gifts.empty')}
        </Text>
      ) : (
        <CardTable verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('gifts.fields.onDate')}</Table.Th>
              <Table.Th>{t('gifts.fields.contactId')}</Table.Th>
              <Table.Th>{t('gifts.fields.description')}</Table.Th>
              <Table.Th>{t('gifts.fields.occasion')}</Table.Th>
              <Table.Th ta="right">{t('gifts.fields.value')}</Table.Th>
              <Table.Th>{t('gifts.fields.warnings')}</Table.Th>
              {editable && (
                <Table.Th>
                  <VisuallyHidden>{t('activities.columns.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((gift) => (
              <Table.Tr key={gift.id} data-testid="gift-row">
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm">{formatDate(gift.onDate, language)}</Text>
                    <Badge
                      size="xs"
                      variant="light"
                      color={gift.status === 'planned' ? 'blue' : 'gray'}
                    >
                      {t(`gifts.status.${gift.status}`)}
                    </Badge>
                  </Stack>
                </Table.Td>
                <Table.Td data-label={t('gifts.fields.contactId')}>
                  {gift.contact.displayName}
                </Table.Td>
                <Table.Td data-label={t('gifts.fields.description')}>
                  <Text size="sm">{gift.description}</Text>
                  {gift.status === 'planned' && (
                    <Text size="xs" c="dimmed">
                      {t('gifts.checklistCount', { met: gift.requirementsMet.length })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t('gifts.fields.occasion')}>
                  {occasionLabel(gift.occasion)}
                </Table.Td>
                <Table.Td ta="right" data-label={t('gifts.fields.value')}>
                  {formatMoney(gift.valueCents, currency, language)}
                </Table.Td>
                <Table.Td data-label={t('gifts.fields.warnings')}>
                  <GiftWarnings gift={gift} />
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {gift.status === 'planned' && (
                        <Tooltip label={t('gifts.markGiven')}>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('gifts.markGiven')}
                            loading={markGiven.isPending && markGiven.variables === gift.id}
                            onClick={() =>
                              markGiven.mutate(gift.id, {
                                onSuccess: () =>
                                  notifyDone(
                                    t('gifts.markedGiven', { description: gift.description }),
                                  ),
                                onError: notifyError,
                              })
                            }
                          >
                            <IconCheck size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      <EditDeleteIcons
                        editLabel={t('gifts.edit', { description: gift.description })}
                        deleteLabel={t('gifts.delete', { description: gift.description })}
                        onEdit={() => setEditing(gift)}
                        onDelete={() => confirmDelete.ask(gift)}
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
        <GiftDialog
          organizationId={organizationId}
          gift={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {confirmDelete.dialog}
    </Section>
  );
}
