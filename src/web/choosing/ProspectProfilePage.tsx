// The prospect profile page (method.md §3.7): the ideal prospect drawn from the top clients,
// edited by the firm if it likes, and every prospect sorted by how well it fits.
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { categoryLabel } from './choosingLabels.ts';
import { SchemePicker } from './SchemePicker.tsx';
import { ProspectFitTable } from './ProspectFitTable.tsx';
import { ProspectProfileCard } from './ProspectProfileCard.tsx';
import { useProspectFits, useProspectProfile } from './prospectQueries.ts';
import { useSchemes } from './queries.ts';

export function ProspectProfilePage() {
  const { t } = useTranslation();
  const { manageCategories } = usePermissions();
  const [params, setParams] = useSearchParams();
  const schemeId = params.get('scheme') ?? undefined;
  const schemes = useSchemes();
  const profile = useProspectProfile(schemeId);
  const fits = useProspectFits(schemeId);

  const profileSection = () => {
    if (profile.isPending) return <Loading />;
    if (profile.error)
      return <LoadFailed error={profile.error} retry={() => void profile.refetch()} />;
    const data = profile.data;
    const scheme = schemes.data?.find((candidate) => candidate.id === data.schemeId);
    const top = data.topCategory ?? '';
    return (
      <Stack gap="md">
        {data.classifiedAt === null && (
          <Alert color="teal" variant="light">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('prospects.notClassified')}</Text>
              <Button component={Link} to="/clients/scoring" size="xs" variant="light">
                {t('prospects.notClassifiedAction')}
              </Button>
            </Stack>
          </Alert>
        )}
        <ProspectProfileCard
          profile={data}
          categoryLabel={categoryLabel(top, scheme?.categories ?? [], t)}
          canManage={manageCategories}
        />
      </Stack>
    );
  };

  const fitSection = () => {
    if (fits.isPending) return <Loading />;
    if (fits.error) return <LoadFailed error={fits.error} retry={() => void fits.refetch()} />;
    const { items, source } = fits.data;
    if (items.length === 0)
      return (
        <Alert color="gray" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('prospects.list.empty')}</Text>
            <Button component={Link} to="/organizations/new" size="xs" variant="light">
              {t('prospects.list.emptyAction')}
            </Button>
          </Stack>
        </Alert>
      );
    return (
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t(`prospects.list.source.${source}`)}
          </Text>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('prospects.list.count', { count: items.length })}
          </Text>
        </Group>
        <ProspectFitTable items={items} />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('prospects.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('prospects.intro')}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <SchemePicker
            schemes={schemes.data}
            label={t('prospects.scheme')}
            value={schemeId ?? profile.data?.schemeId ?? null}
            onChange={(value) => setParams({ scheme: value })}
            size="xs"
            w={220}
          />
          <Anchor component={Link} to="/clients/scoring" size="sm">
            <Group gap={4}>
              <IconListNumbers size={16} />
              {t('prospects.matrixLink')}
            </Group>
          </Anchor>
        </Group>
      </Group>
      {profileSection()}
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('prospects.list.title')}
        </Title>
        {fitSection()}
      </Stack>
    </Stack>
  );
}
