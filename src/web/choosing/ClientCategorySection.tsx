// A client's categories on its page (method.md §3.4, §3.6): the category per scheme, set by hand
// with a reason or committed; why it is there and what it takes to move up; the scores with
// every scorer's; the committed history; and the kinds of value beside the category.
import {
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { usePermissions } from '../app/session.tsx';
import { formatDate, formatDateTime, type Language } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { formatGrade } from './boundaries.ts';
import { CategoryBadge } from './CategoryBadge.tsx';
import { CategoryExplanation } from './CategoryExplanation.tsx';
import { CategoryOverrideDialog } from './CategoryOverrideDialog.tsx';
import { schemeLabel } from './choosingLabels.ts';
import { ClientScoresTable } from './ClientScoresTable.tsx';
import { standings, type ClientCategories } from './clientCategory.ts';
import {
  useCategoryExplanation,
  useClearOverride,
  useClientCategories,
  useClientScores,
} from './clientQueries.ts';
import { useCriteria, useSchemes, type Scheme } from './queries.ts';
import { ValueTagsField } from './ValueTagsField.tsx';

export function ClientCategorySection({
  organizationId,
  archived,
}: {
  organizationId: string;
  /** An archived organisation's category and tags are read, not changed. */
  archived: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const permissions = usePermissions();
  const criteria = useCriteria();
  const schemes = useSchemes();
  const categories = useClientCategories(organizationId);
  const scores = useClientScores(organizationId);
  const [chosenScheme, setChosenScheme] = useState<string | null>(null);
  const [overriding, setOverriding] = useState<Scheme | null>(null);
  const [clearing, setClearing] = useState<Scheme | null>(null);
  const clear = useClearOverride(organizationId);
  const criteriaOn = (criteria.data ?? []).some((criterion) => criterion.active);
  const rows = schemes.data && categories.data ? standings(schemes.data, categories.data) : [];
  const selected = rows.find((row) => row.scheme.id === chosenScheme) ?? rows[0];
  const explanation = useCategoryExplanation(organizationId, selected?.scheme.id, criteriaOn);

  const failed = criteria.error ?? schemes.error ?? categories.error;
  const body = failed ? (
    <LoadFailed error={failed} />
  ) : criteria.isPending || schemes.isPending || categories.isPending ? (
    <Loading />
  ) : !criteriaOn ? (
    <Stack gap="xs" align="flex-start">
      <Text size="sm" c="dimmed">
        {t('clientCategory.noCriteria')}
      </Text>
      <Button component={Link} to="/settings/criteria" size="xs" variant="light">
        {t('clientCategory.chooseCriteria')}
      </Button>
    </Stack>
  ) : (
    <Stack gap="md">
      <Stack gap={6}>
        {rows.map((row) => (
          // on a narrow screen the reason and the buttons take lines of their own
          <Group key={row.scheme.id} gap="sm" align="center">
            <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
              {schemeLabel(row.scheme, t)}
            </Text>
            {row.category === null ? (
              <Text size="sm" c="dimmed" fs="italic">
                {t('clientCategory.notClassified')}
              </Text>
            ) : (
              <CategoryBadge categoryKey={row.category} categories={row.scheme.categories} />
            )}
            {row.override ? (
              <Text
                size="sm"
                style={{ flex: '1 1 12rem', minWidth: 0, overflowWrap: 'break-word' }}
              >
                <Badge variant="outline" color="orange" size="sm" radius="sm" mr={6}>
                  {t('clientCategory.setByHand')}
                </Badge>
                {row.override.reason}
              </Text>
            ) : (
              row.committed && (
                <Text size="xs" c="dimmed">
                  {t('clientCategory.committedOn', {
                    date: formatDate(row.committed.createdAt, language),
                  })}
                </Text>
              )
            )}
            {permissions.manageCategories && !archived && (
              <Group gap={4} ml="auto" wrap="nowrap" style={{ flexShrink: 0 }}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setOverriding(row.scheme)}
                  aria-label={`${row.override ? t('clientCategory.override.change') : t('clientCategory.override.set')}: ${schemeLabel(row.scheme, t)}`}
                >
                  {row.override
                    ? t('clientCategory.override.change')
                    : t('clientCategory.override.set')}
                </Button>
                {row.override && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setClearing(row.scheme)}
                    aria-label={`${t('clientCategory.override.clear')}: ${schemeLabel(row.scheme, t)}`}
                  >
                    {t('clientCategory.override.clear')}
                  </Button>
                )}
              </Group>
            )}
          </Group>
        ))}
      </Stack>
      {selected && selected.category === null && (
        <Text size="sm" c="dimmed">
          {t('clientCategory.notClassifiedText')}{' '}
          <Anchor component={Link} to="/clients/scoring" size="sm">
            {t('clientCategory.openMatrix')}
          </Anchor>
        </Text>
      )}

      <Tabs defaultValue="explain" keepMounted={false}>
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
          <Tabs.List>
            <Tabs.Tab value="explain">{t('clientCategory.tabs.explain')}</Tabs.Tab>
            <Tabs.Tab value="scores">{t('clientCategory.tabs.scores')}</Tabs.Tab>
            <Tabs.Tab value="history">{t('clientCategory.tabs.history')}</Tabs.Tab>
          </Tabs.List>
          {rows.length > 1 && selected && (
            <SegmentedControl
              size="xs"
              aria-label={t('clientCategory.scheme')}
              value={selected.scheme.id}
              onChange={setChosenScheme}
              data={rows.map((row) => ({
                value: row.scheme.id,
                label: schemeLabel(row.scheme, t),
              }))}
            />
          )}
        </Group>
        <Tabs.Panel value="explain" pt="sm">
          {explanation.isPending ? (
            <Loading />
          ) : explanation.error ? (
            explanation.error instanceof ApiError && explanation.error.code === 'conflict' ? (
              <Text size="sm" c="dimmed">
                {t('clientCategory.notClassified')}
              </Text>
            ) : (
              <LoadFailed error={explanation.error} retry={() => void explanation.refetch()} />
            )
          ) : (
            <CategoryExplanation explanation={explanation.data} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="scores" pt="sm">
          {scores.isPending ? (
            <Loading />
          ) : scores.error ? (
            <LoadFailed error={scores.error} retry={() => void scores.refetch()} />
          ) : (
            <ClientScoresTable
              organizationId={organizationId}
              rows={scores.data}
              canWrite={permissions.write && !archived}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <CategoryHistory
            history={categories.data?.history ?? []}
            schemes={schemes.data ?? []}
            language={language}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );

  return (
    <Section title={t('clientCategory.title')} testId="client-category">
      {body}
      <Divider my="md" />
      <ValueTagsField organizationId={organizationId} canWrite={permissions.write && !archived} />

      {overriding && (
        <CategoryOverrideDialog
          organizationId={organizationId}
          scheme={overriding}
          initial={{
            category:
              rows.find((row) => row.scheme.id === overriding.id)?.category ??
              overriding.categories[0]?.key ??
              null,
            reason: rows.find((row) => row.scheme.id === overriding.id)?.override?.reason ?? '',
          }}
          onClose={() => setOverriding(null)}
        />
      )}
      <ConfirmDialog
        opened={clearing !== null}
        title={t('clientCategory.override.clearTitle')}
        text={t('clientCategory.override.clearText')}
        confirmLabel={t('clientCategory.override.clear')}
        busy={clear.isPending}
        onConfirm={() =>
          clearing &&
          clear.mutate(clearing.id, {
            onSuccess: () => {
              setClearing(null);
              notifyDone(t('clientCategory.override.cleared'));
            },
            onError: (error) => {
              setClearing(null);
              notifyError(error);
            },
          })
        }
        onClose={() => setClearing(null)}
      />
    </Section>
  );
}

function CategoryHistory(props: {
  history: ClientCategories['history'];
  schemes: readonly Scheme[];
  language: Language;
}) {
  const { t } = useTranslation();
  if (props.history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('clientCategory.history.empty')}
      </Text>
    );
  return (
    <Table fz="sm" verticalSpacing={4} data-testid="category-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clientCategory.history.columns.date')}</Table.Th>
          <Table.Th>{t('clientCategory.history.columns.scheme')}</Table.Th>
          <Table.Th>{t('clientCategory.history.columns.category')}</Table.Th>
          <Table.Th ta="right">{t('clientCategory.history.columns.grade')}</Table.Th>
          <Table.Th>{t('clientCategory.history.columns.by')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.history.map((entry) => {
          const scheme = props.schemes.find((s) => s.id === entry.schemeId);
          return (
            <Table.Tr key={`${entry.classificationId}`}>
              <Table.Td>{formatDateTime(entry.createdAt, props.language)}</Table.Td>
              <Table.Td>{scheme ? schemeLabel(scheme, t) : '—'}</Table.Td>
              <Table.Td>
                <CategoryBadge categoryKey={entry.category} categories={scheme?.categories ?? []} />
              </Table.Td>
              <Table.Td ta="right">{formatGrade(entry.grade, props.language)}</Table.Td>
              <Table.Td>{entry.userName ?? '—'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
