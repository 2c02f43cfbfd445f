// Chooses the person who made the referral: a contact person at the referring organisation.
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { useContact } from '../contacts/queries.ts';

export function ReferrerContactPicker(props: {
  organizationId: string | null;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: unknown;
}) {
  const { t } = useTranslation();
  const contacts = useQuery({
    queryKey: ['contacts', props.organizationId, 'all'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/contacts', {
          params: { path: { id: props.organizationId ?? '' }, query: { include: 'all' } },
        }),
      ),
    enabled: Boolean(props.organizationId),
  });
  const chosen = useContact(props.value);
  const options = (contacts.data?.items ?? []).map((contact) => ({
    value: contact.id,
    label: contact.displayName,
  }));
  if (props.value && !options.some((option) => option.value === props.value)) {
    options.unshift({ value: props.value, label: chosen.data?.displayName ?? '…' });
  }
  return (
    <Select
      label={t('organizations.fields.referredByContact')}
      description={
        props.organizationId ? undefined : t('organizations.hints.referredByContactFirst')
      }
      data={options}
      value={props.value}
      onChange={props.onChange}
      disabled={!props.organizationId && !props.value}
      searchable
      clearable
      nothingFoundMessage={t('contacts.empty')}
      error={typeof props.error === 'string' ? props.error : undefined}
    />
  );
}
