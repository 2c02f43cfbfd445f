// One organisation: its details, contact persons and history; edit, archive, restore.
import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AccountTeamSection } from '../account-team/AccountTeamSection.tsx';
import { ActivitiesSection } from '../activities/ActivitiesSection.tsx';
import { api, unwrap } from '../api/client.ts';
import { CallBacksSection } from '../call-backs/CallBacksSection.tsx';
import { ComplaintsSection } from '../complaints/ComplaintsSection.tsx';
import { usePermissions } from '../app/session.tsx';
import { useUserNames } from '../app/users.ts';
import { ClientCategorySection } from '../choosing/ClientCategorySection.tsx';
import { ContactsSection } from '../contacts/ContactsSection.tsx';
import { useContact } from '../contacts/queries.ts';
import { formatDate } from '../format.ts';
import { GiftsSection } from '../gifts/GiftsSection.tsx';
import { HistorySection } from '../history/HistorySection.tsx';
import { useLanguage } from '../i18n/index.ts';
import { EvaluationsSection } from '../satisfaction/EvaluationsSection.tsx';
import { ClientLossSection } from '../lost-clients/ClientLossSection.tsx';
import { ProposalsSection } from '../proposals/ProposalsSection.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { closeLabel, notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useOrganization, useRefreshOrganizations } from './queries.ts';
import { ClientFiguresSection } from './ClientFiguresSection.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { SurveyRequestsSection } from '../surveys/SurveyRequestsSection.tsx';

export function OrganizationDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useParams().id ?? '';
  const permissions = usePermissions();
  const names = useUserNames();
  const organization = useOrganization(id);
  const referredBy = useOrganization(organization.data?.referredByOrganizationId ?? '');
  const referringContact = useContact(organization.data?.referredByContactId ?? null);
  const refresh = useRefreshOrganizations();
  const [confirming, setConfirming] = useState(false);

  const restore = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{id}/restore', { params: { path: { id } } })),
    onSuccess: async (restored) => {
      await refresh(id);
      notifyDone(t('organizations.restoredDone', { name: restored.name }));
    },
    onError: notifyError,
  });
  const archive = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/organizations/{id}/archive', { params: { path: { id } } })),
    onSuccess: async (archived) => {
      setConfirming(false);
      await refresh(id);
      notifications.show({
        ...closeLabel(),
        color: 'teal',
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('organizations.archivedDone', { name: archived.name })}</Text>
            <Button size="compact-xs" variant="light" onClick={() => restore.mutate()}>
              {t('app.undo')}
            </Button>
          </Group>
        ),
      });
    },
    onError: (error) => {
      setConfirming(false);
      notifyError(error);
    },
  });

  if (organization.isPending) return <Loading />;
  if (organization.error) {
    return (
      <Stack align="flex-start">
        <LoadFailed error={organization.error} />
        <Button component={Link} to="/organizations" variant="light">
          {t('app.backHome')}
        </Button>
      </Stack>
    );
  }
  const o = organization.data;
  const userName = (userId: string | null) => (userId ? (names.get(userId) ?? '') : null);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor component={Link} to="/organizations" size="sm">
            ← {t('organizations.title')}
          </Anchor>
          <Group gap="sm">
            <Title order={1} size="h2">
              {o.name}
            </Title>
            <StatusBadge status={o.status} />
            {o.archivedAt && (
              <Badge color="gray" variant="outline">
                {t('organizations.archived')}
              </Badge>
            )}
          </Group>
          {o.legalName && (
            <Text size="sm" c="dimmed">
              {o.legalName}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {permissions.write && !o.archivedAt && (
            <Button
              component={Link}
              to={`/organizations/${id}/edit`}
              leftSection={<IconPencil size={16} />}
              variant="light"
            >
              {t('app.edit')}
            </Button>
          )}
          {permissions.archive &&
            (o.archivedAt ? (
              <Button
                leftSection={<IconArrowBackUp size={16} />}
                variant="light"
                loading={restore.isPending}
                onClick={() => restore.mutate()}
              >
                {t('organizations.restore')}
              </Button>
            ) : (
              <Button
                leftSection={<IconArchive size={16} />}
                variant="subtle"
                color="red"
                onClick={() => setConfirming(true)}
              >
                {t('organizations.archive')}
              </Button>
            ))}
        </Group>
      </Group>

      <Section title={t('organizations.details')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
          <Fact label={t('organizations.fields.kvkNumber')}>{o.kvkNumber}</Fact>
          <Fact label={t('organizations.fields.customerCode')}>
            {o.customerCode}
            {o.oneOff && ` · ${t('organizations.fields.oneOff')}`}
          </Fact>
          <Fact label={t('organizations.fields.sector')}>{o.sector}</Fact>
          <Fact label={t('organizations.fields.sizeClass')}>{o.sizeClass}</Fact>
          <Fact label={t('organizations.fields.city')}>{o.city}</Fact>
          <Fact label={t('organizations.fields.region')}>{o.region}</Fact>
          <Fact label={t('organizations.fields.website')}>
            {o.website && (
              <Anchor href={o.website} target="_blank" rel="noopener noreferrer">
                {o.website.replace(/^https?:\/\//, '')}
              </Anchor>
            )}
          </Fact>
          <Fact label={t('organizations.fields.relationLevel')}>
            {t(`organizations.relationLevel.${o.relationLevel}`)}
          </Fact>
          <Fact label={t('organizations.fields.relationshipManager')}>
            {userName(o.relationshipManagerId)}
          </Fact>
          <Fact label={t('organizations.fields.secondProfessional')}>
            {userName(o.secondProfessionalId)}
          </Fact>
          <Fact label={t('organizations.fields.clientSince')}>
            {formatDate(o.clientSince, language)}
          </Fact>
          {o.status === 'former' && (
            <Fact label={t('organizations.fields.clientUntil')}>
              {formatDate(o.clientUntil, language)}
            </Fact>
          )}
          <Fact label={t('organizations.fields.referredBy')}>
            {o.referredByOrganizationId && (
              <Anchor component={Link} to={`/organizations/${o.referredByOrganizationId}`}>
                {referredBy.data?.name ?? '…'}
              </Anchor>
            )}
            {o.referredByOrganizationId && o.referredByContactId && ', '}
            {o.referredByContactId && (referringContact.data?.displayName ?? '…')}
          </Fact>
        </SimpleGrid>
        {o.notes && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed">
              {t('organizations.fields.notes')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {o.notes}
            </Text>
          </Stack>
        )}
      </Section>

      {o.status === 'client' && (
        <>
          <ClientCategorySection organizationId={id} archived={!!o.archivedAt} />
          <ClientFiguresSection organizationId={id} />
        </>
      )}
      <ClientLossSection
        organizationId={id}
        name={o.name}
        status={o.status}
        editable={permissions.write && !o.archivedAt}
      />
      <AccountTeamSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <ActivitiesSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <ProposalsSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <CallBacksSection
        organizationId={id}
        relationshipManagerId={o.relationshipManagerId}
        editable={permissions.write && !o.archivedAt}
      />
      {o.status !== 'prospect' && (
        <EvaluationsSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      )}
      <ComplaintsSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <GiftsSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <SurveyRequestsSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <ContactsSection organizationId={id} editable={permissions.write && !o.archivedAt} />
      <HistorySection entityType="organization" id={id} />

      <ConfirmDialog
        opened={confirming}
        title={t('organizations.archiveTitle', { name: o.name })}
        text={t('organizations.archiveText')}
        confirmLabel={t('organizations.archive')}
        busy={archive.isPending}
        onConfirm={() => archive.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty =
    children === null || children === undefined || children === '' || children === false;
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {empty ? t('app.none') : children}
      </Text>
    </Stack>
  );
}
