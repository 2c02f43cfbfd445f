// Goals per category (method.md §4): per category of a scheme its goals, each target beside the
// year's actual of the clients holding the category now, met, not met or not measured yet.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions, useSession } from '../app/session.tsx';
import { useLanguage } from '../i18n/index.ts';
import { CardTable } from '../shared/CardTable.tsx';
import { YearPicker } from '../shared/YearPicker.tsx';
import { useFiscalYear } from '../shared/useFiscalYear.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { notifyDone, notifyError } from '../ui/errors.ts';
import { Loading, LoadFailed } from '../ui/QueryState.tsx';
import { categoryLabel } from './choosingLabels.ts';
import { SchemePicker } from './SchemePicker.tsx';
import { GoalDialog } from './GoalDialog.tsx';
import { useDeleteGoal, useGoalProgress, type GoalProgressItem } from './goalQueries.ts';
import { formatGoalValue, isGoalMeasure, type Goal } from './goalValues.ts';
import { useSchemes, type Category } from './queries.ts';
import { EditDeleteIcons } from '../shared/EditDeleteIcons.tsx';

const statusColor = { met: 'teal', notMet: 'orange', notMeasured: 'gray' } as const;

export function GoalsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { currency } = useSession().workspace;
  const { manageCategories } = usePermissions();
  const [params, setParams] = useSearchParams();
  const schemes = useSchemes();
  const fiscalYear = useFiscalYear();
  const scheme =
    schemes.data?.find((s) => s.id === params.get('scheme')) ??
    schemes.data?.find((s) => s.isPrimary) ??
    schemes.data?.[0];
  const progress = useGoalProgress(scheme?.id, fiscalYear.year);
  const [editing, setEditing] = useState<{ categoryKey: string; goal?: Goal } | null>(null);
  const [removing, setRemoving] = useState<Goal | null>(null);
  const remove = useDeleteGoal();

  if (schemes.isError)
    return <LoadFailed error={schemes.error} retry={() => void schemes.refetch()} />;
  if (progress.isError)
    return <LoadFailed error={progress.error} retry={() => void progress.refetch()} />;
  if (!scheme || !progress.data) return <Loading />;

  const categories = scheme.categories;
  const value = (amount: number, unit: Goal['unit']) =>
    formatGoalValue(amount, unit, { language, currency });
  const goalLabel = (goal: Goal) =>
    goal.name ??
    (isGoalMeasure(goal.measureKey) ? t(`goals.measures.${goal.measureKey}`) : goal.measureKey);
  const nameOf = (key: string) => categoryLabel(key, categories, t);
  const year = progress.data.year;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('goals.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('goals.intro')}
          </Text>
        </div>
        <Group align="flex-end">
          <SchemePicker
            schemes={schemes.data}
            label={t('goals.scheme')}
            value={scheme.id}
            onChange={(id) =>
              setParams((current) => {
                current.set('scheme', id);
                return current;
              })
            }
          />
          <YearPicker
            years={fiscalYear.years.data?.years ?? []}
            year={year}
            startMonth={fiscalYear.startMonth}
            onChange={fiscalYear.choose}
          />
          <Anchor component={Link} to="/clients/scoring" size="sm">
            {t('goals.matrixLink')}
          </Anchor>
        </Group>
      </Group>
      {progress.data.categories.every((c) => c.clients === 0) ? (
        <Alert color="blue">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('goals.noClients')}</Text>
            <Button component={Link} to="/clients/scoring" size="xs" variant="light">
              {t('goals.noClientsAction')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {categories.map((category) => (
        <CategoryGoals
          key={category.key}
          category={category}
          name={nameOf(category.key)}
          clients={
            progress.data.categories.find((c) => c.categoryKey === category.key)?.clients ?? 0
          }
          items={progress.data.goals.filter((p) => p.goal.categoryKey === category.key)}
          year={year}
          categories={categories}
          manage={manageCategories}
          label={goalLabel}
          value={value}
          onAdd={() => setEditing({ categoryKey: category.key })}
          onEdit={(goal) => setEditing({ categoryKey: category.key, goal })}
          onRemove={setRemoving}
        />
      ))}
      {editing ? (
        <GoalDialog
          schemeId={scheme.id}
          categoryKey={editing.categoryKey}
          categoryName={nameOf(editing.categoryKey)}
          {...(editing.goal ? { goal: editing.goal } : {})}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('goals.removeTitle')}
        text={
          removing
            ? t('goals.removeText', {
                goal: goalLabel(removing),
                category: nameOf(removing.categoryKey),
              })
            : ''
        }
        confirmLabel={t('goals.removeConfirm')}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              notifyDone(t('goals.removed'));
              setRemoving(null);
            },
            onError: notifyError,
          })
        }
      />
    </Stack>
  );
}

function CategoryGoals(props: {
  category: Category;
  name: string;
  clients: number;
  items: GoalProgressItem[];
  year: number;
  categories: readonly Category[];
  manage: boolean;
  label: (goal: Goal) => string;
  value: (amount: number, unit: Goal['unit']) => string;
  onAdd: () => void;
  onEdit: (goal: Goal) => void;
  onRemove: (goal: Goal) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Title order={2} size="h4">
              {t('goals.category', { category: props.name })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('goals.clients', { count: props.clients, year: props.year })}
            </Text>
          </div>
          {props.manage ? (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={props.onAdd}
            >
              {t('goals.add')}
            </Button>
          ) : null}
        </Group>
        {props.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {props.manage ? t('goals.empty') : t('goals.emptyReadOnly')}
          </Text>
        ) : (
          <CardTable verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('goals.columns.goal')}</Table.Th>
                <Table.Th>{t('goals.columns.target')}</Table.Th>
                <Table.Th>{t('goals.columns.actual', { year: props.year })}</Table.Th>
                <Table.Th>{t('goals.columns.status')}</Table.Th>
                {props.manage ? (
                  <Table.Th>
                    <VisuallyHidden>{t('goals.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.items.map(({ goal, actual, status }) => (
                <Table.Tr key={goal.id}>
                  <Table.Td>
                    <Text size="sm">{props.label(goal)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`goals.kinds.${goal.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={t('goals.columns.target')}>
                    {t(`goals.direction.${goal.direction}`)} {props.value(goal.target, goal.unit)}
                  </Table.Td>
                  <Table.Td data-label={t('goals.columns.actual', { year: props.year })}>
                    {actual === null ? (
                      <Tooltip label={t('goals.notMeasuredHint')}>
                        <Text size="sm" c="dimmed" component="span">
                          {t('app.none')}
                        </Text>
                      </Tooltip>
                    ) : (
                      props.value(actual, goal.unit)
                    )}
                  </Table.Td>
                  <Table.Td data-label={t('goals.columns.status')}>
                    <Badge color={statusColor[status]} variant="light" size="sm">
                      {t(`goals.status.${status}`)}
                    </Badge>
                  </Table.Td>
                  {props.manage ? (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <EditDeleteIcons
                          editLabel={t('goals.edit', { goal: props.label(goal) })}
                          deleteLabel={t('goals.remove', { goal: props.label(goal) })}
                          onEdit={() => props.onEdit(goal)}
                          onDelete={() => props.onRemove(goal)}
                        />
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </CardTable>
        )}
      </Stack>
    </Card>
  );
}
