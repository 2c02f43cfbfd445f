// The service concept per category (method §5): how the firm treats the clients of each
// category, as norms the product can check; set by hand or from the method's examples.
import { Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { categoryLabel } from '../choosing/choosingLabels.ts';
import { SchemePicker } from '../choosing/SchemePicker.tsx';
import { useSchemes } from '../choosing/queries.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { WinBackPolicies } from '../lost-clients/WinBackPolicies.tsx';
import { ServiceConceptCard } from './ServiceConceptCard.tsx';
import {
  useApplyServicePreset,
  useServiceConcepts,
  type ServicePreset,
} from './serviceConceptQueries.ts';

const presets: readonly ServicePreset[] = ['freelancerAbc', 'expressDelivery'];
/** How many categories each preset sets, best first. */
const presetSize: Record<ServicePreset, number> = { freelancerAbc: 3, expressDelivery: 3 };

export function ServiceConceptsPage() {
  const { t } = useTranslation();
  const { manageCategories } = usePermissions();
  const [params, setParams] = useSearchParams();
  const schemes = useSchemes();
  const scheme =
    schemes.data?.find((s) => s.id === params.get('scheme')) ??
    schemes.data?.find((s) => s.isPrimary) ??
    schemes.data?.[0];
  const concepts = useServiceConcepts(scheme?.id);
  const [preset, setPreset] = useState<ServicePreset | null>(null);
  const apply = useApplyServicePreset();

  if (schemes.isError)
    return <LoadFailed error={schemes.error} retry={() => void schemes.refetch()} />;
  if (concepts.isError)
    return <LoadFailed error={concepts.error} retry={() => void concepts.refetch()} />;
  if (!scheme || !concepts.data) return <Loading />;

  const nameOf = (key: string) => categoryLabel(key, scheme.categories, t);
  const overwritten = (key: ServicePreset) =>
    scheme.categories
      .slice(0, presetSize[key])
      .map((category) => nameOf(category.key))
      .join(', ');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('service.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('service.intro')}
          </Text>
        </div>
        <Group align="flex-end">
          <SchemePicker
            schemes={schemes.data}
            label={t('service.scheme')}
            value={scheme.id}
            onChange={(id) =>
              setParams((current) => {
                current.set('scheme', id);
                return current;
              })
            }
          />
          {manageCategories ? (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="light" rightSection={<IconChevronDown size={14} />}>
                  {t('service.presets.button')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {presets.map((key) => (
                  <Menu.Item key={key} onClick={() => setPreset(key)}>
                    {t(`service.presets.${key}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>
      </Group>
      {concepts.data.items.map((concept) => (
        <ServiceConceptCard
          key={`${scheme.id}:${concept.categoryKey}`}
          schemeId={scheme.id}
          concept={concept}
          categoryName={nameOf(concept.categoryKey)}
          readOnly={!manageCategories}
        />
      ))}
      <WinBackPolicies schemeId={scheme.id} nameOf={nameOf} readOnly={!manageCategories} />
      <ConfirmDialog
        opened={preset !== null}
        title={
          preset
            ? t('service.presets.confirmTitle', { preset: t(`service.presets.${preset}`) })
            : ''
        }
        text={preset ? t('service.presets.confirmText', { categories: overwritten(preset) }) : ''}
        confirmLabel={t('service.presets.confirm')}
        busy={apply.isPending}
        onClose={() => setPreset(null)}
        onConfirm={() =>
          preset &&
          apply.mutate(
            { schemeId: scheme.id, preset },
            {
              onSuccess: () => {
                notifyDone(t('service.presets.done'));
                setPreset(null);
              },
              onError: notifyError,
            },
          )
        }
      />
    </Stack>
  );
}
