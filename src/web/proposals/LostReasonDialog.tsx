// Why a proposal was lost: asked before it moves to the lost column, never left empty.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function LostReasonDialog(props: {
  title: string | null;
  saving: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (props.title !== null) {
      setReason('');
      setError(null);
    }
  }, [props.title]);

  return (
    <Modal
      opened={props.title !== null}
      onClose={props.onCancel}
      title={t('proposals.lost.title', { title: props.title ?? '' })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) {
            setError(t('app.required'));
            return;
          }
          props.onConfirm(reason.trim());
        }}
      >
        <Stack>
          <Text size="sm">{t('proposals.lost.text')}</Text>
          <Textarea
            label={t('proposals.lost.reason')}
            required
            autosize
            minRows={2}
            data-autofocus
            value={reason}
            error={error}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onCancel}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="red" loading={props.saving}>
              {t('proposals.lost.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
