// Log or plan a relationship activity (method.md §6): the P follows the type as the user picks
// it until the user sets it; the server's objections appear at the fields they name.
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activityStatuses } from '../../core/servicing/activity-input.ts';
import { yearlyDutyKeys, type RecordedDutyKey } from '../../core/servicing/yearly-duties.ts';
import {
  activityTypes,
  fourPs,
  type ActivityType,
  type FourP,
} from '../../core/servicing/four-ps.ts';
import { api, unwrap } from '../api/client.ts';
import { useSession } from '../app/session.tsx';
import { useFirmToday } from '../app/today.ts';
import { useUsers } from '../app/users.ts';
import { useLanguage } from '../i18n/index.ts';
import { errorMessage, fieldErrors, notifyDone } from '../ui/errors.ts';
import { MoneyInput } from '../ui/MoneyInput.tsx';
import { parseHundredths } from '../ui/amountText.ts';
import {
  activityInput,
  activityValues,
  dialogField,
  pAfterTypeChange,
  parseMinutes,
  type Activity,
  type ActivityValues,
} from './activityDraft.ts';
import { useSaveActivity } from './activityQueries.ts';

export function ActivityDialog(props: {
  organizationId: string;
  /** Named in the title when the dialog is opened away from the organisation's page. */
  organizationName?: string | undefined;
  /** The activity to change; none: a new one. */
  activity?: Activity | undefined;
  /** What a new activity starts with instead of a visit done today, e.g. a call from the worklist. */
  initial?: Partial<ActivityValues> | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const users = useUsers();
  const today = useFirmToday();
  const contacts = useQuery({
    queryKey: ['contacts', props.organizationId, 'active'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: props.organizationId }, query: { include: 'active' } },
        }),
      ),
  });
  const save = useSaveActivity(props.organizationId);
  const form = useForm<ActivityValues>({
    initialValues: {
      ...activityValues({ activity: props.activity, today, me: session.user.id, language }),
      ...(props.activity ? {} : props.initial),
    },
    validate: {
      subject: (value) => (value.trim() ? null : t('app.required')),
      onDate: (value) => (value ? null : t('app.required')),
      minutes: (value) =>
        Number.isNaN(parseMinutes(value)) ? t('activities.hints.minutes') : null,
      cost: (value) =>
        value.trim() !== '' && parseHundredths(value, language).value === null
          ? t('activities.hints.cost')
          : null,
    },
  });

  const serverErrors: Partial<Record<keyof ActivityValues, string>> = {};
  for (const [field, message] of Object.entries(fieldErrors(save.error))) {
    const name = dialogField(field);
    if (name && !serverErrors[name]) serverErrors[name] = message;
  }
  const field = (name: keyof ActivityValues) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? serverErrors[name] };
  };

  // people already on the activity stay choosable, also when they have left since
  const contactOptions = new Map(
    (props.activity?.contacts ?? []).map((contact) => [contact.id, contact.displayName]),
  );
  for (const contact of contacts.data?.items ?? [])
    contactOptions.set(contact.id, contact.displayName);
  const professionalOptions = new Map(
    (props.activity?.professionals ?? []).map((user) => [user.id, user.name]),
  );
  for (const user of users.data ?? []) professionalOptions.set(user.id, user.name);
  const options = (entries: Map<string, string>) =>
    [...entries].map(([value, label]) => ({ value, label }));

  const submit = (values: ActivityValues) =>
    save.mutate(
      { id: props.activity?.id ?? null, input: activityInput(values, language) },
      {
        onSuccess: (saved) => {
          notifyDone(t('activities.saved', { subject: saved.subject }));
          props.onClose();
        },
      },
    );

  return (
    <Modal
      opened
      onClose={props.onClose}
      title={[
        props.activity ? t('activities.editTitle') : t('activities.logTitle'),
        props.organizationName,
      ]
        .filter(Boolean)
        .join(' · ')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          {save.error !== null && (
            <Alert color="red" role="alert">
              {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(save.error)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('activities.fields.type')}
              required
              allowDeselect={false}
              data={activityTypes.map((type) => ({
                value: type,
                label: t(`activities.types.${type}`),
              }))}
              {...field('type')}
              onChange={(value) => {
                if (!value) return;
                const type = value as ActivityType;
                form.setValues({ type, p: pAfterTypeChange(form.getValues(), type) });
              }}
            />
            <Select
              label={t('activities.fields.p')}
              description={t('activities.hints.p')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder={t('activities.hints.noP')}
              clearable
              clearButtonProps={{ 'aria-label': t('activities.hints.noP') }}
              data={fourPs.map((p) => ({ value: p, label: t(`activities.ps.${p}`) }))}
              {...field('p')}
              onChange={(value) => form.setFieldValue('p', (value ?? null) as FourP | null)}
            />
            <TextInput
              type="date"
              label={t('activities.fields.onDate')}
              required
              {...field('onDate')}
            />
          </SimpleGrid>
          <Radio.Group label={t('activities.fields.status')} required {...field('status')}>
            <Group gap="md" mt={6}>
              {activityStatuses.map((status) => (
                <Radio key={status} value={status} label={t(`activities.status.${status}`)} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            label={t('activities.fields.subject')}
            required
            data-autofocus
            {...field('subject')}
          />
          <Textarea label={t('activities.fields.notes')} autosize minRows={2} {...field('notes')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('activities.fields.contactIds')}
              data={options(contactOptions)}
              searchable
              {...field('contactIds')}
            />
            <MultiSelect
              label={t('activities.fields.professionalIds')}
              data={options(professionalOptions)}
              searchable
              {...field('professionalIds')}
            />
            <TextInput
              label={t('activities.fields.minutes')}
              inputMode="numeric"
              autoComplete="off"
              {...field('minutes')}
            />
            <MoneyInput
              label={t('activities.fields.cost')}
              currency={session.workspace.currency}
              value={form.getValues().cost}
              onChange={(text) => form.setFieldValue('cost', text)}
              error={form.errors.cost ?? serverErrors.cost}
            />
            <TextInput
              type="date"
              label={t('activities.fields.followUpOn')}
              {...field('followUpOn')}
            />
            <TextInput label={t('activities.fields.followUpNote')} {...field('followUpNote')} />
            <Select
              label={t('activities.fields.duty')}
              description={t('activities.hints.duty')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              placeholder={t('activities.hints.noDuty')}
              clearable
              clearButtonProps={{ 'aria-label': t('activities.hints.noDuty') }}
              data={yearlyDutyKeys.map((duty) => ({
                value: duty,
                label: t(`activities.duties.${duty}`),
              }))}
              {...field('duty')}
              onChange={(value) =>
                form.setFieldValue('duty', (value ?? null) as RecordedDutyKey | null)
              }
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
