// Log that a client called and wants to be called back (method.md §5): a contact person of the
// client or a name, the day, and the professional to call back.
import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useFirmToday } from '../app/today.ts';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import {
  callBackInput,
  callBackValues,
  callerGiven,
  type CallBackValues,
} from './callBackDraft.ts';
import { callerOf } from './CallBackCheck.tsx';
import { useLogCallBack } from './callBackQueries.ts';

export function CallBackDialog(props: {
  organizationId: string;
  relationshipManagerId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const users = useUsers();
  const contacts = useQuery({
    queryKey: ['contacts', props.organizationId, 'active'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: props.organizationId }, query: { include: 'active' } },
        }),
      ),
  });
  const log = useLogCallBack(props.organizationId);
  const today = useFirmToday();
  const form = useForm<CallBackValues>({
    initialValues: callBackValues({
      today,
      me: session.user.id,
      relationshipManagerId: props.relationshipManagerId,
    }),
    validate: {
      callerName: (_value, values) => (callerGiven(values) ? null : t('callBacks.whoRequired')),
      calledOn: (value) => (value ? null : t('app.required')),
      forUserId: (value) => (value ? null : t('app.required')),
    },
  });
  const serverErrors = fieldErrors(log.error);
  const field = (name: keyof CallBackValues) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? serverErrors[name] };
  };
  const contactId = form.getValues().contactId;

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('callBacks.logTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          log.mutate(callBackInput(values), {
            onSuccess: (saved) => {
              notifyDone(t('callBacks.saved', { caller: callerOf(saved) }));
              props.onClose();
            },
          }),
        )}
      >
        <Stack>
          {log.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(log.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('callBacks.fields.contactId')}
              placeholder={t('callBacks.fields.noContact')}
              clearable
              clearButtonProps={{ 'aria-label': t('callBacks.fields.noContact') }}
              searchable
              data-autofocus
              data={(contacts.data?.items ?? []).map((contact) => ({
                value: contact.id,
                label: contact.displayName,
              }))}
              {...field('contactId')}
              onChange={(value) => {
                form.setFieldValue('contactId', value ?? null);
                form.clearFieldError('callerName');
              }}
            />
            <TextInput
              label={t('callBacks.fields.callerName')}
              description={t('callBacks.fields.callerNameHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              disabled={contactId !== null}
              {...field('callerName')}
            />
            <TextInput
              type="date"
              label={t('callBacks.fields.calledOn')}
              required
              {...field('calledOn')}
            />
            <Select
              label={t('callBacks.fields.forUserId')}
              required
              searchable
              allowDeselect={false}
              data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
              {...field('forUserId')}
            />
          </SimpleGrid>
          <Textarea label={t('callBacks.fields.note')} autosize minRows={2} {...field('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={log.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
