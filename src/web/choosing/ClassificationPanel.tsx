// Classifying the clients (method.md §3.3, §3.6): the scheme's categories with their grade
// boundaries, the weights; a change previews at once who would move, and the firm commits
// the classification with a note. Below, the classifications committed before.
import { Button, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { LoadFailed } from '../ui/QueryState.tsx';
import { CategoryBadge } from './CategoryBadge.tsx';
import { ClassificationBoundaries } from './ClassificationBoundaries.tsx';
import { ClassificationCommitDialog } from './ClassificationCommitDialog.tsx';
import { classificationChanges, editedCategories, noEdits } from './classificationDraft.ts';
import { ClassificationHistory } from './ClassificationHistory.tsx';
import { ClassificationPreview } from './ClassificationPreview.tsx';
import { ClassificationWeights } from './ClassificationWeights.tsx';
import { useCommitClassification, usePreview, type ScoringMatrix } from './queries.ts';

export function ClassificationPanel(props: { matrix: ScoringMatrix; canManage: boolean }) {
  const { t } = useTranslation();
  const { scheme, criteria } = props.matrix;
  const [edits, setEdits] = useState(noEdits);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const gradeBased = scheme.method.kind === 'weightedGrade';

  const categories = useMemo(
    () => editedCategories(scheme.categories, edits),
    [scheme.categories, edits],
  );
  const changes = useMemo(
    () => classificationChanges({ criteria, scheme }, edits.weights, categories),
    [edits.weights, categories, criteria, scheme],
  );
  const [debounced] = useDebouncedValue(changes, 300);
  const preview = usePreview(scheme.id, props.canManage ? debounced : null);
  // the commit dialog speaks of exactly what is committed: not of a preview of earlier changes
  const previewOfChanges =
    !preview.isPlaceholderData && JSON.stringify(debounced) === JSON.stringify(changes)
      ? preview.data
      : undefined;
  const commit = useCommitClassification(scheme.id);
  const reset = () => setEdits(noEdits);

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
          <ClassificationBoundaries
            categories={categories}
            gradeBased={gradeBased}
            canManage={props.canManage}
            grades={edits.grades}
            setGrade={(key, typed) =>
              setEdits((old) => ({ ...old, grades: { ...old.grades, [key]: typed } }))
            }
            setInclusive={(key, inclusive) =>
              setEdits((old) => ({ ...old, inclusive: { ...old.inclusive, [key]: inclusive } }))
            }
            categoryName={categoryName}
          />
          <ClassificationWeights
            criteria={criteria}
            canManage={props.canManage}
            weights={edits.weights}
            setWeight={(id, weight) =>
              setEdits((old) => ({ ...old, weights: { ...old.weights, [id]: weight } }))
            }
          />
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
        <ClassificationHistory schemeId={scheme.id} categories={scheme.categories} />
      </Stack>
    </Card>
  );
}
