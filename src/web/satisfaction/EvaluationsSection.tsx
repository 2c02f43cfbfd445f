// A client's evaluations on its page (method.md §7): the assignments whose evaluation is due, each
// with a button to record it; the open improvement plans; then the evaluations, the latest first,
// added and corrected in a dialog and deleted after confirming.
import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { formatDate } from '../format.ts';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { EditDeleteIcons } from '../shared/EditDeleteIcons.tsx';
import { LoadFailed, Loading } from '../ui/QueryState.tsx';
import { Section } from '../ui/Section.tsx';
import { useConfirmDelete } from '../ui/useConfirmDelete.tsx';
import { EvaluationDialog } from './EvaluationDialog.tsx';
import { EvaluationDueTable } from './EvaluationDueTable.tsx';
import { ImprovementPlanTable } from './ImprovementPlanTable.tsx';
import {
  useClientEvaluations,
  useDeleteEvaluation,
  useEvaluationsDue,
  useImprovementPlans,
  type Evaluation,
} from './satisfactionQueries.ts';
import { ScoreBadge } from './ScoreBadge.tsx';

type Editing = { evaluation?: Evaluation; assignmentId?: string | null };

export function EvaluationsSection(props: { organizationId: string; editable: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const evaluations = useClientEvaluations(props.organizationId);
  const due = useEvaluationsDue();
  const plans = useImprovementPlans({ status: 'open', organizationId: props.organizationId });
  const [editing, setEditing] = useState<Editing | null>(null);
  const confirmDelete = useConfirmDelete<Evaluation>({
    remove: useDeleteEvaluation(),
    words: (evaluation) => ({
      title: t('satisfaction.section.deleteTitle', {
        contact: evaluation?.contactName ?? '',
        date: formatDate(evaluation?.evaluatedOn, language),
      }),
      text: evaluation?.improvementPlan
        ? t('satisfaction.section.deleteTextWithPlan')
        : t('satisfaction.section.deleteText'),
      confirmLabel: t('satisfaction.section.deleteConfirm'),
    }),
    done: (evaluation) => t('satisfaction.section.deleted', { contact: evaluation.contactName }),
  });
  // a link from the worklist or the Satisfaction page: record the evaluation of that assignment
  const [params, setParams] = useSearchParams();
  const evaluate = params.get('evaluate');
  useEffect(() => {
    if (!evaluate || !due.data) return;
    if (props.editable) setEditing({ assignmentId: evaluate });
    setParams(
      (old) => {
        old.delete('evaluate');
        return old;
      },
      { replace: true },
    );
  }, [evaluate, due.data]);
  const location = useLocation();
  const loaded = evaluations.data !== undefined;
  useEffect(() => {
    if (loaded && location.hash === '#evaluations')
      document.getElementById('evaluations')?.scrollIntoView({ block: 'start' });
  }, [loaded, location.hash]);
  const items = evaluations.data?.items ?? [];
  const dueHere = (due.data?.items ?? []).filter(
    (item) => item.organizationId === props.organizationId,
  );
  const openPlans = plans.data?.items ?? [];
  // the assignments an evaluation can name: the ones due, and the ones already evaluated
  const assignments = new Map<string, string>();
  for (const item of dueHere) assignments.set(item.assignmentId, item.assignmentTitle);
  for (const item of items)
    if (item.assignmentId) assignments.set(item.assignmentId, item.assignmentTitle ?? '');

  const addButton = props.editable && (
    <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
      {t('satisfaction.section.add')}
    </Button>
  );

  return (
    <Section
      title={t('satisfaction.section.title')}
      actions={addButton}
      testId="evaluations"
      id="evaluations"
    >
      {evaluations.isPending ? (
        <Loading />
      ) : evaluations.error ? (
        <LoadFailed error={evaluations.error} retry={() => void evaluations.refetch()} />
      ) : (
        <Stack gap="md">
          {dueHere.length > 0 && (
            <Stack gap={4} data-testid="evaluations-due">
              <Title order={3} size="h6">
                {t('satisfaction.section.due')}
              </Title>
              <EvaluationDueTable
                items={dueHere}
                onRecord={
                  props.editable
                    ? (item) => setEditing({ assignmentId: item.assignmentId })
                    : undefined
                }
              />
            </Stack>
          )}
          {openPlans.length > 0 && (
            <Stack gap={4} data-testid="evaluation-plans">
              <Title order={3} size="h6">
                {t('satisfaction.section.openPlans')}
              </Title>
              <ImprovementPlanTable items={openPlans} editable={props.editable} />
            </Stack>
          )}
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('satisfaction.section.empty')}
            </Text>
          ) : (
            <CardTable verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('satisfaction.columns.evaluatedOn')}</Table.Th>
                  <Table.Th>{t('satisfaction.columns.assignment')}</Table.Th>
                  <Table.Th>{t('satisfaction.columns.contact')}</Table.Th>
                  <Table.Th>{t('satisfaction.columns.overall')}</Table.Th>
                  <Table.Th>{t('satisfaction.columns.recommend')}</Table.Th>
                  <Table.Th>{t('satisfaction.columns.trust')}</Table.Th>
                  {props.editable && (
                    <Table.Th>
                      <VisuallyHidden>{t('satisfaction.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((evaluation) => (
                  <Table.Tr key={evaluation.id} data-testid="evaluation-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(evaluation.evaluatedOn, language)}
                    </Table.Td>
                    <Table.Td data-label={t('satisfaction.columns.assignment')}>
                      {evaluation.assignmentTitle ?? t('satisfaction.fields.wholeRelationship')}
                    </Table.Td>
                    <Table.Td data-label={t('satisfaction.columns.contact')}>
                      <Text size="sm">{evaluation.contactName}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`satisfaction.methods.${evaluation.method}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={t('satisfaction.columns.overall')}>
                      <ScoreBadge score={evaluation.overall} below={evaluation.belowNorm} />
                    </Table.Td>
                    <Table.Td data-label={t('satisfaction.columns.recommend')}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{evaluation.recommend ?? t('app.none')}</Text>
                        {evaluation.recommendsFirm && (
                          <Badge size="sm" variant="light" color="teal">
                            {t('satisfaction.ambassador')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td data-label={t('satisfaction.columns.trust')}>
                      {evaluation.trust
                        ? t(`satisfaction.trust.${evaluation.trust}`)
                        : t('app.none')}
                    </Table.Td>
                    {props.editable && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          <EditDeleteIcons
                            editLabel={t('satisfaction.section.edit', {
                              contact: evaluation.contactName,
                              date: formatDate(evaluation.evaluatedOn, language),
                            })}
                            deleteLabel={t('satisfaction.section.delete', {
                              contact: evaluation.contactName,
                              date: formatDate(evaluation.evaluatedOn, language),
                            })}
                            onEdit={() => setEditing({ evaluation })}
                            onDelete={() => confirmDelete.ask(evaluation)}
                          />
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </CardTable>
          )}
        </Stack>
      )}

      {editing !== null && (
        <EvaluationDialog
          organizationId={props.organizationId}
          evaluation={editing.evaluation}
          assignmentId={editing.assignmentId}
          assignments={[...assignments].map(([id, title]) => ({ id, title }))}
          onClose={() => setEditing(null)}
        />
      )}
      {confirmDelete.dialog}
    </Section>
  );
}
