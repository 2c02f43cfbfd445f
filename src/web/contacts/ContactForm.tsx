// The fields of a contact person; the infix ("van der") has its own field.
import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client.ts';
import { errorMessage, fieldErrors } from '../ui/errors.ts';
import { dmuRoleOptions } from '../ui/options.ts';

type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactCreate'];

type Values = {
  firstName: string;
  infix: string;
  lastName: string;
  jobTitle: string;
  dmuRole: string | null;
  email: string;
  phone: string;
  birthday: string;
  activeFrom: string;
  notes: string;
};

export function ContactForm(props: {
  contact?: Contact;
  busy: boolean;
  error: unknown;
  onSubmit: (input: ContactInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const c = props.contact;
  const form = useForm<Values>({
    initialValues: {
      firstName: c?.firstName ?? '',
      infix: c?.infix ?? '',
      lastName: c?.lastName ?? '',
      jobTitle: c?.jobTitle ?? '',
      dmuRole: c?.dmuRole ?? null,
      email: c?.email ?? '',
      phone: c?.phone ?? '',
      birthday: c?.birthday ?? '',
      activeFrom: c?.activeFrom ?? '',
      notes: c?.notes ?? '',
    },
    validate: {
      firstName: (value) => (value.trim() ? null : t('app.required')),
      lastName: (value) => (value.trim() ? null : t('app.required')),
    },
  });
  const serverErrors = fieldErrors(props.error);
  const field = (name: keyof Values) => {
    const input = form.getInputProps(name);
    return { ...input, error: input.error ?? serverErrors[name] };
  };
  const submit = (values: Values) =>
    props.onSubmit({
      ...values,
      dmuRole: (values.dmuRole ?? null) as ContactInput['dmuRole'],
      birthday: values.birthday || null,
      activeFrom: values.activeFrom || null,
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        {props.error !== null && props.error !== undefined && (
          <Alert color="red" role="alert">
            {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(props.error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('contacts.fields.firstName')}
            required
            data-autofocus
            {...field('firstName')}
          />
          <TextInput
            label={t('contacts.fields.infix')}
            description={t('contacts.hints.infix')}
            {...field('infix')}
          />
          <TextInput label={t('contacts.fields.lastName')} required {...field('lastName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('contacts.fields.jobTitle')} {...field('jobTitle')} />
          <Select
            label={t('contacts.fields.dmuRole')}
            data={dmuRoleOptions(t)}
            clearable
            {...field('dmuRole')}
          />
          <TextInput label={t('contacts.fields.email')} type="email" {...field('email')} />
          <TextInput label={t('contacts.fields.phone')} type="tel" {...field('phone')} />
          <TextInput label={t('contacts.fields.birthday')} type="date" {...field('birthday')} />
          <TextInput label={t('contacts.fields.activeFrom')} type="date" {...field('activeFrom')} />
        </SimpleGrid>
        <Textarea label={t('contacts.fields.notes')} autosize minRows={2} {...field('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
