// Mark a client lost (method §8): the day, a reason from the firm's list and its own words, how
// it went and who was told. The dialog says what follows: a former client until that day, and the
// win-back activities of its category planned. The server's objections appear at their fields.
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { lossManners, type LossManner } from '../../core/winback/client-loss.ts';
import { useFirmToday } from '../app/today.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { reasonLabel, useLostReasons, useMarkLost } from './queries.ts';

type Values = { lostOn: string; reasonId: string; text: string; manner: string; told: string };

export function MarkLostDialog(props: {
  organizationId: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const today = useFirmToday();
  const reasons = useLostReasons();
  const mark = useMarkLost(props.organizationId);
  const form = useForm<Values>({
    initialValues: { lostOn: today, reasonId: '', text: '', manner: '', told: '' },
    validate: {
      lostOn: (value) => (value ? null : t('app.required')),
      reasonId: (value) => (value ? null : t('app.required')),
    },
  });
  const server = fieldErrors(mark.error);
  const field = (name: keyof Values) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? server[name] };
  };
  const submit = (values: Values) =>
    mark.mutate(
      {
        lostOn: values.lostOn,
        reasonId: values.reasonId,
        text: values.text,
        manner: values.manner === '' ? null : (values.manner as LossManner),
        told: values.told,
      },
      {
        onSuccess: () => {
          notifyDone(t('lost.markedLost', { name: props.name }));
          props.onClose();
        },
      },
    );
  const offered = (reasons.data?.items ?? []).filter((reason) => !reason.hidden);
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('lost.markLostTitle', { name: props.name })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm">{t('lost.markLostText')}</Text>
          {mark.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(server).length ? t('app.fixFields') : errorMessage(mark.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('lost.fields.lostOn')}
              required
              max={today}
              data-autofocus
              {...field('lostOn')}
            />
            <Select
              label={t('lost.fields.reasonId')}
              required
              allowDeselect={false}
              data={offered.map((reason) => ({ value: reason.id, label: reasonLabel(reason, t) }))}
              {...field('reasonId')}
              onChange={(value) => form.setFieldValue('reasonId', value ?? '')}
            />
          </SimpleGrid>
          <Textarea label={t('lost.fields.text')} autosize minRows={2} {...field('text')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('lost.fields.manner')}
              clearable
              data={lossManners.map((manner) => ({
                value: manner,
                label: t(`lost.manners.${manner}`),
              }))}
              {...field('manner')}
              onChange={(value) => form.setFieldValue('manner', value ?? '')}
            />
            <TextInput
              label={t('lost.fields.told')}
              description={t('lost.fields.toldHint')}
              {...field('told')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mark.isPending}>
              {t('lost.markLostConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
