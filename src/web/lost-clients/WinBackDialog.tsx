// The client is won back: the day it became a client again and a note; the loss keeps its record.
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFirmToday } from '../app/today.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { useWinBack } from './queries.ts';

type Values = { wonBackOn: string; winBackNote: string };

export function WinBackDialog(props: { lossId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const today = useFirmToday();
  const winBack = useWinBack();
  const form = useForm<Values>({
    initialValues: { wonBackOn: today, winBackNote: '' },
    validate: { wonBackOn: (value) => (value ? null : t('app.required')) },
  });
  const server = fieldErrors(winBack.error);
  const field = (name: keyof Values) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? server[name] };
  };
  const submit = (values: Values) =>
    winBack.mutate(
      { id: props.lossId, ...values },
      {
        onSuccess: () => {
          notifyDone(t('lost.wonBackDone', { name: props.name }));
          props.onClose();
        },
      },
    );
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('lost.wonBackTitle', { name: props.name })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm">{t('lost.wonBackText')}</Text>
          {winBack.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(server).length ? t('app.fixFields') : errorMessage(winBack.error)}
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('lost.fields.wonBackOn')}
            required
            max={today}
            data-autofocus
            {...field('wonBackOn')}
          />
          <Textarea
            label={t('lost.fields.winBackNote')}
            autosize
            minRows={2}
            {...field('winBackNote')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="teal" loading={winBack.isPending}>
              {t('lost.wonBackAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
