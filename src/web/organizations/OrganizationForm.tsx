// The fields of an organisation, for a new one and for changes; the server's field errors
// appear at the fields they name.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useWindowEvent } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client.ts';
import { useUsers } from '../app/users.ts';
import { errorMessage, fieldErrors } from '../ui/errors.ts';
import { relationLevelOptions, sizeClasses, statusOptions } from '../ui/options.ts';
import { OrganizationPicker } from './OrganizationPicker.tsx';
import { ReferrerContactPicker } from './ReferrerContactPicker.tsx';

type Organization = Schemas['Organization'];
export type OrganizationInput = Schemas['OrganizationCreate'];

type Values = {
  name: string;
  legalName: string;
  kvkNumber: string;
  sector: string;
  sizeClass: string | null;
  city: string;
  region: string;
  website: string;
  status: Organization['status'];
  relationLevel: Organization['relationLevel'];
  relationshipManagerId: string | null;
  secondProfessionalId: string | null;
  clientSince: string;
  clientUntil: string;
  referredByOrganizationId: string | null;
  referredByContactId: string | null;
  customerCode: string;
  oneOff: boolean;
  notes: string;
};

function toValues(organization?: Organization): Values {
  return {
    name: organization?.name ?? '',
    legalName: organization?.legalName ?? '',
    kvkNumber: organization?.kvkNumber ?? '',
    sector: organization?.sector ?? '',
    sizeClass: organization?.sizeClass ?? null,
    city: organization?.city ?? '',
    region: organization?.region ?? '',
    website: organization?.website ?? '',
    status: organization?.status ?? 'client',
    relationLevel: organization?.relationLevel ?? 'other',
    relationshipManagerId: organization?.relationshipManagerId ?? null,
    secondProfessionalId: organization?.secondProfessionalId ?? null,
    clientSince: organization?.clientSince ?? '',
    clientUntil: organization?.clientUntil ?? '',
    referredByOrganizationId: organization?.referredByOrganizationId ?? null,
    referredByContactId: organization?.referredByContactId ?? null,
    customerCode: organization?.customerCode ?? '',
    oneOff: organization?.oneOff ?? false,
    notes: organization?.notes ?? '',
  };
}

function toInput(values: Values): OrganizationInput {
  const { clientUntil, ...rest } = values;
  return {
    ...rest,
    sizeClass: (values.sizeClass ?? null) as OrganizationInput['sizeClass'],
    clientSince: values.clientSince || null,
    // left empty, the server sets the firm's day when a client becomes a former client
    ...(values.status === 'former' && clientUntil ? { clientUntil } : {}),
  };
}

export function OrganizationForm(props: {
  organization?: Organization;
  referredByName?: string | null;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: OrganizationInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const users = useUsers();
  const form = useForm<Values>({
    initialValues: toValues(props.organization),
    validate: {
      name: (value) => (value.trim() ? null : t('app.required')),
      kvkNumber: (value) =>
        value.trim() === '' || /^\d{8}$/.test(value.replace(/[\s.-]/g, ''))
          ? null
          : t('organizations.hints.kvkNumber'),
    },
  });
  useWindowEvent('beforeunload', (event) => {
    if (form.isDirty() && !props.busy) event.preventDefault();
  });
  const serverErrors = fieldErrors(props.error);
  const userOptions = (users.data ?? [])
    .filter((user) => !user.disabled && user.role !== 'viewer')
    .map((user) => ({ value: user.id, label: user.name }));
  const field = (name: keyof Values) => {
    const props = form.getInputProps(name);
    return { ...props, error: props.error ?? serverErrors[name] };
  };

  return (
    <form onSubmit={form.onSubmit((values) => props.onSubmit(toInput(values)))} noValidate>
      <Stack>
        {props.error !== null && props.error !== undefined && (
          <Alert color="red" role="alert">
            {Object.keys(serverErrors).length ? t('app.fixFields') : errorMessage(props.error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('organizations.fields.name')} required autoFocus {...field('name')} />
          <TextInput label={t('organizations.fields.legalName')} {...field('legalName')} />
          <TextInput
            label={t('organizations.fields.kvkNumber')}
            description={t('organizations.hints.kvkNumber')}
            inputMode="numeric"
            {...field('kvkNumber')}
          />
          <TextInput
            label={t('organizations.fields.customerCode')}
            description={t('organizations.hints.customerCode')}
            {...field('customerCode')}
          />
          <TextInput label={t('organizations.fields.sector')} {...field('sector')} />
          <Select
            label={t('organizations.fields.sizeClass')}
            data={[...sizeClasses]}
            clearable
            {...field('sizeClass')}
          />
          <TextInput
            label={t('organizations.fields.website')}
            description={t('organizations.hints.website')}
            {...field('website')}
          />
          <TextInput label={t('organizations.fields.city')} {...field('city')} />
          <TextInput label={t('organizations.fields.region')} {...field('region')} />
          <Select
            label={t('organizations.fields.status')}
            data={statusOptions(t)}
            allowDeselect={false}
            {...field('status')}
          />
          <Select
            label={t('organizations.fields.relationLevel')}
            data={relationLevelOptions(t)}
            allowDeselect={false}
            {...field('relationLevel')}
          />
          <Select
            label={t('organizations.fields.relationshipManager')}
            data={userOptions}
            clearable
            searchable
            {...field('relationshipManagerId')}
          />
          <Select
            label={t('organizations.fields.secondProfessional')}
            data={userOptions}
            clearable
            searchable
            {...field('secondProfessionalId')}
          />
          {/* the recorded day, not the relationship length's start (the first invoice or
              assignment, decision 0020): the hint says which counts from which */}
          <TextInput
            type="date"
            label={t('organizations.fields.clientSince')}
            description={t('organizations.hints.clientSince')}
            {...field('clientSince')}
          />
          {form.values.status === 'former' && (
            <TextInput
              type="date"
              label={t('organizations.fields.clientUntil')}
              description={t('organizations.hints.clientUntil')}
              {...field('clientUntil')}
            />
          )}
          <OrganizationPicker
            label={t('organizations.fields.referredBy')}
            description={t('organizations.hints.referredBy')}
            value={form.values.referredByOrganizationId}
            initialName={props.referredByName ?? null}
            {...(props.organization ? { excludeId: props.organization.id } : {})}
            onChange={(id) => {
              form.setFieldValue('referredByOrganizationId', id);
              form.setFieldValue('referredByContactId', null);
            }}
            error={serverErrors.referredByOrganizationId}
          />
          <ReferrerContactPicker
            organizationId={form.values.referredByOrganizationId}
            value={form.values.referredByContactId}
            onChange={(id) => form.setFieldValue('referredByContactId', id)}
            error={serverErrors.referredByContactId}
          />
        </SimpleGrid>
        <Checkbox
          label={t('organizations.fields.oneOff')}
          description={t('organizations.hints.oneOff')}
          {...form.getInputProps('oneOff', { type: 'checkbox' })}
        />
        <Textarea
          label={t('organizations.fields.notes')}
          autosize
          minRows={3}
          {...field('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('app.cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
