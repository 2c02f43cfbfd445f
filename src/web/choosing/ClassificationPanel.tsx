// Classifying the clients (method.md §3.3, §3.6): the scheme's categories with their grade
// boundaries, the weights; a change previews at once who would move, and the firm commits
// the classification with a note. Below, the classifications committed before.
import {
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed } from '../ui/QueryState.tsx';
import { boundaryKind, formatBoundGrade, parseBoundGrade } from './boundaries.ts';
import { CategoryBadge } from './CategoryBadge.tsx';
import { ClassificationCommitDialog } from './ClassificationCommitDialog.tsx';
import { ClassificationPreview } from './ClassificationPreview.tsx';
import { categoryLabel, criterionLabel } from './choosingLabels.ts';
import {
  useClassifications,
  useCommitClassification,
  usePreview,
  type Category,
  type ClassificationChanges,
  type ScoringMatrix,
} from './queries.ts';

export function ClassificationPanel(props: { matrix: ScoringMatrix; canManage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { scheme, criteria } = props.matrix;
  const [weights, setWeights] = useState<Record<string, number>>({});
  const [grades, setGrades] = useState<Record<string, string>>({});
  const [inclusive, setInclusive] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const gradeBased = scheme.method.kind === 'weightedGrade';

  // the categories as edited; a grade that is not one keeps its old boundary
  const categories: Category[] = useMemo(
    () =>
      scheme.categories.map((category) => {
        const typed = grades[category.key];
        const tenths = typed === undefined ? null : parseBoundGrade(typed);
        return {
          ...category,
          lowerBound: {
            tenths: tenths ?? category.lowerBound.tenths,
            inclusive: inclusive[category.key] ?? category.lowerBound.inclusive,
          },
        };
      }),
    [scheme.categories, grades, inclusive],
  );
  const changes: ClassificationChanges = useMemo(() => {
    const changed: ClassificationChanges = {};
    const changedWeights = Object.fromEntries(
      Object.entries(weights).filter(
        ([id, weight]) => criteria.find((c) => c.id === id)?.weight !== weight,
      ),
    );
    if (Object.keys(changedWeights).length > 0) changed.weights = changedWeights;
    if (JSON.stringify(categories) !== JSON.stringify(scheme.categories))
      changed.categories = categories;
    return changed;
  }, [weights, categories, criteria, scheme.categories]);
  const [debounced] = useDebouncedValue(changes, 300);
  const preview = usePreview(scheme.id, props.canManage ? debounced : null);
  // the commit dialog speaks of exactly what is committed: not of a preview of earlier changes
  const previewOfChanges =
    !preview.isPlaceholderData && JSON.stringify(debounced) === JSON.stringify(changes)
      ? preview.data
      : undefined;
  const commit = useCommitClassification(scheme.id);
  const history = useClassifications(scheme.id);
  const reset = () => {
    setWeights({});
    setGrades({});
    setInclusive({});
  };

  const categoryName = (key: string | null) =>
    key === null ? (
      <Text span size="sm" c="dimmed">
        {t('choosing.classification.none')}
      </Text>
    ) : (
      <CategoryBadge categoryKey={key} categories={scheme.categories} />
    );

  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('choosing.classification.title')}
          </Title>
          {props.canManage && (
            <Text size="sm" c="dimmed">
              {t('choosing.classification.intro')}
            </Text>
          )}
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('choosing.classification.boundaries')}
            </Text>
            {!gradeBased && (
              <Text size="sm" c="dimmed">
                {t('choosing.classification.methodOnly')}{' '}
                {props.canManage && (
                  <Anchor component={Link} to="/settings/schemes" size="sm">
                    {t('choosing.schemeEditor.changeMethod')}
                  </Anchor>
                )}
              </Text>
            )}
            {categories.map((category, index) => {
              const kind = boundaryKind(category.lowerBound);
              const lowest = index === categories.length - 1;
              const typed = grades[category.key];
              return (
                <Group key={category.key} gap="sm" wrap="nowrap">
                  <div style={{ width: 90 }}>{categoryName(category.key)}</div>
                  {!gradeBased || lowest || !props.canManage ? (
                    <Text size="sm">
                      {gradeBased
                        ? kind === 'rest'
                          ? t('choosing.classification.rest')
                          : t(`choosing.classification.${kind}`, {
                              grade: formatBoundGrade(category.lowerBound.tenths, language),
                            })
                        : ''}
                    </Text>
                  ) : (
                    <>
                      <Select
                        aria-label={t('choosing.classification.boundaries')}
                        data={[
                          {
                            value: 'above',
                            label: t('choosing.classification.above', { grade: '' }).trim(),
                          },
                          {
                            value: 'from',
                            label: t('choosing.classification.from', { grade: '' }).trim(),
                          },
                        ]}
                        value={category.lowerBound.inclusive ? 'from' : 'above'}
                        onChange={(value) =>
                          setInclusive((old) => ({ ...old, [category.key]: value === 'from' }))
                        }
                        allowDeselect={false}
                        size="xs"
                        w={100}
                      />
                      <TextInput
                        aria-label={t('choosing.classification.boundaries')}
                        value={typed ?? formatBoundGrade(category.lowerBound.tenths, language)}
                        onChange={(event) => {
                          const value = event.currentTarget.value;
                          setGrades((old) => ({ ...old, [category.key]: value }));
                        }}
                        error={
                          typed !== undefined && parseBoundGrade(typed) === null
                            ? t('choosing.classification.invalidGrade')
                            : undefined
                        }
                        size="xs"
                        w={90}
                      />
                    </>
                  )}
                </Group>
              );
            })}
          </Stack>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('choosing.classification.weights')}
            </Text>
            {criteria.map((criterion) => (
              <Group key={criterion.id} gap="sm" wrap="nowrap" justify="space-between">
                <Text size="sm" truncate>
                  {criterionLabel(criterion, t)}
                </Text>
                {props.canManage ? (
                  <NumberInput
                    aria-label={`${t('choosing.settings.weight')}: ${criterionLabel(criterion, t)}`}
                    value={weights[criterion.id] ?? criterion.weight}
                    onChange={(value) =>
                      typeof value === 'number' &&
                      value >= 1 &&
                      value <= 5 &&
                      setWeights((old) => ({ ...old, [criterion.id]: value }))
                    }
                    min={1}
                    max={5}
                    clampBehavior="strict"
                    allowDecimal={false}
                    size="xs"
                    w={70}
                  />
                ) : (
                  <Text size="sm">{criterion.weight}</Text>
                )}
              </Group>
            ))}
          </Stack>
        </SimpleGrid>
        {props.canManage && (
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('choosing.classification.preview')}
              </Text>
              <Button variant="subtle" size="xs" onClick={reset}>
                {t('choosing.classification.reset')}
              </Button>
            </Group>
            {preview.error ? (
              <LoadFailed error={preview.error} />
            ) : preview.data ? (
              <ClassificationPreview
                preview={preview.data}
                stale={preview.isPlaceholderData}
                categoryName={categoryName}
              />
            ) : null}
            <Group align="flex-end">
              <Textarea
                label={t('choosing.classification.note')}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                autosize
                minRows={1}
                maxLength={2000}
                style={{ flex: 1 }}
              />
              <Button onClick={() => setConfirming(true)}>
                {t('choosing.classification.commit')}
              </Button>
            </Group>
          </Stack>
        )}
        <ClassificationCommitDialog
          opened={confirming}
          preview={previewOfChanges}
          busy={commit.isPending}
          onClose={() => setConfirming(false)}
          onConfirm={(acceptDemotionsFromMissingScores) =>
            commit.mutate(
              { ...changes, note: note.trim() || null, acceptDemotionsFromMissingScores },
              {
                onSuccess: () => {
                  setConfirming(false);
                  setNote('');
                  reset();
                  notifyDone(t('choosing.classification.committed'));
                },
                onError: notifyError,
              },
            )
          }
        />
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('choosing.classification.history')}
          </Text>
          {history.data && history.data.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('choosing.classification.historyEmpty')}
            </Text>
          )}
          {history.data && history.data.length > 0 && (
            <Table fz="sm" data-testid="classification-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('choosing.classification.date')}</Table.Th>
                  <Table.Th>{t('choosing.classification.by')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>
                    {t('choosing.classification.count')}
                  </Table.Th>
                  <Table.Th>{t('choosing.classification.spread')}</Table.Th>
                  <Table.Th>{t('choosing.classification.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{formatDateTime(item.createdAt, language)}</Table.Td>
                    <Table.Td>{item.userName ?? '—'}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {formatNumber(item.clientCount, language)}
                    </Table.Td>
                    <Table.Td>
                      {item.categories
                        .map(
                          (count) =>
                            `${
                              count.category === null
                                ? t('choosing.classification.noCategory')
                                : categoryLabel(count.category, scheme.categories, t)
                            } ${formatNumber(count.clients, language)}`,
                        )
                        .join(' · ')}
                    </Table.Td>
                    <Table.Td>{item.note ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
