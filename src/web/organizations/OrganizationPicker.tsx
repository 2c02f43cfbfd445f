// Chooses another organisation by typing part of its name.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';

export function OrganizationPicker(props: {
  label: string;
  description?: string;
  value: string | null;
  initialName?: string | null;
  excludeId?: string;
  onChange: (id: string | null) => void;
  error?: unknown;
  /** Takes the focus when its dialog opens. */
  autoFocus?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 200);
  const found = useQuery({
    queryKey: ['organizations', 'picker', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { ...(q ? { q } : {}), limit: 20 } },
        }),
      ),
  });
  const options = (found.data?.items ?? [])
    .filter((organization) => organization.id !== props.excludeId)
    .map((organization) => ({ value: organization.id, label: organization.name }));
  if (props.value && !options.some((option) => option.value === props.value)) {
    options.unshift({ value: props.value, label: props.initialName ?? '…' });
  }
  return (
    <Select
      label={props.label}
      description={props.description}
      data={options}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage="—"
      error={typeof props.error === 'string' ? props.error : undefined}
      data-autofocus={props.autoFocus || undefined}
    />
  );
}
