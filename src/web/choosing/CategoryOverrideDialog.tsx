// Setting a client's category by hand, always with the reason (method.md §3.6): it counts
// instead of the one from the scores until it is cleared.
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { categoryLabel } from './choosingLabels.ts';
import { useOverrideCategory } from './clientQueries.ts';
import type { Scheme } from './queries.ts';

export function CategoryOverrideDialog(props: {
  organizationId: string;
  scheme: Scheme;
  initial: { category: string | null; reason: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const override = useOverrideCategory(props.organizationId);
  const [category, setCategory] = useState<string | null>(props.initial.category);
  const [reason, setReason] = useState(props.initial.reason);
  const [tried, setTried] = useState(false);
  const reasonMissing = reason.trim() === '';
  const save = () => {
    setTried(true);
    if (category === null || reasonMissing) return;
    override.mutate(
      { schemeId: props.scheme.id, category, reason: reason.trim() },
      {
        onSuccess: () => {
          notifyDone(t('clientCategory.override.done'));
          props.onClose();
        },
        onError: notifyError,
      },
    );
  };

  return (
    <Modal opened onClose={props.onClose} title={t('clientCategory.override.title')} centered>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('clientCategory.override.intro')}
        </Text>
        <Select
          label={t('clientCategory.override.category')}
          data={props.scheme.categories.map((c) => ({
            value: c.key,
            label: categoryLabel(c.key, props.scheme.categories, t),
          }))}
          value={category}
          onChange={setCategory}
          allowDeselect={false}
          required
          error={tried && category === null ? t('clientCategory.override.category') : undefined}
          data-autofocus
        />
        <Textarea
          label={t('clientCategory.override.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          required
          autosize
          minRows={2}
          maxLength={2000}
          error={tried && reasonMissing ? t('clientCategory.override.reasonRequired') : undefined}
          description={tried ? undefined : t('clientCategory.override.reasonRequired')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('app.cancel')}
          </Button>
          <Button onClick={save} loading={override.isPending}>
            {t('clientCategory.override.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
