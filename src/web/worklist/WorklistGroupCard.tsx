// One group of the worklist (overdue, due today, coming) with its count and its items.
import { Badge, Group, Paper, Table, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Category } from '../choosing/queries.ts';
import {
  itemKey,
  type WorklistAction,
  type WorklistGroup,
  type WorklistItem,
} from './worklistModel.ts';
import { WorklistItemRow } from './WorklistItemRow.tsx';
import { CardTable } from '../shared/CardTable.tsx';

const groupColor = { overdue: 'red', today: 'teal', coming: 'gray' } as const;

export function WorklistGroupCard(props: {
  group: WorklistGroup;
  items: WorklistItem[];
  categories: readonly Category[];
  editable: boolean;
  busy: boolean;
  onAction: (item: WorklistItem, action: WorklistAction) => void;
}) {
  const { t } = useTranslation();
  const { group, items, editable } = props;
  return (
    <Paper withBorder p="md" data-testid={`worklist-${group}`}>
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4">
          {t(`worklist.groups.${group}`)}
        </Title>
        <Badge color={groupColor[group]} variant="light">
          {items.length}
        </Badge>
      </Group>
      {/* a card per item on a phone, its due date and buttons in view; the same columns in every
          group, so the groups read as one list */}
      <CardTable verticalSpacing="xs" highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">{t('worklist.columns.client')}</Table.Th>
            <Table.Th w="22%">{t('worklist.columns.what')}</Table.Th>
            <Table.Th w="16%">{t('worklist.columns.due')}</Table.Th>
            {editable && (
              <Table.Th w="34%">
                <VisuallyHidden>{t('worklist.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <WorklistItemRow
              key={itemKey(item)}
              item={item}
              categories={props.categories}
              editable={editable}
              busy={props.busy}
              onAction={(action) => props.onAction(item, action)}
            />
          ))}
        </Table.Tbody>
      </CardTable>
    </Paper>
  );
}
