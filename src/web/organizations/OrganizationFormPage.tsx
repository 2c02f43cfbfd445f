// The pages for a new organisation and for changing one.
import { Paper, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client.ts';
import { notifyDone } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { OrganizationForm, type OrganizationInput } from './OrganizationForm.tsx';
import { useOrganization, useRefreshOrganizations } from './queries.ts';

export function OrganizationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshOrganizations();
  const create = useMutation({
    mutationFn: (input: OrganizationInput) =>
      unwrap(api.POST('/api/v1/organizations', { body: input })),
    onSuccess: async (organization) => {
      await refresh();
      notifyDone(t('organizations.created', { name: organization.name }));
      void navigate(`/organizations/${organization.id}`, { replace: true });
    },
  });
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t('organizations.newTitle')}
      </Title>
      <Paper withBorder p="lg">
        <OrganizationForm
          submitLabel={t('app.save')}
          busy={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
          onCancel={() => void navigate('/organizations')}
        />
      </Paper>
    </Stack>
  );
}

export function OrganizationEditPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const refresh = useRefreshOrganizations();
  const organization = useOrganization(id);
  const referredBy = useOrganization(organization.data?.referredByOrganizationId ?? '');
  const save = useMutation({
    mutationFn: (input: OrganizationInput) =>
      unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body: input })),
    onSuccess: async (saved) => {
      await refresh(id);
      notifyDone(t('contacts.saved', { name: saved.name }));
      void navigate(`/organizations/${id}`);
    },
  });
  if (organization.isPending) return <Loading />;
  if (organization.error) return <LoadFailed error={organization.error} />;
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t('organizations.editTitle', { name: organization.data.name })}
      </Title>
      <Paper withBorder p="lg">
        <OrganizationForm
          organization={organization.data}
          referredByName={referredBy.data?.name ?? null}
          submitLabel={t('app.save')}
          busy={save.isPending}
          error={save.error}
          onSubmit={(input) => save.mutate(input)}
          onCancel={() => void navigate(`/organizations/${id}`)}
        />
      </Paper>
    </Stack>
  );
}
