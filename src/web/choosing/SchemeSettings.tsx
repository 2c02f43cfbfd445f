// The firm's category schemes (method.md §3.3–3.4): each with its kind, categories best first and
// ranking method; a scheme is added from a preset or as the firm's own, renamed, given another
// ranking method, made the primary one or deleted. Only owners, partners and managers change them.
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { notifyDone } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { CardTable } from '../shared/CardTable.tsx';
import { CategoryBadge } from './CategoryBadge.tsx';
import { categoryLabel, schemeLabel } from './choosingLabels.ts';
import { useSchemes, type Scheme } from './queries.ts';
import { SchemeCreateDialog } from './SchemeCreateDialog.tsx';
import { SchemeDeleteDialog } from './SchemeDeleteDialog.tsx';
import { SchemeErrorAlert } from './SchemeErrorAlert.tsx';
import { SchemeMethodDialog } from './SchemeMethodDialog.tsx';
import { useMakePrimaryScheme } from './schemeQueries.ts';
import { SchemeRenameDialog } from './SchemeRenameDialog.tsx';

type Editing = { scheme: Scheme; what: 'rename' | 'method' | 'delete' };

export function SchemeSettings() {
  const { t } = useTranslation();
  const { manageCategories } = usePermissions();
  const schemes = useSchemes();
  const makePrimary = useMakePrimaryScheme();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = () => setEditing(null);
  const editingOf = (what: Editing['what']) => (editing?.what === what ? editing.scheme : null);

  const body = () => {
    if (schemes.isPending) return <Loading />;
    if (schemes.error)
      return <LoadFailed error={schemes.error} retry={() => void schemes.refetch()} />;
    if (schemes.data.length === 0)
      return (
        <Alert color="gray" variant="light">
          {t('choosing.schemeEditor.empty')}
        </Alert>
      );
    return (
      <CardTable fz="sm" verticalSpacing={8} data-testid="scheme-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('choosing.schemeEditor.columns.name')}</Table.Th>
            <Table.Th>{t('choosing.schemeEditor.columns.kind')}</Table.Th>
            <Table.Th>{t('choosing.schemeEditor.columns.categories')}</Table.Th>
            <Table.Th>{t('choosing.schemeEditor.columns.method')}</Table.Th>
            {manageCategories && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schemes.data.map((scheme) => {
            const label = schemeLabel(scheme, t);
            return (
              <Table.Tr key={scheme.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {label}
                    </Text>
                    {scheme.isPrimary && (
                      <Tooltip label={t('choosing.schemeEditor.primaryHelp')}>
                        <Badge size="xs" variant="light" tabIndex={0}>
                          {t('choosing.schemeEditor.primary')}
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td data-label={t('choosing.schemeEditor.columns.kind')}>
                  {t(`choosing.schemeEditor.kinds.${scheme.kind}`)}
                </Table.Td>
                <Table.Td data-label={t('choosing.schemeEditor.columns.categories')}>
                  <Group gap={4}>
                    {scheme.categories.map((category) => (
                      <CategoryBadge
                        key={category.key}
                        categoryKey={category.key}
                        categories={scheme.categories}
                      />
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td data-label={t('choosing.schemeEditor.columns.method')}>
                  <Text size="sm">{t(`choosing.schemeEditor.methods.${scheme.method.kind}`)}</Text>
                  <LevelsSummary scheme={scheme} />
                </Table.Td>
                {manageCategories && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => setEditing({ scheme, what: 'rename' })}
                        aria-label={`${t('choosing.schemeEditor.rename')}: ${label}`}
                      >
                        {t('choosing.schemeEditor.rename')}
                      </Button>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => setEditing({ scheme, what: 'method' })}
                        aria-label={`${t('choosing.schemeEditor.changeMethod')}: ${label}`}
                      >
                        {t('choosing.schemeEditor.changeMethod')}
                      </Button>
                      {!scheme.isPrimary && scheme.kind === 'value' && (
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          loading={makePrimary.isPending && makePrimary.variables === scheme.id}
                          onClick={() =>
                            makePrimary.mutate(scheme.id, {
                              onSuccess: () =>
                                notifyDone(t('choosing.schemeEditor.madePrimary', { name: label })),
                            })
                          }
                          aria-label={`${t('choosing.schemeEditor.makePrimary')}: ${label}`}
                        >
                          {t('choosing.schemeEditor.makePrimary')}
                        </Button>
                      )}
                      {!scheme.isPrimary && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          onClick={() => setEditing({ scheme, what: 'delete' })}
                          aria-label={`${t('choosing.schemeEditor.remove')}: ${label}`}
                        >
                          {t('choosing.schemeEditor.remove')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </CardTable>
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('choosing.schemeEditor.intro')}
        </Text>
        <Anchor component={Link} to="/clients/scoring" size="sm">
          {t('choosing.schemeEditor.openMatrix')}
        </Anchor>
      </Group>
      {!manageCategories && (
        <Alert color="gray" variant="light">
          {t('choosing.schemeEditor.readOnly')}
        </Alert>
      )}
      {manageCategories && (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('choosing.schemeEditor.new')}
          </Button>
        </Group>
      )}
      <SchemeErrorAlert error={makePrimary.error} />
      {body()}
      {manageCategories && schemes.data && schemes.data.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('choosing.schemeEditor.primaryKept')} {t('choosing.schemeEditor.onlyValuePrimary')}
        </Text>
      )}
      <SchemeCreateDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={() => setCreating(false)}
      />
      <SchemeRenameDialog scheme={editingOf('rename')} onClose={close} />
      <SchemeMethodDialog scheme={editingOf('method')} onClose={close} />
      <SchemeDeleteDialog scheme={editingOf('delete')} onClose={close} />
    </Stack>
  );
}

/** Per category of a meets method, how many of its minimums must be met. */
function LevelsSummary({ scheme }: { scheme: Scheme }) {
  const { t } = useTranslation();
  const { method } = scheme;
  if (method.kind === 'weightedGrade') return null;
  const texts = method.levels.map((level) => {
    const category = categoryLabel(level.categoryKey, scheme.categories, t);
    const count = Object.keys(level.minimums).length;
    return 'atLeast' in level
      ? t('choosing.schemeEditor.levelXofY', { category, count, atLeast: level.atLeast })
      : t('choosing.schemeEditor.levelAll', { category, count });
  });
  return (
    <Text size="xs" c="dimmed">
      {texts.join(' · ')}
    </Text>
  );
}
