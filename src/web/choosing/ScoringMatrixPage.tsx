// The scoring matrix page (method.md §3.2–3.6): every client scored on the firm's criteria,
// filtered and sorted, with the classification panel to preview and commit categories.
import { Alert, Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconAdjustments, IconCategory, IconUserSearch } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../app/session.tsx';
import { useUsers } from '../app/users.ts';
import { useLanguage } from '../i18n/index.ts';
import { ExportMenu } from '../shared/ExportMenu.tsx';
import { notifyError } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { categoryLabel, criterionLabel } from './choosingLabels.ts';
import { SchemePicker } from './SchemePicker.tsx';
import { ClassificationPanel } from './ClassificationPanel.tsx';
import {
  filterMatrixRows,
  nextMatrixSort,
  sortMatrixRows,
  withScores,
  type MatrixColumn,
  type MatrixSort,
} from './matrixRows.ts';
import {
  matrixKey,
  setScore,
  useSchemes,
  useScoringMatrix,
  type Criterion,
  type MatrixClient,
  type ScoringMatrix,
} from './queries.ts';
import { scoringExportTable } from './scoringExport.ts';
import { ScoringTable } from './ScoringTable.tsx';

export function ScoringMatrixPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { write, manageCategories } = usePermissions();
  const [params, setParams] = useSearchParams();
  const schemeId = params.get('scheme') ?? undefined;
  const matrix = useScoringMatrix(schemeId);
  const schemes = useSchemes();
  const users = useUsers();
  const queryClient = useQueryClient();
  const [sort, setSort] = useState<MatrixSort>({ column: 'name', descending: false });
  const [category, setCategory] = useState<string | null>(null);
  const [sector, setSector] = useState<string | null>(null);
  const [manager, setManager] = useState<string | null>(null);
  const [typedIntoData, setTypedIntoData] = useState<Criterion | null>(null);
  const refetchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const data = matrix.data;
  const rows = useMemo(() => {
    if (!data) return [];
    const filtered = filterMatrixRows(data.clients, {
      category,
      sector,
      relationshipManagerId: manager,
    });
    return sortMatrixRows(filtered, sort, {
      criteria: data.criteria,
      categoryKeys: data.scheme.categories.map((c) => c.key),
      language,
    });
  }, [data, category, sector, manager, sort, language]);
  const sectors = useMemo(
    () => [...new Set((data?.clients ?? []).map((c) => c.sector).filter((s) => s !== null))].sort(),
    [data],
  );

  const key = matrixKey(schemeId);
  const replaceRow = (id: string, change: (row: MatrixClient) => MatrixClient) =>
    queryClient.setQueryData<ScoringMatrix>(key, (old) =>
      old
        ? { ...old, clients: old.clients.map((row) => (row.id === id ? change(row) : row)) }
        : old,
    );

  const onScore = (client: MatrixClient, index: number, score: number | null) => {
    if (!data) return;
    const criteria = data.criteria;
    const criterionId = criteria[index]!.id;
    const previous = client;
    replaceRow(client.id, (row) =>
      withScores(
        row,
        criteria,
        row.scores.map((value, i) => (i === index ? score : value)),
      ),
    );
    setScore({ organizationId: client.id, criterionId, score })
      .then((answer) => {
        // the score that counts may be an agreed one or the median of several scorers
        // data criteria are scored from the figures, which the matrix alone reads
        const byCriterion = new Map(
          answer.items
            .filter((item) => item.criterion.source === 'judgement')
            .map((item) => [item.criterion.id, item]),
        );
        replaceRow(client.id, (row) => {
          const flags = criteria.map((c, i) => {
            const item = byCriterion.get(c.id);
            if (!item) return row.flags[i] ?? 0;
            return (item.disagreement ? 1 : 0) | (item.basis === 'agreed' ? 2 : 0);
          });
          const scores = criteria.map((c, i) =>
            byCriterion.has(c.id)
              ? (byCriterion.get(c.id)!.score ?? null)
              : (row.scores[i] ?? null),
          );
          return { ...withScores(row, criteria, scores), flags };
        });
        // categories follow from the server once the typing stops
        clearTimeout(refetchTimer.current);
        refetchTimer.current = setTimeout(() => {
          void queryClient.invalidateQueries({ queryKey: ['scoring-matrix'] });
          void queryClient.invalidateQueries({ queryKey: ['classification-preview'] });
        }, 800);
      })
      .catch((error: unknown) => {
        replaceRow(client.id, () => previous);
        notifyError(error);
      });
  };

  const onSort = (column: MatrixColumn) => setSort((current) => nextMatrixSort(current, column));

  const body = () => {
    if (matrix.isPending) return <Loading />;
    if (matrix.error)
      return <LoadFailed error={matrix.error} retry={() => void matrix.refetch()} />;
    const matrixData = matrix.data;
    if (matrixData.criteria.length === 0)
      return (
        <Alert color="teal" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('choosing.matrix.noCriteria')}</Text>
            <Button component={Link} to="/settings/criteria" size="xs" variant="light">
              {t('choosing.matrix.noCriteriaAction')}
            </Button>
          </Stack>
        </Alert>
      );
    if (matrixData.clients.length === 0)
      return (
        <Alert color="gray" variant="light">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('choosing.matrix.noClients')}</Text>
            <Button component={Link} to="/organizations/new" size="xs" variant="light">
              {t('organizations.new')}
            </Button>
          </Stack>
        </Alert>
      );
    const categories = matrixData.scheme.categories;
    const all = t('choosing.matrix.filters.all');
    return (
      <Stack gap="md">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('choosing.matrix.filters.category')}
            placeholder={all}
            data={categories.map((c) => ({
              value: c.key,
              label: categoryLabel(c.key, categories, t),
            }))}
            value={category}
            onChange={setCategory}
            clearable
            w={160}
            size="xs"
          />
          <Select
            label={t('choosing.matrix.filters.sector')}
            placeholder={all}
            data={sectors}
            value={sector}
            onChange={setSector}
            clearable
            searchable
            w={200}
            size="xs"
          />
          <Select
            label={t('choosing.matrix.filters.manager')}
            placeholder={all}
            data={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
            value={manager}
            onChange={setManager}
            clearable
            searchable
            w={200}
            size="xs"
          />
          <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
            {t('choosing.matrix.count', { count: rows.length })}
          </Text>
          <ExportMenu
            table={() =>
              scoringExportTable(rows, {
                criteria: matrixData.criteria,
                categories,
                managers: new Map((users.data ?? []).map((user) => [user.id, user.name])),
                t,
              })
            }
            fileName={t('choosing.matrix.export.fileName', { year: matrixData.year })}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {write ? t('choosing.matrix.keyboardHelp') : t('choosing.matrix.readOnly')}
        </Text>
        {typedIntoData && (
          <Alert
            color="blue"
            variant="light"
            withCloseButton
            closeButtonLabel={t('app.close')}
            onClose={() => setTypedIntoData(null)}
            data-testid="data-criterion-explained"
          >
            <Stack gap={4} align="flex-start">
              <Text size="sm">
                {t('choosing.matrix.typedIntoData', {
                  criterion: criterionLabel(typedIntoData, t),
                  year: matrixData.year,
                })}
              </Text>
              <Anchor component={Link} to="/settings/criteria" size="sm">
                {t('choosing.matrix.typedIntoDataLink')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {rows.length === 0 ? (
          <Text size="sm">{t('choosing.matrix.noMatches')}</Text>
        ) : (
          <ScoringTable
            rows={rows}
            criteria={matrixData.criteria}
            categories={categories}
            sort={sort}
            onSort={onSort}
            canScore={write}
            onScore={onScore}
            onTypedIntoData={setTypedIntoData}
          />
        )}
        <ClassificationPanel matrix={matrixData} canManage={manageCategories} />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('choosing.matrix.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            {t('choosing.matrix.intro')}
          </Text>
        </Stack>
        <Group gap="sm" align="flex-end">
          <SchemePicker
            schemes={schemes.data}
            label={t('choosing.matrix.scheme')}
            value={schemeId ?? data?.scheme.id ?? null}
            onChange={(value) => setParams({ scheme: value })}
            size="xs"
            w={220}
          />
          <Anchor component={Link} to="/settings/criteria" size="sm">
            <Group gap={4}>
              <IconAdjustments size={16} />
              {t('choosing.matrix.criteriaLink')}
            </Group>
          </Anchor>
          <Anchor component={Link} to="/settings/schemes" size="sm">
            <Group gap={4}>
              <IconCategory size={16} />
              {t('settings.tabs.schemes')}
            </Group>
          </Anchor>
          <Anchor component={Link} to="/clients/prospects" size="sm">
            <Group gap={4}>
              <IconUserSearch size={16} />
              {t('nav.prospects')}
            </Group>
          </Anchor>
        </Group>
      </Group>
      {body()}
    </Stack>
  );
}
